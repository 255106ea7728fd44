"""Unit and granularity (CONVENTIONS.md section 1), on invented articles.

An entry is one attribution: a source is the agent of a reporting act and the act has
content. These tests write one construction each as a short article of its own.
"""

from __future__ import annotations

from conftest import said_by


def _said(card) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in card.statements]


def test_a_signed_pledge_not_to_act_is_a_claim_by_its_signer(card_of):
    """Nouns count: 'signed a promise not to ...' is a reporting act with content."""
    card = card_of("The Dockworkers Alliance met in Port Averin on Monday. The Dockworkers Alliance signed a "
                   "pledge not to strike before the port agreed to talks.")
    assert "not to strike before the port agreed to talks" in said_by(card, "Dockworkers Alliance"), _said(card)


def test_a_short_line_that_introduces_a_quotation_is_no_headline(card_of):
    """'Governor Lena Marsh said on Monday:' alone in its paragraph, the quotation below it: the
    line names the governor (a capitalised short line ending in a colon is no headline)."""
    card = card_of("Governor Lena Marsh said on Monday:\n\n\"The harbour deal is done. Thousands of jobs are "
                   "coming.\"\n\nShe spoke in Port Averin.")
    assert "The harbour deal is done" in said_by(card, "Lena Marsh"), _said(card)
