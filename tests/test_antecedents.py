"""Which name a cue's source is (default pack alone, invented names): the clause's subject, not
an object, a possessor or the subject of an opening subordinate clause; and a clause with a
source of its own after a break is not the first speaker's words.
"""

from __future__ import annotations

from conftest import said_by


def test_a_verb_between_two_names_makes_the_second_an_object_not_a_title(card_of):
    card = card_of("Bo Lindqvist often questions Mara Oduya's ties to donors and has called for the former "
                   "governor to release her speeches.\n\n"
                   "The Varga ad hits Ann Roe for taking money from banks and claims that the banks made her rich.")
    assert "release her speeches" in said_by(card, "Bo Lindqvist"), card.statements
    assert not said_by(card, "Mara Oduya"), card.statements
    assert "the banks made her rich" not in said_by(card, "Ann Roe"), card.statements


def test_a_title_before_a_name_still_gives_the_name(card_of):
    card = card_of("Varga adviser Mara Oduya led the meeting and said the tolls were too high.")
    assert "the tolls were too high" in said_by(card, "Mara Oduya"), card.statements


def test_the_subject_of_an_opening_subordinate_clause_is_not_the_cues(card_of):
    card = card_of("Although Pell Varga is not yet a candidate, Dara Quist sent a jab his way by suggesting "
                   "that Varga was worth less than he claims.")
    assert "worth less than he claims" in said_by(card, "Dara Quist"), card.statements
    assert not said_by(card, "Pell Varga"), card.statements


def test_a_participle_after_an_object_and_a_comma_is_the_subjects(card_of):
    card = card_of("Sen. Tove Lindgren refused to entertain the idea of campaigning alongside Marek Osei, "
                   "responding that he is not going to discuss the campaign.")
    assert "not going to discuss the campaign" in said_by(card, "Tove Lindgren"), card.statements
    assert not said_by(card, "Marek Osei"), card.statements


def test_a_clause_after_a_semicolon_with_its_own_source_is_that_sources(card_of):
    card = card_of("Ann Roe said the tolls were too high; the Harbour Board has indicated that it has not "
                   "analyzed the tolls.")
    assert "it has not analyzed the tolls" in said_by(card, "Harbour Board"), card.statements
    assert "analyzed" not in said_by(card, "Ann Roe"), card.statements


def test_an_absolute_clause_with_its_own_speaker_is_not_the_denial(card_of):
    card = card_of("The Lin campaign has denied it happened, with Tad Vane calling Dee Lang delusional.")
    assert "delusional" not in said_by(card, "Lin"), card.statements
    assert "Dee Lang delusional" in said_by(card, "Tad Vane"), card.statements


def test_a_subordinate_clause_after_and_ends_at_its_comma(card_of):
    card = card_of("And while the Lin campaign was happy to hear Ann Roe pledged her commitment to some of the "
                   "causes, Tad Vane made it clear that his boss wanted something firmer.")
    assert "his boss wanted something firmer" in said_by(card, "Tad Vane"), card.statements
    assert "firmer" not in said_by(card, "Ann Roe"), card.statements


def test_a_role_tied_to_a_body_is_not_another_bodys_named_holder(card_of):
    card = card_of("Harbour campaign spokeswoman Ann Roe said all staffers sign contracts.\n\n"
                   "The mayor did not respond to a request for comment. A spokeswoman for Pelham also declined "
                   "to comment, saying that nobody involved remains at the firm today.")
    assert "nobody involved remains" not in said_by(card, "Ann Roe"), card.statements
    assert "nobody involved remains" in said_by(card, "Pelham"), card.statements


def test_a_participle_denial_after_but_and_a_new_subject_is_that_subjects(card_of):
    card = card_of("Ann Roe used the same words in May. The snub led to a meeting with Roe, where the two appeared "
                   "to hash out their differences, but Bo Lin has been very vocal in rejecting several of Roe's "
                   "comments as not representative of the party.")
    assert "several of Roe's comments" in said_by(card, "Bo Lin"), card.statements
    assert "several of Roe's comments" not in said_by(card, "Ann Roe"), card.statements


