"""Claim or denial by CONVENTIONS.md section 4 (../shared/gold): "X, not Y" where Y is the
charge gives a claim and a denial; disclaiming knowledge ("heard of the loan only that
morning"), involvement ("did not come from us") and a report as an invention are denials;
disclaiming one's own intent ("had not intended to ...") is a claim, but not meaning to imply
something rejects the implication, a denial.

Every sentence and name is invented; each denial has a claim neighbour.
"""

from __future__ import annotations

import pytest


def _items(card):
    return [(i.kind, i.speaker, i.text, i.rule) for i in card.claims + card.denials]


def test_x_not_charge_gives_claim_and_denial(card_of):
    card = card_of("Senator Tom Vale said the transfer was a gift, not a kickback.")
    assert [c.text for c in card.claims if c.speaker == "Tom Vale"] == ["the transfer was a gift"], _items(card)
    assert [d.text for d in card.denials if d.speaker == "Tom Vale"] == ["not a kickback"], _items(card)


def test_bare_contrast_stays_a_claim(card_of):
    card = card_of("Senator Tom Vale said the inquiry was a marathon, not a sprint.")
    assert card.denials == [] and len(card.claims) == 1, _items(card)


@pytest.mark.parametrize("body, words", [
    ("Harbour treasurer Ann Roe said she had heard of the transfer only that morning.", "heard of the transfer"),
    ("Senator Tom Vale's campaign said the leaked flyer \"did not come from us.\"", "did not come from us"),
    ("Senator Tom Vale called the audit story \"pure invention.\"", "pure invention"),
])
def test_disclaimers_are_denials(card_of, body, words):
    card = card_of(body)
    assert any(words in d.text for d in card.denials), _items(card)
    assert not any(words in c.text for c in card.claims), _items(card)


@pytest.mark.parametrize("body, kind", [
    ("Senator Tom Vale said he had not intended to upset the pilots.", "claim"),
    ("Senator Tom Vale said he had not meant to imply that the mayor lied.", "denial"),
])
def test_intent_claim_and_implication_denial(card_of, body, kind):
    card = card_of(body)
    assert [i.kind for i in card.claims + card.denials] == [kind], _items(card)


@pytest.mark.parametrize("body, words", [
    ("Senator Tom Vale threatened on Tuesday to sue the Dunmore Gazette for libel.", "to sue the Dunmore Gazette"),
    ("Governor Ann Roe vowed last week to fight the ruling in the high court.", "to fight the ruling"),
])
def test_threat_after_a_time_is_a_claim(card_of, body, words):
    """Threats and pledges are claims (CONVENTIONS.md section 4) with a time between the cue and
    its to-infinitive too: "threatened on Tuesday to sue ..." is no time-only fragment."""
    card = card_of(body)
    assert any(words in c.text for c in card.claims), _items(card)
