"""A verb of saying that is also a noun modifier ("state") is a verb only when a complement
of saying follows it: "Ohio state delegate Ann Roe said" is Roe's, not Ohio's. Invented names."""

from __future__ import annotations

from conftest import said_by


def test_state_before_a_title_is_no_verb(card_of):
    card = card_of("Lakeside state delegate Ann Roe, clad in a red cape, said the tolls were too high.\n\n"
                   "Ohio state Sen. Bo Lind said the ferry would run again.")
    assert "the tolls were too high" in said_by(card, "Ann Roe"), card.statements
    assert "the ferry would run again" in said_by(card, "Bo Lind"), card.statements
    assert {s.speaker for s in card.statements} <= {"Ann Roe", "Bo Lind"}, card.statements


def test_state_before_that_is_still_a_verb(card_of):
    card = card_of("Ann Roe and Bo Lind state that the harbour fares are too high.")
    assert "the harbour fares are too high" in " | ".join(s.text for s in card.statements), card.statements
