"""Who speaks when the source is staff, a document or a pronoun (default pack alone).

Invented sentences for the source shapes of CONVENTIONS.md section 2 that the speaker
model resolves from the article: unnamed staff behind a possessive ("his campaign"), a
document that speaks for its author ("the statement said"), "it" after a body, a noun of
saying after a possessive pronoun ("her claim that"), and the judging verbs added to the
cue lexicon ("praised ... for", "threatened to"). Names and places are invented.
"""

from __future__ import annotations

import pytest

from conftest import said_by


def test_staff_behind_a_possessive_speak_for_the_person(card_of):
    card = card_of("Mayor Tom Varga spoke at the harbour on Monday. He said the ferry would run again.\n\n"
                   "His campaign said the audit was a waste of money and would cost the town dearly.")
    assert "the audit was a waste of money" in said_by(card, "Tom Varga"), card.statements


def test_a_named_spokesman_keeps_his_words(card_of):
    card = card_of("Ruth Kessel criticised the budget on Monday.\n\n"
                   "Her spokesman, Alan Brisk, later arrived at the harbour.\n\n"
                   "Her spokesman said the budget left the ferry without money for a year.")
    assert "left the ferry without money" in said_by(card, "Alan Brisk"), card.statements


def test_the_statement_speaks_for_its_author(card_of):
    card = card_of("Ruth Kessel, a lawyer for the harbour board, issued a statement on Monday.\n\n"
                   "The statement said the board had acted within the law at every stage of the sale.")
    assert "acted within the law" in said_by(card, "Ruth Kessel"), card.statements


def test_the_signer_named_beside_a_document_is_its_author(card_of):
    card = card_of("The Lakeside Port Authority received warnings all summer.\n\n"
                   "The cable, sent under Ambassador Dora Menk's signature, warned that the harbour wall "
                   "was close to collapse.")
    assert "the harbour wall was close to collapse" in said_by(card, "Dora Menk"), card.statements


def test_research_with_its_author_in_commas_speaks_for_the_author(card_of):
    """ "The research, carried out by Dora Menk, says ...": a study speaks for the author the
    appositive names (CONVENTIONS.md 2, documents); without one it stays unattributed."""
    card = card_of("A harbour safety study was published on Monday.\n\n"
                   "The research, carried out by engineer Dora Menk, says the wall would last ten more years.")
    assert "the wall would last ten more years" in said_by(card, "Dora Menk"), card.statements
    card = card_of("A harbour safety study was published on Monday.\n\n"
                   "The research says the wall would last ten more years.")
    assert not card.statements, card.statements
    card = card_of("Other splits, according to the poll, include ideology (Dora Menk leads by 9 points "
                   "among retired voters), and age.")
    assert not said_by(card, "Dora Menk"), card.statements  # a name in the commas, but not "by" its maker


def test_records_that_show_have_no_author(card_of):
    card = card_of("The Lakeside Port Authority released its e-mails on Monday.\n\n"
                   "The e-mails revealed a long quarrel over the harbour wall and its repair budget.")
    assert not card.statements, card.statements


def test_it_after_a_body_is_that_body(card_of):
    card = card_of("The Lakeside Port Authority met on Monday to discuss the harbour wall.\n\n"
                   "It said the repairs would take at least two more years to finish.")
    assert "the repairs would take" in said_by(card, "Lakeside Port Authority"), card.statements


def test_a_noun_of_saying_after_a_possessive_pronoun(card_of):
    card = card_of("Ruth Kessel spoke to the council on Monday.\n\n"
                   "Much of the debate turned on her claim that the harbour wall could be repaired in a month.")
    assert "the harbour wall could be repaired" in said_by(card, "Ruth Kessel"), card.statements


@pytest.mark.parametrize("body,words", [
    ("Ruth Kessel slammed the budget as a gift to the harbour board and its friends.", "a gift to the harbour board"),
    ("Ruth Kessel threatened to close the ferry line if the budget was cut again.", "close the ferry line"),
    ("Ruth Kessel demanded that the council publish the audit before the vote.", "publish the audit"),
], ids=["slam-as", "threaten-to", "demand-that"])
def test_judging_and_pressing_verbs_carry_content(card_of, body, words):
    assert words in said_by(card_of(body), "Ruth Kessel")


@pytest.mark.parametrize("body", [
    "Ruth Kessel, a former council member, published a blog post stating that the audit was rigged from the start.",
    "Ruth Kessel sent an e-mail to other board members warning that the audit was rigged from the start.",
], ids=["post-stating", "e-mail-warning"])
def test_a_document_participle_speaks_for_the_sender(card_of, body):
    assert "the audit was rigged" in said_by(card_of(body), "Ruth Kessel")


def test_party_members_acting_as_a_group_speak_for_the_party(card_of):
    card = card_of("Republican lawmakers have argued that the harbour budget was padded with favours.")
    assert "the harbour budget was padded" in said_by(card, "Republican Party"), card.statements


def test_a_later_mention_of_a_signed_document_keeps_its_signer(card_of):
    card = card_of("The cable, sent under Ambassador Dora Menk's signature, reached the Lakeside Port Authority.\n\n"
                   "The cable also warned that the harbour wall was close to collapse.")
    assert "the harbour wall was close to collapse" in said_by(card, "Dora Menk"), card.statements


def test_the_agent_of_a_passive_is_not_the_speaker(card_of):
    card = card_of("Papers released by the Lakeside Port Authority on Monday revealed a long quarrel over the wall.")
    assert not card.statements, card.statements


@pytest.mark.parametrize("body,words", [
    ("Noting that the budget was late, Ruth Kessel called the audit a disgrace.", "the budget was late"),
    ("As Ruth Kessel recently noted, trust in the harbour board is collapsing.", "trust in the harbour board"),
    ("But Ruth Kessel's most serious allegation is that the audit was rigged.", "the audit was rigged"),
], ids=["participle-first", "as-x-noted", "noun-is-that"])
def test_more_shapes_of_a_cue(card_of, body, words):
    assert words in said_by(card_of(body), "Ruth Kessel")


@pytest.mark.parametrize("body,speaker", [
    ("Alarmed by the vote, Senator Harry Ludd, the minority leader, said the harbour would close.", "Harry Ludd"),
    ("President Tom Varga even acknowledged that the harbour was in trouble.", "Tom Varga"),
], ids=["opening-clause-then-title", "even-between"])
def test_the_subject_behind_an_opening_clause_or_an_adverb(card_of, body, speaker):
    card = card_of(body)
    assert {s.speaker for s in card.statements} == {speaker}, card.statements


def test_the_department_is_the_body_named_so(card_of):
    card = card_of("The Lakeside Harbour Board met on Monday to discuss the wall.\n\n"
                   "Ruth Kessel said the harbour budget was a disgrace.\n\n"
                   "The board said the wall would be repaired before the winter storms.")
    assert "the wall would be repaired" in said_by(card, "Lakeside Harbour Board"), card.statements


def test_the_campaign_speaks_for_the_candidate_in_focus(card_of):
    card = card_of("Ruth Kessel said the harbour budget was a disgrace.\n\n"
                   "The campaign said the audit would be published before the vote.")
    assert "the audit would be published" in said_by(card, "Ruth Kessel"), card.statements
