"""Unnamed principals (tui/cards/unnamed_principals.py): a headline's bare role is the one
person the lede names in it; unnamed staff with no possessor speak for the one person whose
staff the article names, else the person in focus (CONVENTIONS.md 2). Invented names."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def card(default_engine):
    from tui.articles.reader import article_from_text

    def build(text: str):
        return default_engine.card(article_from_text(text + "\n", path="inline.txt"))
    return build


def _denials(card):
    return [(d.speaker, d.text) for d in card.denials]


def test_headline_role_is_the_person_the_lede_names_with_it(card):
    c = card("Mayor Disputes Audit Report\n\n"
             "Mayor Ann Roe on Tuesday rejected the findings of a city audit, calling them a partisan attack.\n\n"
             "The audit, released by the comptroller's office, said the city overspent on road repairs.")
    assert ("Ann Roe", "Audit Report") in _denials(c)


def test_headline_acronym_must_spell_the_body_in_the_lede(card):
    text = ("{} chair dismisses Varga's accusations against the party.\n\n"
            "Lakeside National Committee Chair Ann Roe dismissed Tom Varga's accusations that the "
            "committee broke election law.")
    assert ("Ann Roe", "Varga's accusations against the party") in _denials(card(text.format("LNC")))
    assert not any(t.startswith("Varga's") for _, t in _denials(card(text.format("RNC"))))


def test_headline_role_by_apposition(card):
    c = card("LWU chief rejects claims of fraud\n\n"
             "Tom Lee, the chief of the Lakeside Workers Union, spoke to reporters on Monday about the vote.\n\n"
             "The union held its vote in March, and members raised questions about the count.")
    assert ("Tom Lee", "claims of fraud") in _denials(c)


def test_headline_role_with_two_holders_names_no_one(card):
    c = card("Mayor Disputes Audit Report\n\n"
             "Mayor Ann Roe and former Mayor Tom Lee met on Tuesday about a city audit.\n\n"
             "The audit said the city overspent on road repairs.")
    assert not any(t == "Audit Report" for _, t in _denials(c))


def test_campaign_staff_without_possessor_speak_for_the_candidate(card):
    c = card("Roe campaign faces questions over rally\n\n"
             "Supporters of Ann Roe clashed with protesters at a rally in Lakeside on Friday, two witnesses "
             "said. (A campaign spokeswoman disputed their account.)\n\n"
             "Roe has drawn large crowds across the state.")
    assert [s for s, t in _denials(c) if t.startswith("their account")] == ["Ann Roe"]


def test_bare_aides_and_their_they(card):
    c = card("Roe hints at role for her brother\n\n"
             "Ann Roe said on Monday that her brother would help Roe's campaign in the fall.\n\n"
             "Aides said Mr. Lee's role would be narrowly defined, and they rejected any implication "
             "that Ms. Roe would hand him her campaign.")
    assert ("Ann Roe", "any implication that Ms. Roe would hand him her campaign") in _denials(c)
    assert any(cl.speaker == "Ann Roe" and cl.text.startswith("Mr. Lee's role") for cl in c.claims)


def test_bare_aides_with_no_named_principal_stay_unresolved(card):
    c = card("Roe hints at role for her brother\n\n"
             "Ann Roe said on Monday that her brother would help in the fall.\n\n"
             "Aides said Mr. Lee's role would be narrowly defined, and they rejected any implication "
             "that Ms. Roe would hand him the job.")
    assert not any(t.startswith("any implication") for _, t in _denials(c))


def test_staff_of_two_named_candidates_stay_unresolved(card):
    c = card("Race tightens in Lakeside\n\n"
             "Ann Roe's campaign and Tom Lee's campaign traded attacks on Friday, two witnesses said.\n\n"
             "Tom Lee spoke at a rally. (A campaign spokeswoman disputed their account.)")
    assert not any(t.startswith("their account") for _, t in _denials(c))
