"""Kinds: person, org or place (issue 12, "How", kinds rule)."""

from __future__ import annotations

import pytest

from tui.cards.actors.kinds import name_kind


@pytest.fixture(scope="module")
def lex(default_engine):
    return default_engine.lexicon


@pytest.mark.parametrize("name", ["Lakeside Planning Commission", "Harbor Times", "Green Valley Party",
                                  "Quill Register", "Marlow Corp", "Dunmore Holdings Inc."])
def test_name_ending_in_an_org_word_is_never_a_person(lex, name):
    assert name_kind(name.split(), lex)[0] == "org"


@pytest.mark.parametrize("name", ["Grey Island", "Upper West Side", "New Lakeside", "San Lorenzo"])
def test_place_words_and_prefixes_make_a_place(lex, name):
    assert name_kind(name.split(), lex)[0] == "place"


def test_plain_two_word_name_is_a_person(lex):
    assert name_kind(["Nora", "Penn"], lex)[0] == "person"


def test_name_opened_by_a_known_body_is_a_body(lex):
    assert name_kind(["Reuters", "Breakingviews"], lex)[0] == "org"


def test_lower_case_body_noun_after_a_name_makes_an_org(actors_of):
    actors = actors_of("Quillpost magazine reported the sale. Later Quillpost said it stood by the story.")
    assert actors["Quillpost"].kind == "org"


def test_honorific_makes_a_one_word_name_a_person(actors_of):
    actors = actors_of("The plan was drafted by Mr. Ober, the report said.")
    assert "Ober" in actors and actors["Ober"].kind == "person"


def test_sister_names_of_a_body_are_bodies(actors_of):
    actors = actors_of("Quarry News reported the deal. Quarry Texas, its sister site, said the same.")
    assert actors["Quarry Texas"].kind == "org"


def test_place_tail_makes_a_place(actors_of):
    actors = actors_of("A Port Verran-based firm bought it. Port Verran has said it will sue.")
    assert actors["Port Verran"].kind == "place"


def test_lower_case_committee_ends_the_name(actors_of):
    actors = actors_of("She testified before the House Fisheries committee on Friday.")
    assert "House Fisheries Committee" in actors
    assert actors["House Fisheries Committee"].kind == "org"


def test_body_named_after_a_titled_person_leaves_him_a_person(card_of):
    """ "the Tom Vane-Roe Party" does not make "Tom Vane-Roe" a body when the article
    calls him "Mr Vane-Roe": the body bears his name, the honorific says whose."""
    card = card_of("Tom Vane-Roe has quit the Green Union.\n\n"
                   "Rivals said he cared more for the Tom Vane-Roe Party than the union. "
                   "Mr Vane-Roe told reporters the union was finished.")
    kinds = {a.name: a.kind for a in card.actors}
    assert kinds["Tom Vane-Roe"] == "person"
    assert kinds["Tom Vane-Roe Party"] == "org"
    assert any(c.speaker == "Tom Vane-Roe" and "finished" in c.text for c in card.claims)
