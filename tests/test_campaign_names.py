"""A capitalised "Campaign" ends a body's name (issue 10, PolNeAR train wrong speakers: "the
Human Rights Campaign" was cut to "Human Rights").

The lower-case role word stays a role: "the Varga campaign said" is the candidate's campaign
(CONVENTIONS.md 2). Invented sentences, default pack.
"""

from __future__ import annotations

from conftest import said_by


def test_capitalised_campaign_ends_an_organisation_name(card_of):
    card = card_of("About 40 harbours passed such rules, according to the Dunmore Rights Campaign, an advocacy group.")
    assert "About 40 harbours passed such rules" in said_by(card, "Dunmore Rights Campaign"), \
        [(s.speaker, s.text) for s in card.statements]
    assert any(a.name == "Dunmore Rights Campaign" and a.kind == "org" for a in card.actors)


def test_lower_case_campaign_is_still_the_candidates(card_of):
    card = card_of("Tom Varga is running for mayor. The Varga campaign said the ferry was late.")
    assert "the ferry was late" in said_by(card, "Tom Varga"), [(s.speaker, s.text) for s in card.statements]
