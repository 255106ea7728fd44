"""Attributions with a named source the pack missed (issue 10, PolNeAR train misses read by
construction; CONVENTIONS.md decides which count).

Each test is one construction on invented sentences (invented names and places), default
pack alone: a denounced object is a denial whatever it is (CONVENTIONS.md 4, "disclaiming
approval"); an opening participle of saying with a that-clause speaks for the subject after
its comma, whatever verb that subject goes on with.
"""

from __future__ import annotations

import pytest

from conftest import said_by


@pytest.mark.parametrize("body,speaker,words", [
    ("Senator Colm Ashby has denounced the new ferry advertisement.", "Colm Ashby", "the new ferry advertisement"),
    ("Colm Ashby forcefully denounced the harbour regime after Tom Varga spoke.", "Colm Ashby",
     "the harbour regime"),
    ("Colm Ashby spoke for an hour on Monday, denouncing the board's ferry ads.", "Colm Ashby",
     "the board's ferry ads"),
], ids=["has-denounced", "adverb-denounced", "participle-denouncing"])
def test_denounced_object_is_a_denial(card_of, body, speaker, words):
    """Denouncing disclaims approval of its object (a report or not): a denial."""
    card = card_of(body)
    assert [d for d in card.denials if d.speaker == speaker and words in d.text], \
        [(s.speaker, s.text, s.rule) for s in card.statements]


def test_denounce_needs_its_subject_to_act(card_of):
    """Negated or asked-for denouncing is no act of the subject: no denial."""
    card = card_of("Colm Ashby refused to say whether he would denounce the ferry plan.")
    assert not [d for d in card.denials if d.speaker == "Colm Ashby"], card.denials


@pytest.mark.parametrize("body,speaker,words", [
    ("In addition to stating that the old ferry has no licence, Colm Ashby has vowed to close the pier.",
     "Colm Ashby", "the old ferry has no licence"),
    ("Noting that both Tom Varga and the board fought the audit, Colm Ashby put the blame on the harbour.",
     "Colm Ashby", "both Tom Varga and the board fought the audit"),
    ("After suggesting on Monday that he regretted the ferry insults, Colm Ashby only occasionally spoke of it.",
     "Colm Ashby", "he regretted the ferry insults"),
], ids=["in-addition-to-stating", "irregular-main-verb", "two-adverbs"])
def test_opening_participle_of_saying(card_of, body, speaker, words):
    """participle-first: "Noting that X, Doe VERB ...": X is Doe's, whatever verb (irregular,
    behind an auxiliary or two adverbs) the subject goes on with."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text, s.rule) for s in card.statements]


def test_opening_participle_without_content_says_nothing(card_of):
    card = card_of("Noting the delay, Colm Ashby put the ferry tickets away.")
    assert not [s for s in card.statements if s.rule == "participle-first"], card.statements


@pytest.mark.parametrize("body,speaker,words", [
    ("Colm Ashby responds that he does not need the audit to tell him the pier is too long.", "Colm Ashby",
     "he does not need the audit"),
    ("Asked about the fares, Colm Ashby answered that the ferry would stay cheap.", "Colm Ashby",
     "the ferry would stay cheap"),
], ids=["responds-that", "answered-that"])
def test_reply_verbs_with_a_that_clause(card_of, body, speaker, words):
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text, s.rule) for s in card.statements]


def test_reply_verb_with_a_target_only_says_nothing(card_of):
    card = card_of("Colm Ashby responds to the letter from the harbour board every week.")
    assert not card.statements, [(s.speaker, s.text, s.rule) for s in card.statements]


def test_portrayal_with_a_long_object(card_of):
    """cue.portrayal: an object of up to eight words before "as" ("hailed the town's vote to leave
    the harbour union as fantastic")."""
    card = card_of("Colm Ashby hailed the town's vote to leave the harbour union as a fresh start.")
    assert "the harbour union as a fresh start" in said_by(card, "Colm Ashby"), card.statements


@pytest.mark.parametrize("body,speaker,words,relay,relayed", [
    ("Colm Ashby says the streak shows the harbour can still close the gap in fares, which stood at 12 "
     "percent in May, according to the Dunmore Gazette.", "Colm Ashby", "the harbour can still close the gap",
     "Dunmore Gazette", "which stood at 12 percent in May"),
    ("Colm Ashby cites his neighbours as the source for his ferry figures (the real number is closer to "
     "15 percent, according to the Lakeside Ledger).", "Colm Ashby", "his neighbours as the source",
     "Lakeside Ledger", "the real number is closer to 15 percent"),
], ids=["relative-clause", "parenthesis"])
def test_relayed_clause_at_the_end_of_a_cue_content(card_of, body, speaker, words, relay, relayed):
    """A relative clause or an aside closed by "according to X" is X's; the rest stays the speaker's."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text, s.rule) for s in card.statements]
    assert relayed not in said_by(card, speaker), [(s.speaker, s.text, s.rule) for s in card.statements]
    assert relayed in said_by(card, relay), [(s.speaker, s.text, s.rule) for s in card.statements]


def test_relay_of_the_whole_content_keeps_the_sayer(card_of):
    """"X said ..., according to the Gazette": the named sayer keeps the statement (CONVENTIONS.md 2)."""
    card = card_of("Colm Ashby said the ferry would be sold in May, according to the Dunmore Gazette.")
    assert "the ferry would be sold in May" in said_by(card, "Colm Ashby"), card.statements


def test_title_abbreviation_ends_no_name(card_of):
    """"former Lakeside Gov. and board chairman ...": the run stops before the title's dot; "Lakeside
    Gov" is no person, so "Gov." in "said former Dunmore Gov. Colm Ashby" still opens a title."""
    body = ('"The ferry plan is sound," said former Dunmore Gov. Colm Ashby.\n\n'
            '"It is not," said former Lakeside Gov. and harbour board chairman Tom Varga.')
    card = card_of(body)
    assert not [a.name for a in card.actors if a.name.endswith("Gov")], [a.name for a in card.actors]
    assert "The ferry plan is sound" in said_by(card, "Colm Ashby"), card.statements


def test_aside_between_object_and_quotation(card_of):
    """"calling him, among other things, “...”": the aside is skipped, the quotation is the content."""
    card = card_of("Early in the race, Colm Ashby attacked Tom Varga, calling him, among other things, "
                   "“a failed harbour master.”")
    assert "a failed harbour master" in said_by(card, "Colm Ashby"), card.statements
