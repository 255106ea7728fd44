"""Named subjects the source finder lost in article-shaped sentences (issue 10, PolNeAR train mining).

Each test is one construction on invented sentences (invented names and places), default pack
alone: a long or dash-closed appositive, a role before the titled name in commas, an opening
phrase no lexicon knows, a stray comma after a party tag. Each failed before its change.
"""

from __future__ import annotations

import pytest

from conftest import said_by


@pytest.mark.parametrize("body", [
    "Ann Pelham, director of the harbour group Tidewater Action - which was founded by Colm Ashby - "
    "said the ferry is late.",
    "Ann Pelham, communications director of the progressive group Tidewater Action, or TA - which was founded "
    "by former Lakeland governor Colm Ashby after his 2004 campaign and which has endorsed the plan - said the "
    "ferry is late.",
], ids=["short", "longer-than-reach"])
def test_a_relative_clause_in_dashes_closes_the_appositive(card_of, body):
    """'X, role of Body - which was founded by Y - said': the relative clause between dashes ends the
    appositive the comma opened (its "was" makes no passive of the cue); X, not Body, speaks."""
    card = card_of(body)
    assert "the ferry is late" in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "But the other candidate on the stage, former Secretary of State Ann Pelham, drew a contrast, saying that "
    "the ferry is late.",
    "Her rival, former senator Ann Pelham, drew a contrast, saying that the ferry is late.",
], ids=["of-title", "lower-case-title"])
def test_a_role_then_the_titled_name_in_commas(card_of, body):
    """'The other candidate, former Secretary of State X, drew a contrast, saying ...': the name in
    commas after a role, with its title, is the clause's subject the participle goes on for."""
    card = card_of(body)
    assert "the ferry is late" in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


def test_an_unknown_opening_phrase_before_the_subject(card_of):
    """'The day before, at a rally in Lakeside, X was blunt, claiming ...': an opening phrase the
    lexicons do not know; the person after its comma, followed by a verb, is the subject."""
    card = card_of("The day before, at a rally in Lakeside, Ann Pelham was just as blunt, claiming that "
                   "Colm Ashby wanted to raise the ferry fares.")
    assert "Colm Ashby wanted to raise the ferry fares" in said_by(card, "Ann Pelham")


def test_a_name_before_a_noun_is_no_subject_after_an_opening(card_of):
    """'..., Pelham supporters ripped them away, calling her ...': a name used as a modifier, not
    followed by a verb, is no subject; the participle gets no named source from it."""
    card = card_of("Ann Pelham held a rally in Dunmore on Monday.\n\nThe moment that Dee Marsh held up her signs, "
                   "Pelham supporters ripped them away, calling her a fraud.")
    assert said_by(card, "Ann Pelham") == ""


def test_a_stray_comma_after_a_party_tag_after_an_opening(card_of):
    """'Tuesday at X University, after winning the primary, Gov. Y (R-OH), said, "..."': the name the
    party tag marks is the subject, not the opening phrase's first name."""
    card = card_of('Tuesday at Dunmore University in Lakeside, after winning the primary, Gov. Ann Pelham (R-OH), '
                   'said, "I am getting ready to rent a wagon."')
    assert "I am getting ready to rent a wagon" in said_by(card, "Ann Pelham")


def test_the_person_in_commas_is_from_a_body_in_a_place(card_of):
    """'One pastor backing Doe, Ann Roe of Harbour Church in Lakeside, said': the piece in commas after
    a role ends on the body and place the person is from; the person who opens it speaks."""
    card = card_of("One pastor supporting Mr. Colm Ashby, Ann Pelham of Harbour Baptist Church in Lakeside, said she "
                   "had made more than 150 calls.")
    assert "she had made more than 150 calls" in said_by(card, "Ann Pelham"), \
        [(s.speaker, s.text) for s in card.statements]


def test_a_participle_aside_ending_in_doubled_apostrophes(card_of):
    """"X, citing ''Y,'' said Z" (quotation marks written as two apostrophes): the participle's words
    end at the aside's closing comma; the verb after it is a clause of its own with its own words."""
    card = card_of("Mr. Colm Ashby, citing ''the unique magic of Pelham,'' said the candidate could win in Lakeland.")
    words = said_by(card, "Colm Ashby")
    assert "said the candidate could win in Lakeland" in words and "Pelham,'' said" not in words, words


def test_a_joined_cue_inside_a_subordinate_clause_after_and(card_of):
    """'Some in the crowd booed, and when X thanked the town and said ...': the cue joins the verb of the
    subordinate clause opened after ', and when'; its subject speaks."""
    card = card_of("Some in the crowd booed, and when Ann Pelham thanked Lakeside and said it was great to be home, "
                   "a man yelled at her.")
    assert "it was great to be home" in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


def test_a_closed_subordinate_clause_leaves_the_main_subject(card_of):
    """'..., and while X was away, Y praised the plan and said ...': the subordinate clause closed before
    the cue; the main clause's subject speaks, not the name inside the subordinate clause."""
    card = card_of("The vote was close, and while Ann Pelham was away, Colm Ashby stood up and said it was fair.")
    assert "it was fair" in said_by(card, "Colm Ashby") and "fair" not in said_by(card, "Ann Pelham")


def test_the_main_clause_after_an_adverb_and_a_subordinate_clause(card_of):
    """'Interestingly, after the board asked A, B and C to ..., X said ...': the subordinate clause's
    unnamed asker gives no item, and the main clause after its comma is still read."""
    card = card_of("Interestingly, after the board asked Poe, Lin and Marsh to search their e-mails, Ann Pelham said "
                   "that one of the e-mails helped officials.")
    assert "one of the e-mails helped officials" in said_by(card, "Ann Pelham"), \
        [(s.speaker, s.text) for s in card.statements]
