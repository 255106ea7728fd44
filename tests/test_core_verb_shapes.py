"""Named-source statements with a core verb of saying that the pack used to miss (issue 10,
PolNeAR train mining, helper 'coreverbs').

Each test is one construction on invented sentences (invented names and places), default pack
alone; each failed before the change that added it.
"""

from __future__ import annotations

import pytest

from conftest import said_by


@pytest.mark.parametrize("body,speaker,words", [
    ("In nearby Lakeside, the big steel yard is hanging on, but it is under intense pressure from imports, said "
     "the company's chief executive, Colm J. Ashby.", "Colm J. Ashby", "the big steel yard is hanging on"),
    ("Ashby also lacks support from his colleagues in the council, whom he has alienated with his rhetoric, said "
     "Ann Pelham, director of the Lakeside Centre for Politics.", "Ann Pelham", "Ashby also lacks support"),
], ids=["title-appositive", "whom-clause"])
def test_an_inverted_source_after_a_paraphrase_is_no_content(card_of, body, speaker, words):
    """'A, but B, said the company's chief executive, NAME.': the paraphrase before ', said' is the
    content and the name after it the source; the words before the comma are no appositive of a
    speaker whose content would be that source."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]
    assert all(s.text != speaker and not s.text.endswith(speaker) for s in card.statements)
