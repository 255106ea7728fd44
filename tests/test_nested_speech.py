"""Nested and coordinated speech inside a named speaker's words (issue 10).

"X noted that experts say Y": only the outer speaker is labelled (CONVENTIONS.md, nested
speech), so X keeps the words through Y. "X admitted that ..., but said ...": the second
act is X's too, not an attribution to a name inside it. Invented sentences, default pack.
"""

from __future__ import annotations

from conftest import said_by


def _said(card) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in card.statements]


def test_unnamed_speech_inside_the_second_act_stays_with_the_outer_speaker(card_of):
    """'... but noted that experts say ...': the unnamed "experts say" does not cut off Pell's words."""
    card = card_of("Ann Pell said the ferry was late but noted that experts say the harbour is too shallow.")
    assert "experts say the harbour is too shallow" in said_by(card, "Ann Pell"), _said(card)


def test_second_speech_verb_after_but_keeps_the_subject(card_of):
    """'admitted that ..., but said his office ...': not an inverted "said his office"."""
    card = card_of("Colm Ashby admitted that the timetable was out of date, but said his office "
                   "had found the old schedule and would publish it.")
    assert "his office had found the old schedule" in said_by(card, "Colm Ashby"), _said(card)


def test_quote_then_but_added_goes_on_for_the_speaker(card_of):
    """'"...," Pell said, but added that ...': a second speech verb of the same subject."""
    card = card_of("“I hate the word crisis,” Ann Pell said on Monday, but added that the harbour "
                   "board would have to publish its figures.")
    assert "the harbour board would have to publish its figures" in said_by(card, "Ann Pell"), _said(card)


def test_a_named_subject_after_but_still_takes_the_floor(card_of):
    """'..., but Ashby said ...': a clause with its own named subject is its speaker's."""
    card = card_of("Ann Pell said the ferry was late, but Colm Ashby said the timetable was fine.")
    assert "the timetable was fine" not in said_by(card, "Ann Pell"), _said(card)
    assert "the timetable was fine" in said_by(card, "Colm Ashby"), _said(card)
