"""A titled holder whose surname is a paper's word is a person (issue 10, PolNeAR train wrong
speakers: '..., said Atlantic City Mayor ...' gave the city).

"Dunmore City Mayor Tom Guardian": "Guardian" is a newspaper word, so the name read as a body,
and a source phrase naming a place and a body gave the place. A title right before a two-word
name makes it a person's. Invented article, default pack.
"""

from __future__ import annotations

from conftest import said_by

ARTICLE = (
    "DUNMORE CITY — Ann Varga visited this seaside town on Wednesday, a reminder of Dunmore City's troubles.\n\n"
    '"At this point, I don\'t think there is bad publicity," said Dunmore City Mayor Tom Guardian in a telephone '
    'interview. "We have made mistakes."\n\n'
    "Guardian said he understood why Varga would travel here, since Dunmore City was hurt by the closures."
)


def test_titled_holder_with_a_paper_surname_is_the_speaker(card_of):
    card = card_of(ARTICLE)
    guardian = next(a for a in card.actors if a.name == "Tom Guardian")
    assert guardian.kind == "person"
    assert "bad publicity" in said_by(card, "Tom Guardian"), [(s.speaker, s.text) for s in card.statements]
    assert not said_by(card, "Dunmore City")


def test_paper_after_no_title_is_still_a_paper(actors_of):
    actors = actors_of("The ferry vote was close, the Dunmore Guardian reported on Monday.")
    assert actors["Dunmore Guardian"].kind == "org", sorted(actors)
