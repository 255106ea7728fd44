"""A person named with the body they work for in one capitalised run ("Ann Roe of the
Lakeside Policy Center") is two actors: the person, who speaks, and the body (default pack
alone). A body's own name with a connector stays whole. Invented names.
"""

from __future__ import annotations

from conftest import said_by


def _actors(card) -> dict[str, str]:
    return {a.name: a.kind for a in card.actors}


def test_a_person_of_a_body_is_a_person_and_a_body(card_of):
    card = card_of("Alan Brisk of the Lakeside Policy Center wrote in December that the ferry plan was a stretch.\n\n"
                   "But, he noted, “the plan is not dead.”")
    actors = _actors(card)
    assert actors.get("Alan Brisk") == "person" and actors.get("Lakeside Policy Center") == "org", actors
    assert "the plan is not dead" in said_by(card, "Alan Brisk"), card.statements


def test_a_body_named_with_a_connector_stays_whole(card_of):
    card = card_of("The Bank of Lakeside said on Monday that the ferry loan was repaid. The Joint Chiefs of "
                   "Staff said the harbour was safe.")
    actors = _actors(card)
    assert "Bank of Lakeside" in actors, actors
    assert not any(name.startswith("Joint Chiefs") and kind == "person" for name, kind in actors.items()), actors
