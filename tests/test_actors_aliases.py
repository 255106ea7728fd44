"""Aliases: forms that name one actor (issue 12, "How", aliases rule)."""

from __future__ import annotations


def test_honorific_and_bare_surname_resolve_to_the_full_name(actors_of):
    actors = actors_of("Ellen Marsh chaired the panel. Ms. Marsh said the vote was fair. Marsh left early.")
    persons = [n for n, a in actors.items() if a.kind == "person"]
    assert persons == ["Ellen Marsh"]
    assert {"Ms. Marsh", "Marsh"} <= set(actors["Ellen Marsh"].aliases)


def test_title_and_surname_resolve_to_the_full_name(actors_of):
    actors = actors_of("Rep. Paul Grebe spoke first. Congressman Grebe said the bill was dead.")
    assert [n for n, a in actors.items() if a.kind == "person"] == ["Paul Grebe"]


def test_middle_initial_merges(actors_of):
    actors = actors_of("Ellen R. Marsh chaired the panel. Later Ellen Marsh said the vote was fair.")
    persons = [n for n, a in actors.items() if a.kind == "person"]
    assert len(persons) == 1, persons
    assert {"Ellen R. Marsh", "Ellen Marsh"} <= set(actors[persons[0]].aliases)


def test_two_initials_merge(actors_of):
    actors = actors_of("Representative C. D. Tull Warne of Maryland objected. Tull Warne said no.")
    persons = [n for n, a in actors.items() if a.kind == "person"]
    assert len(persons) == 1, persons


def test_nickname_merges_with_the_full_first_name(actors_of):
    actors = actors_of("Robert Quill filed the suit. Bob Quill, as friends call him, said he would win.")
    assert [n for n, a in actors.items() if a.kind == "person"] == ["Robert Quill"]
    assert "Bob Quill" in actors["Robert Quill"].aliases


def test_different_first_names_stay_apart(actors_of):
    actors = actors_of("Robert Quill filed the suit. Mary Quill, his sister, said he would win.")
    assert {"Robert Quill", "Mary Quill"} <= set(actors)


def test_short_form_of_a_paper_merges_into_it(actors_of):
    actors = actors_of("Reporters at the Lakeside Times found the memo. The Times said the deal was done.")
    assert "The Times" not in actors
    assert "The Times" in actors["Lakeside Times"].aliases


def test_spelling_variant_merges(actors_of):
    actors = actors_of("Sergey Volkin arrived. Later Sergei Volkin said the talks failed.")
    assert [n for n, a in actors.items() if a.kind == "person"] == ["Sergey Volkin"]


def test_the_name_as_written_with_its_title_state_and_party_is_an_alias(actors_of):
    # issue 12: "Minnesota Congresswoman Jane Doe met ..." -> Jane Doe, alias as written
    actors = actors_of("Minnesota Congresswoman Ellen Marsh met the board. "
                       "Republican Gov. Paul Grebe said the bill was dead. Ms. Marsh agreed.")
    assert {"Ellen Marsh", "Paul Grebe"} <= set(actors)
    assert "Minnesota Congresswoman Ellen Marsh" in actors["Ellen Marsh"].aliases
    assert "Republican Gov. Paul Grebe" in actors["Paul Grebe"].aliases


def test_written_forms_are_distinct_and_hold_no_sentence_words(actors_of):
    actors = actors_of("Ellen Marsh met the board on Monday. Texas Sen. Paul Grebe spoke. "
                       "But Sen. Paul Grebe was not done. Texas Sen. Paul Grebe spoke again.")
    aliases = actors["Paul Grebe"].aliases
    assert len(aliases) == len(set(aliases)), aliases
    assert "Texas Sen. Paul Grebe" in aliases and "Sen. Paul Grebe" in aliases, aliases
    assert not any(a.startswith(("Monday", "But", "spoke")) for a in aliases), aliases
    assert actors["Ellen Marsh"].aliases == ["Ellen Marsh"]  # nothing before her name to add
