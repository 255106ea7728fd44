"""Who speaks where two sources meet in one sentence or paragraph (default pack alone,
invented names): a noun of saying inside words that a tail attribution closes is nested
speech (CONVENTIONS 2), and a quotation whose own sentence names its writer is not the
paragraph's earlier speaker's.
"""

from __future__ import annotations

from conftest import said_by


def test_a_noun_of_saying_inside_a_tail_attribution_is_the_tail_speakers(card_of):
    card = card_of("Ann Roe's claim that the ferry was unsafe had hurt the port, Bo Lin said.\n\n"
                   "Her vow to cut the tolls will never be kept, said Carl Moss.")
    assert "hurt the port" in said_by(card, "Bo Lin") or "ferry was unsafe" in said_by(card, "Bo Lin"), \
        card.statements
    assert "Carl Moss" in {s.speaker for s in card.statements}, card.statements
    assert not said_by(card, "Ann Roe"), card.statements


def test_a_noun_of_saying_alone_stays_its_owners(card_of):
    card = card_of("Critics seized on Ann Roe's claim that the ferry audit was rigged.")
    assert "the ferry audit was rigged" in said_by(card, "Ann Roe"), card.statements


def test_a_writer_named_before_a_colon_keeps_the_quotation(card_of):
    card = card_of('"The tolls are a scandal," wrote Bo Bo. Another reader, Carl Moss, wrote of Ms. Roe: '
                   '"Your office is still hiding the accounts."')
    assert "still hiding the accounts" in said_by(card, "Carl Moss"), card.statements
    assert "still hiding" not in said_by(card, "Bo Bo"), card.statements


def test_a_quotation_after_the_focus_in_its_paragraph_stays_the_focus(card_of):
    card = card_of('Ann Roe warned that the harbour wall was at risk. Then the storm came. "What is going to '
                   'happen to the boats?" she asked. "We will lose the wall."')
    assert "We will lose the wall" in said_by(card, "Ann Roe"), card.statements


def test_a_party_tag_set_off_by_commas_leaves_the_name_before_it(card_of):
    card = card_of("While Bo Lin did not spell out the plan in detail, Rep. Ann Roe, R-NY, says the council "
                   "outlined a scenario in which the tolls rise.")
    assert "the council outlined a scenario" in said_by(card, "Ann Roe"), card.statements
    assert not said_by(card, "Bo Lin"), card.statements


def test_a_name_after_a_preposition_is_not_the_subject_of_the_cue(card_of):
    card = card_of("Bo Lin met the pilots on Monday. The contrast with Lin, said Dee Lang and others, would be "
                   "clear since Lin has no allies.")
    assert "would be clear" not in said_by(card, "Bo Lin"), card.statements


def _speakers_of(card, words: str) -> set[str]:
    return {s.speaker for s in card.statements if words in s.text}


def test_named_members_after_a_group_speak_each(card_of):
    card = card_of("The Democratic candidates, Ann Roe and Senator Bo Lin, have promised to build on the mayor's "
                   "legacy. But the two leading Republicans, Carl Moss and Dee Lang, have questioned the science "
                   "of tides.\n\nThe council members, Ed Pike and Al Vane, said the tolls were too high.")
    assert _speakers_of(card, "build on the mayor") == {"Ann Roe", "Bo Lin"}, card.statements
    assert _speakers_of(card, "the science of tides") == {"Carl Moss", "Dee Lang"}, card.statements
    assert _speakers_of(card, "the tolls were too high") == {"Ed Pike", "Al Vane"}, card.statements


def test_a_group_with_a_clause_after_it_is_not_a_list_of_names(card_of):
    card = card_of("The pilots, who met Ann Roe and Bo Lin on Monday, said the tolls were too high.")
    assert not {"Ann Roe", "Bo Lin"} & _speakers_of(card, "the tolls were too high"), card.statements


def test_a_quotation_with_its_own_unnamed_attribution_is_not_the_last_speakers(card_of):
    card = card_of('"The tolls are too high for the pilots," said Ann Roe. "They will move to Dunmore."\n\n'
                   '"Look, the council needed to split the fares," added a harbour pilot. "It has done that."\n\n'
                   'Bo Lin, a ferry owner, said he would stay.\n\n'
                   '"Nobody here seems to mind the fares," the insider said.')
    assert "split the fares" not in said_by(card, "Ann Roe"), card.statements
    assert "Nobody here seems to mind" not in said_by(card, "Bo Lin"), card.statements


def test_a_quotation_paragraph_after_a_report_goes_on_in_that_voice(card_of):
    card = card_of("Ann Roe said on Monday that she would not support the toll plan.\n\n"
                   '"The plan is a tax on the pilots and on nobody else."')
    assert "a tax on the pilots" in said_by(card, "Ann Roe"), card.statements


def test_a_cue_inside_a_quotation_does_not_give_it_to_the_person_it_talks_about(card_of):
    card = card_of('Ann Roe spoke on Monday.\n\n"Every Roe aide is lowering expectations, pointing to the fact '
                   'that Lin represents the town," said one local Democrat.')
    assert not any(s.rule == "quote.same-sentence" and "Every Roe aide" in s.text for s in card.statements), \
        card.statements


def test_a_quoted_paragraph_that_narrates_someone_elses_words_is_not_a_continuation(card_of):
    card = card_of('"The ferry is a disgrace," Ann Roe said on Friday.\n\n'
                   '"On Sunday, Bo Lin announced that he had raised $2 million in January alone."')
    assert "raised $2 million" not in said_by(card, "Ann Roe"), card.statements


def test_a_quoted_paragraph_in_the_first_person_continues(card_of):
    card = card_of('"The ferry is a disgrace," Ann Roe said on Friday.\n\n'
                   '"I am a proven champion of the harbour and its pilots."')
    assert "a proven champion" in said_by(card, "Ann Roe"), card.statements
