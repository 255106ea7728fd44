"""Proxy sources (an unnamed role of a named body or person) the default pack missed or gave
to the wrong actor, mined from PolNeAR train misses: a person's campaign strategists, the
government "in" a state the gazetteer knows, a named person's adviser who is not the person in
focus, and named members of a group set off by dashes (CONVENTIONS.md 2 and 5). Names and bodies are invented; states are real
places the gazetteer lists.
"""

from __future__ import annotations

from conftest import said_by


def test_a_persons_strategists_speak_for_the_person(card_of):
    card = card_of("Ann Kessel spoke at the harbour on Monday.\n\n"
                   "On Tuesday, Kessel's campaign strategists said the ferry would win them votes.")
    assert "the ferry would win them votes" in said_by(card, "Ann Kessel"), card.statements


def test_the_government_in_a_state_is_the_state(lakeside_card_of):
    card, _ = lakeside_card_of("The government in Canada said the talks with Acme Corporation were useful.")
    assert "the talks with Acme Corporation were useful" in said_by(card, "Canada"), card.statements


def test_the_government_in_a_state_denies_for_it(lakeside_card_of):
    card, _ = lakeside_card_of("The government in Canada has vigorously denied any role in the attacks.")
    assert [d.speaker for d in card.denials] == ["Canada"], (card.denials, card.claims)


def test_an_official_from_a_state_stays_unnamed(lakeside_card_of):
    card, _ = lakeside_card_of("A former official from Canada denied the report about the talks.")
    assert card.denials == [], card.denials


def test_a_named_persons_adviser_is_not_the_person_in_focus(card_of):
    card = card_of("“That can go a long way,” said a senior Kessel adviser.\n\n"
                   "Harbour Committee Chairman Roger Wicks said he expects Kessel to play a major role.\n\n"
                   "“I think politicians are practical people,” said the senior Kessel adviser.")
    assert "practical people" in said_by(card, "Kessel"), card.statements
    assert "practical people" not in said_by(card, "Roger Wicks"), card.statements


def test_the_adviser_the_article_named_keeps_the_role(card_of):
    card = card_of("Tom Brodd, a Kessel adviser, said the port was safe. “We will win,” said the Kessel adviser.")
    assert "We will win" in said_by(card, "Tom Brodd"), card.statements


def test_named_members_of_a_group_between_dashes_speak(card_of):
    card = card_of("Port officials — including harbour director Tom Varga — have long argued that the wall "
                   "is unsafe.")
    assert "the wall is unsafe" in said_by(card, "Tom Varga"), card.statements


def test_an_aside_between_dashes_without_members_leaves_the_subject(card_of):
    card = card_of("Ann Roe — who once ran the port — said the wall was safe.")
    assert "the wall was safe" in said_by(card, "Ann Roe"), card.statements


def test_a_possessor_in_the_dashes_is_no_member(card_of):
    card = card_of("Tom Varga runs the harbour.\n\nSome economists - including a few of Varga's own advisers - "
                   "warn that the wall could fail.")
    assert "the wall could fail" not in said_by(card, "Tom Varga"), card.statements