def test_a_conjunction_before_the_subject_and_its_aside_is_no_opening_phrase(card_of):
    card = card_of("But Bo Lin, making it clear that security came first, stood beside the prime minister, "
                   "Kofi Adjei, and described the government as democratic.")
    assert "the government as democratic" in said_by(card, "Bo Lin"), card.statements
    assert not said_by(card, "Kofi Adjei"), card.statements


def test_a_role_set_off_before_the_next_clauses_source_is_that_sources(card_of):
    card = card_of("Ann Roe argued that the port is rigged, while her main rival, Bo Lin, has soared in the polls "
                   "by saying that the system is rigged.")
    assert "the system is rigged" in said_by(card, "Bo Lin"), card.statements
    assert "the system is rigged" not in said_by(card, "Ann Roe"), card.statements


def test_a_clause_after_but_with_its_own_speaker_is_never_the_first_speakers(card_of):
    card = card_of("Mara Oduya proposed a debate on Monday, but Bo Lindqvist rejected that, too.")
    assert "a debate on Monday" in said_by(card, "Mara Oduya"), card.statements
    assert "Lindqvist" not in said_by(card, "Mara Oduya"), card.statements
    assert [s.kind for s in card.statements if s.speaker == "Bo Lindqvist"] == ["denial"], card.statements


def test_a_one_word_object_and_too_is_a_bare_denial(card_of):
    card = card_of("Bo Lindqvist rejected that, too. Ann Roe denied it as well.")
    assert "rejected that" in said_by(card, "Bo Lindqvist"), card.statements
    assert "denied it as well" in said_by(card, "Ann Roe"), card.statements


def test_a_preposition_ends_a_title_so_the_name_after_it_is_no_holder(card_of):
    card = card_of("Bo Lin met donors on Monday.\n\nOne operative inside Lin Tower tried to downplay Ann Roe's "
                   "comments, saying they were not a big deal.")
    assert not said_by(card, "Bo Lin"), card.statements
    assert not said_by(card, "Ann Roe"), card.statements


def test_a_when_clause_with_its_own_speaker_is_not_the_first_speakers_words(card_of):
    card = card_of("Ann Roe said she feared a repeat of Bo Lin's speech at the 1992 convention, when Mr. Lin, who "
                   "had failed to win the nomination, called for a war against the harbour board.")
    assert "a war against the harbour board" in said_by(card, "Bo Lin"), card.statements
    assert "war against" not in said_by(card, "Ann Roe"), card.statements


def test_a_reply_in_a_relative_clause_is_the_replier_s(card_of):
    card = card_of("Ann Roe said the plan was fair, to which Bo Lin replied that it was rigged.")
    assert "it was rigged" in said_by(card, "Bo Lin"), card.statements
    assert "rigged" not in said_by(card, "Ann Roe"), card.statements


def test_a_member_named_in_particular_between_dashes_speaks(card_of):
    card = card_of("In the last few days, harbour leaders — and, in particular, Senate Minority Leader Bo Lin — "
                   "insisted that any package include a delay of the harbour tax.")
    assert "a delay of the harbour tax" in said_by(card, "Bo Lin"), card.statements


def test_he_after_a_silent_sentence_on_another_person_is_that_person(card_of):
    """ "Vale said ... Mr Pike became an MP at 27. He said: ..." in one paragraph: the
    sentence that opens on Pike and says nothing turns the pronoun to him."""
    card = card_of("Tom Vale, the shadow minister, said it would be a boost if Mr Pike returned. "
                   "Mr Pike became an MP at 27. He said: \"I feel fortunate that I had a whole career.\"")
    assert "I had a whole career" in said_by(card, "Pike"), card.statements
    assert "I had a whole career" not in said_by(card, "Tom Vale"), card.statements



def test_a_silent_sentence_whose_subject_is_a_pronoun_keeps_the_speaker(card_of):
    """ "Along with her husband, Tom Berg, she has given ..." opens on a phrase, not on Tom
    Berg: its subject is "she", so "She called ..." stays with the speaker before."""
    card = card_of("Ann Berg, a donor, said the speeches led her to count Vale out. Along with her husband, "
                   "Tom Berg, a banker, she has given to many candidates. She called Vale a \"special person.\"")
    assert "special person" in said_by(card, "Ann Berg"), card.statements
