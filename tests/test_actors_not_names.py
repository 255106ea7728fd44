"""Capitalised words that are no names (issue 12, "How", not-names rule)."""

from __future__ import annotations


def test_slogan_in_capitals_is_not_a_name(actors_of):
    actors = actors_of('"NO DEAL!" the governor wrote. He said there was no deal to be had.')
    assert actors == {} or not any(n.isupper() for n in actors)


def test_shouted_word_is_not_an_org(actors_of):
    actors = actors_of("The FALSE claims spread fast. Few checked whether they were false.")
    assert "FALSE" not in actors


def test_long_unknown_capitals_are_shouting(actors_of):
    actors = actors_of("The memo was stamped CLASSIFIED and sent on. CLASSIFIED papers went missing.")
    assert "CLASSIFIED" not in actors


def test_dateline_in_capitals_is_not_an_org(actors_of):
    actors = actors_of("SPRING HARBOR — The board met on Friday and said it would wait.")
    assert "SPRING HARBOR" not in actors


def test_programme_title_is_not_an_actor(actors_of):
    actors = actors_of("The claim was repeated on Meet the Press by Lena Fry, who said it was true.")
    assert "Meet the Press" not in actors
    assert "Lena Fry" in actors


def test_month_abbreviation_is_not_a_name(actors_of):
    actors = actors_of("The raid on Sept. 11 was planned in Sept. 2011. By Sept. 12 it was over.")
    assert "Sept" not in actors


def test_sentence_initial_plural_is_not_a_name(actors_of):
    actors = actors_of("Critics said the plan would fail. Critics also said it cost too much.")
    assert "Critics" not in actors


def test_sentence_opener_is_not_part_of_a_name(actors_of):
    actors = actors_of("Unlike Nora Penn, the mayor stayed. Nora Penn said she would return.")
    assert "Nora Penn" in actors
    assert "Unlike Nora Penn" not in actors


def test_legal_heading_is_not_a_name(actors_of):
    actors = actors_of("He cited Article II of the charter. Article II was clear, he said.")
    assert not any("Article" in n or n == "II" for n in actors)


def test_event_and_war_are_not_parties(actors_of):
    actors = actors_of("He served during the Korlan War and spoke at the Veterans Memorial Building.")
    assert not any("War" in n or "Building" in n for n in actors)


def test_abbreviation_ends_a_sentence_inside_a_run(actors_of):
    actors = actors_of("She lied to the F.B.I. Nothing happened to her, Ada Quist said.")
    assert "FBI" in actors
    assert not any("Nothing" in n for n in actors)


def test_a_county_is_a_place_not_a_person(actors_of):
    actors = actors_of("About 300 homes in County Keld have no post. Officials in County Keld said little.")
    assert all(a.kind != "person" for n, a in actors.items() if "Keld" in n), actors


def test_a_budget_or_an_election_is_no_actor(actors_of):
    actors = actors_of("Rivals called it a vote-now Budget. Budget papers show the tax rise. The Greens said "
                       "the Budget was a waste before the General Election. The Election is in May.")
    assert "Budget" not in actors and "Election" not in actors and "General Election" not in actors, actors
