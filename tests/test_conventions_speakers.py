"""Who is the speaker (CONVENTIONS.md section 2), on invented articles.

Each test is one construction of the conventions' speaker rules, written as a short
article of its own: the person is introduced, then the attribution under test. The
default pack must give the words to the named source the conventions name.
"""

from __future__ import annotations

from conftest import said_by


def _said(card) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in card.statements]


def test_content_before_a_name_and_its_appositive_then_said_on_a_day(card_of):
    """'..., Carla Min, the chief engineer, said on Tuesday.': the named subject before the
    verb speaks; the day after "said" is a time, never an inverted source."""
    card = card_of("The Orrin bridge will reopen next week, Carla Min, the city's chief engineer, "
                   "said on Tuesday.")
    assert "The Orrin bridge will reopen next week" in said_by(card, "Carla Min"), _said(card)


def test_content_before_a_role_and_its_name_then_said_on_a_day(card_of):
    """'..., his attorney, Carla Min, said on Tuesday.': the name set off after the role speaks."""
    card = card_of("Businessman Ellis Danvers faces two counts. Prosecutors plan to charge Danvers this "
                   "week, his attorney, Carla Min, said Tuesday.")
    assert "Prosecutors plan to charge Danvers this week" in said_by(card, "Carla Min"), _said(card)
