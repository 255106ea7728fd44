"""Sentence shapes the cue reader used to misread (issue 10, PolNeAR train mining): a speaker
tag inside a parenthesis, and speech acts named by a noun that needs a that-clause.

Invented sentences and names, default pack alone; each test failed before its change.
"""

from __future__ import annotations

import pytest

from conftest import said_by


@pytest.mark.parametrize("body,words", [
    ("Some fear ruin (“This is less a fix and more a trap,” Ann Pelham wrote in The Dover Times last week) "
     "and some fear change.", "This is less a fix and more a trap"),
    ("Some fear ruin (''This is less a fix and more a trap,'' Ann Pelham wrote) and some fear change.",
     "This is less a fix and more a trap"),
    ("Her ratings (at one point as low as 19%, Ann Pelham says) hurt the mayor.", "at one point as low as 19%"),
    ("The vote (Ann Pelham said it was rigged) was held on Monday.", "it was rigged"),
], ids=["quote-wrote-in", "typewriter-quote", "comma-tag", "clause"])
def test_a_tag_inside_a_parenthesis_speaks_only_inside_it(card_of, body, words):
    """'(“...,” Roe wrote in the Times) and ...': the parenthesis holds the statement; the
    words after its closing mark are the sentence's, no one's content."""
    card = card_of(body)
    said = said_by(card, "Ann Pelham")
    assert words in said, [(s.speaker, s.text) for s in card.statements]
    assert ")" not in said and "Monday" not in said and "change" not in said and "hurt" not in said


def test_a_closed_parenthesis_before_the_cue_is_no_aside(card_of):
    """'Sen. Roe (D-Wis.) said ...': the party tag closes before the cue; the content follows it."""
    card = card_of("Sen. Ann Pelham (D-Wis.) said the ferry is closing.")
    assert "the ferry is closing" in said_by(card, "Ann Pelham")


@pytest.mark.parametrize("body,words", [
    ("Ann Pelham also made the point that the ferry costs too much.", "the ferry costs too much"),
    ("Colm Ashby floated the notion that a merger would help.", "a merger would help"),
    ("Colm Ashby is pressing his attack that Pelham is unfit to lead.", "Pelham is unfit to lead"),
    ("Both Ann Pelham and Colm Ashby gave firm assurances that they would work with the winner.",
     "they would work with the winner"),
], ids=["point", "notion", "attack", "gave-assurances"])
def test_a_speech_act_noun_with_a_that_clause(card_of, body, words):
    """'made the point that ...', 'floated the notion that ...': the noun names the act, the
    that-clause is its content."""
    card = card_of(body)
    speaker = "Ann Pelham" if body.startswith(("Ann", "Both")) else "Colm Ashby"
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "Ann Pelham made a point to visit the harbour.",
    "Colm Ashby made no claim that the harbour was sold.",
    "Colm Ashby pressed the charges that were filed on Monday.",
], ids=["point-to", "negated", "relative-that"])
def test_an_act_noun_without_a_content_clause_says_nothing(card_of, body):
    card = card_of(body)
    assert not card.statements, [(s.speaker, s.text) for s in card.statements]
