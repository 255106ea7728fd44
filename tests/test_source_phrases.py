"""Source phrases the speaker pattern used to cut wrong or not span at all (default pack alone).

Invented sentences, one construction each, mined from PolNeAR train misses: dotted
abbreviations ("The S.E.C. said"), a person's team or camp ("Doe's team says"), a body
and its unnamed defenders, unnamed officials of a body before an appositive, a person
named after a role that a name only qualifies ("the Acme chief executive, Ann Roe,"),
and a person followed by where they are from ("Ann Roe of Lakeside, Ohio, says").
Names, places and bodies are invented.
"""

from __future__ import annotations

from conftest import said_by


def test_a_dotted_abbreviation_speaks(card_of):
    card = card_of("The S.Q.F. said the ferry company had misled its investors for years.")
    assert "had misled its investors" in said_by(card, "S.Q.F."), card.statements


def test_a_known_dotted_abbreviation_before_an_auxiliary(card_of):
    card = card_of("The reviews came back clear, and the F.B.I. has said it had no information about the pilot.")
    assert "it had no information" in said_by(card, "FBI"), card.statements


def test_a_persons_team_speaks_for_the_person(card_of):
    card = card_of("Ruth Kessel spoke at the harbour on Monday.\n\n"
                   "Kessel's team said the harbour wall would be repaired by May.")
    assert "the harbour wall would be repaired" in said_by(card, "Ruth Kessel"), card.statements


def test_a_body_and_its_defenders(card_of):
    card = card_of("The Lakeside Port Authority and its defenders say the harbour wall is safe for ships.")
    assert "the harbour wall is safe" in said_by(card, "Lakeside Port Authority"), card.statements


def test_officials_of_a_body_before_an_appositive(card_of):
    card = card_of("Officials at the Harbour Safety Office, a division of the Lakeside Port Authority, "
                   "said the wall was unsafe for ships.")
    assert "the wall was unsafe" in said_by(card, "Harbour Safety Office"), card.statements


def test_a_name_that_only_qualifies_the_role(card_of):
    card = card_of("Ruth Kessel founded the harbour firm in 1990.\n\n"
                   "As the Kessel chief executive, Tom Brodd, put it in a memo, "
                   "\"We are getting ready to rebuild the ferry dock this year.\"")
    assert "getting ready to rebuild" in said_by(card, "Tom Brodd"), card.statements


def test_a_person_from_a_place_with_its_state(card_of):
    card = card_of("Stacy Varga of Lakeside, South Carolina says she thinks the ferry will run again.")
    assert "the ferry will run again" in said_by(card, "Stacy Varga"), card.statements


def test_a_person_from_a_body_in_a_place(card_of):
    card = card_of("Dara Whitlow of Liberty Harbour Church in Marlton said the ferry will run again.")
    assert "the ferry will run again" in said_by(card, "Dara Whitlow"), card.statements


def test_a_friend_of_a_person_is_not_that_person(card_of):
    card = card_of("A friend of Ann Roe in Lakeside said the ferry will run again.")
    assert not said_by(card, "Ann Roe"), card.statements


def test_a_body_name_with_a_connector_the_article_names_once(card_of):
    card = card_of("The Kessler Center for Justice noted that the ferry would run again next spring.")
    assert "the ferry would run again" in said_by(card, "Kessler Center for Justice"), card.statements


def test_a_spokesman_of_a_body_named_only_in_the_source(card_of):
    card = card_of("A Harbourage spokesman said the ferry would run again next spring.")
    assert "the ferry would run again" in said_by(card, "Harbourage"), card.statements


def test_a_sentence_opening_word_before_experts_is_no_body(card_of):
    card = card_of("Military analysts said the ferry would run again next spring.")
    assert not said_by(card, "Military"), card.statements


def test_a_chamber_of_commerce_is_one_body(card_of):
    card = card_of("The Lakeside Chamber of Commerce said the ferry would run again next spring.")
    assert "the ferry would run again" in said_by(card, "Lakeside Chamber of Commerce"), card.statements


def test_a_camel_cased_name_is_a_company(actors_of):
    actors = actors_of("Tom Varga runs SkyHarbour, the ferry booking site. Ann McBride said SkyHarbour "
                       "had doubled its prices, and McBride said the harbour board should act.")
    assert actors["SkyHarbour"].kind == "org", actors
    assert actors["Ann McBride"].kind == "person", actors


def test_the_last_word_of_a_papers_name_is_the_paper_not_a_post(card_of):
    card = card_of("The Lakeside Post reported on Monday that the harbour was closing.\n\n"
                   "Tom Varga said the ferry would stop running in May.\n\n"
                   "According to the Post, harbour officials looked into what the closure would cost.")
    assert "harbour officials looked into" in said_by(card, "Lakeside Post"), card.statements


def test_the_role_is_the_named_holders_not_the_next_persons(card_of):
    card = card_of("Ruth Kessel, the mayor, met Tom Varga at the harbour on Monday.\n\n"
                   "The mayor said the ferry would run again next spring.")
    assert "the ferry would run again" in said_by(card, "Ruth Kessel"), card.statements


def test_a_role_after_is_holds_it(card_of):
    card = card_of("Ruth Kessel is the mayor. Tom Varga met her at the harbour on Monday.\n\n"
                   "The mayor said the ferry would run again next spring.")
    assert "the ferry would run again" in said_by(card, "Ruth Kessel"), card.statements
