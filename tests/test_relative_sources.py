"""Relative-clause sources ("X, who said ...") the default pack missed or gave to the wrong
actor, mined from PolNeAR train misses: a time aside between "who" and its cue, a contracted
"who's", a "Jr." name before the comma, a name from a place before an appositive, a relative
clause whose first verb hands on to the cue ("who saw ... and described", "who ... surprised
Doe by declaring"), a who-said follow-on after an age and a place, a relative clause before a
quotation's own cue, a second name's relative clause that ends the first's, and a plural role
word of a body. Names, places and bodies are invented.
"""

from __future__ import annotations

from conftest import said_by


def test_a_time_aside_between_who_and_the_cue(card_of):
    card = card_of("The crowd cheered for Ann Kessel, who for weeks had argued that the ferry should be free.")
    assert "the ferry should be free" in said_by(card, "Ann Kessel"), card.statements


def test_in_the_past_between_who_and_the_cue(card_of):
    card = card_of("Brodd, who has in the past described the mayor as “a danger to the harbour,” "
                   "told reporters he would stay.")
    assert "a danger to the harbour" in said_by(card, "Brodd"), card.statements


def test_a_contracted_who(card_of):
    card = card_of("The plan was championed by councilman Curly Hoss, who’s argued for years that "
                   "delegates can’t be bound.")
    assert "delegates can’t be bound" in said_by(card, "Curly Hoss"), card.statements


def test_a_junior_before_the_comma(card_of):
    card = card_of("The idea drew a harsh response from Ted Kessel Jr., who suggested in a radio interview "
                   "that Brodd was trying to stay relevant.")
    assert "Brodd was trying to stay relevant" in said_by(card, "Ted Kessel Jr."), card.statements


def test_a_person_from_a_place_before_an_appositive(card_of):
    card = card_of("Kessel was backed by Sen. Dana Fenner of Lakeside, the ranking Democrat on the Harbour "
                   "Committee, who said none of the emails came from Kessel.")
    assert "none of the emails came from Kessel" in said_by(card, "Dana Fenner"), card.statements
    assert not said_by(card, "Harbour Committee"), card.statements


def test_a_relative_clause_joined_by_and(card_of):
    card = card_of("Police interviewed harbour reporter Ben Tarris, who saw the incident and described it "
                   "as “a brawl.”")
    assert "a brawl" in said_by(card, "Ben Tarris"), card.statements


def test_a_relative_clause_that_goes_on_by_a_participle(card_of):
    card = card_of("Varga sat face to face with Harbour Speaker Paul Rayburn, who just a week ago surprised "
                   "Varga by declaring he couldn’t yet support the ferry plan.")
    assert "he couldn’t yet support the ferry plan" in said_by(card, "Paul Rayburn"), card.statements


def test_a_participle_after_a_bare_comma_is_the_main_clauses(card_of):
    card = card_of("Varga weighed in on allegations against Kessel’s campaign manager, who allegedly pushed "
                   "a reporter last week, calling the behaviour “a fireable offence.”")
    assert "a fireable offence" in said_by(card, "Varga"), card.statements


def test_plural_executives_of_a_body(card_of):
    card = card_of("The Lakeside Harbour Board met on Monday.\n\n"
                   "Lakeside Harbour Board executives have admitted that the strike has affected some ships.")
    assert "the strike has affected some ships" in said_by(card, "Lakeside Harbour Board"), card.statements


def test_who_said_after_an_age_and_a_place(card_of):
    card = card_of("“We will stay,” said Dan Pardo, 24, from Lakeside, who said the ferry is best suited "
                   "to the harbour.")
    assert "the ferry is best suited to the harbour" in said_by(card, "Dan Pardo"), card.statements


def test_who_after_a_hearer_is_the_hearer(card_of):
    card = card_of("“We will stay,” Doe told Dan Pardo, who said he would not vote for either candidate.")
    assert "he would not vote" not in said_by(card, "Doe"), card.statements


def test_a_relative_clause_before_a_quotations_cue(card_of):
    card = card_of("Kessel, who said last week that a judge in the harbour case was biased against him, issued "
                   "a statement on Tuesday saying, “I do not feel that anyone’s heritage makes them partial.”")
    assert "a judge in the harbour case was biased against him" in said_by(card, "Kessel"), card.statements
    assert "I do not feel" in said_by(card, "Kessel"), card.statements


def test_a_relative_clause_without_a_cue_before_a_quotation(card_of):
    card = card_of("Ann Roe, who runs the port, issued a statement saying, “We will reopen on Monday.”")
    assert said_by(card, "Ann Roe") == "We will reopen on Monday", card.statements


def test_the_next_names_relative_clause_ends_the_first(card_of):
    card = card_of("The deal is opposed by Varga, who has called the harbour pact “insanity,” and Kessel, "
                   "who says it is “a disaster.”")
    assert "Kessel" not in said_by(card, "Varga") and "insanity" in said_by(card, "Varga"), card.statements
    assert "a disaster" in said_by(card, "Kessel"), card.statements
