"""An inverted source behind a title that names a body ("..., said Lakeside State University
professor Ann Roe."): the person speaks, as CONVENTIONS.md 2 says of named people (default
pack alone). Invented sentences; names and places are invented.
"""

from __future__ import annotations

from conftest import said_by


def test_a_body_inside_the_title_before_an_inverted_name(card_of):
    card = card_of("Mayor Tom Varga did well with working-class voters in the primary, said Lakeside "
                   "State University professor Dora Menk.")
    assert "did well with working-class voters" in said_by(card, "Dora Menk"), card.statements


def test_a_body_after_the_cue_is_still_no_speaker_without_a_person(card_of):
    card = card_of("Mayor Tom Varga did well with working-class voters in the primary, said Lakeside "
                   "State University.")
    assert not said_by(card, "Dora Menk"), card.statements
    assert not any("working-class" in text for text in said_by(card, "Tom Varga")), card.statements
