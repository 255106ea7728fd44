"""Names joined by a slash are one source (issue 10, PolNeAR train wrong speakers).

"according to a Dunmore Post/Quillpoll survey": the partners that fielded a poll are written
as one name, and the speaker is that joint name, not its first partner. Invented sentences,
default pack.
"""

from __future__ import annotations

import pytest

from conftest import said_by


def _said(card) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.text, s.rule) for s in card.statements]


@pytest.mark.parametrize("body, joint", [
    ("Colm Ashby leads the ferry race by 12 points, according to a Dunmore Post/Quillpoll survey.",
     "Dunmore Post/Quillpoll"),
    ("According to a DBC/Varga poll in March, Colm Ashby leads the ferry race by 12 points.", "DBC/Varga"),
    ("Colm Ashby leads the ferry race by 12 points, according to a University of Dunmore/Harbour Ledger Poll.",
     "University of Dunmore/Harbour Ledger Poll"),
    ("According to July's Dunmore Post/Quillpoll polling, Colm Ashby leads the ferry race by 12 points.",
     "Dunmore Post/Quillpoll"),
], ids=["two-words", "acronym-lead", "connector-and-capital-tail", "possessive-before"])
def test_slash_joined_pollsters_are_one_source(card_of, body, joint):
    card = card_of(body)
    assert "Colm Ashby leads the ferry race by 12 points" in said_by(card, joint), _said(card)


def test_source_words_that_open_after_the_slash_reach_back(card_of):
    """'a new poll from DUNMORE TODAY/Harbour University found ...': the source words the cue
    reads open after the slash; the partner before it belongs to the same joint name."""
    card = card_of("A new poll from DUNMORE TODAY/Harbour University found that Colm Ashby leads the ferry race.")
    assert "Colm Ashby leads the ferry race" in said_by(card, "DUNMORE TODAY/Harbour University"), _said(card)
