"""Named-source statements with the other reporting verbs the pack used to miss (issue 10,
PolNeAR train mining, helper 'verbs').

Each test is one construction on invented sentences (invented names and places), default pack
alone; each failed before the change that added it.
"""

from __future__ import annotations

import pytest

from conftest import said_by


@pytest.mark.parametrize("body,speaker,words", [
    ("Colm Ashby pointed to the harbour poll that shows him ahead in Dunmore.", "Colm Ashby",
     "ahead in Dunmore"),
    ("Ann Pelham points to the fees the board raised twice in one year.", "Ann Pelham",
     "the fees the board raised twice"),
    ("Colm Ashby is pointing to a long interview Pelham gave the Dunmore Gazette.", "Colm Ashby",
     "a long interview Pelham gave"),
    ("As an example, Ms. Pelham pointed to a recent stop in Lakeside, where the ferry ran late.", "Pelham",
     "a recent stop in Lakeside"),
], ids=["pointed-to", "points-to", "is-pointing-to", "opening-phrase"])
def test_what_one_points_to_as_grounds_is_a_claim(card_of, body, speaker, words):
    """'X pointed to the poll that shows ...': what a source points to as evidence is its claim."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "Colm Ashby pointed to the door.",
    "Colm Ashby pointed to the gulls.",
], ids=["short-object", "short-object-2"])
def test_pointing_at_a_thing_says_nothing(card_of, body):
    """'pointed to the door' (a thing pointed at, a short object) says nothing."""
    card = card_of(body)
    assert not any(s.rule == "cue.pointing" for s in card.statements), \
        [(s.speaker, s.text, s.rule) for s in card.statements]


def test_pointing_then_dismissing_keeps_the_denial(card_of):
    """'X pointed to the audit and dismissed criticism': the short object is no claim that would swallow
    the denial of the second verb."""
    card = card_of("Colm Ashby pointed to the audit and dismissed criticism from the council.")
    assert [s.text for s in card.denials] == ["criticism from the council"], \
        [(s.speaker, s.text, s.rule) for s in card.statements]


@pytest.mark.parametrize("body,speaker,words", [
    ("The Lakeside Harbour Board identified the missing trawler as the Mary Ann of Dunmore.",
     "Lakeside Harbour Board", "the missing trawler as the Mary Ann"),
    ("The Dunmore Gazette lists Colm Ashby as the richest man on the quay.", "Dunmore Gazette",
     "Colm Ashby as the richest man"),
], ids=["identified-as", "lists-as"])
def test_naming_or_ranking_something_as_what_it_is(card_of, body, speaker, words):
    """'identified X as Y', 'lists X as Y' (like 'portrayed X as Y'): what the object is said to be is a claim."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "The Lakeside Harbour Board identified the trawler on Monday.",
    "Colm Ashby listed the donors in a filing to the board.",
], ids=["identified", "listed"])
def test_identifying_or_listing_without_as_says_nothing(card_of, body):
    card = card_of(body)
    assert not any(s.rule == "cue.portrayal" for s in card.statements), \
        [(s.speaker, s.text, s.rule) for s in card.statements]
