"""A descriptor no one is introduced with ("the Kentucky Republican" for a senator introduced
only by office) describes the person in focus, unless the article gives that person another
state or party (tui/cards/descriptors.py, ``Descriptors.fit``). Default pack alone;
invented sentences and names.
"""

from __future__ import annotations

from conftest import said_by

LEDE = "The harbour board met on Monday to discuss the budget for next year.\n\n"


def test_state_and_party_with_no_introduction_is_the_person_in_focus(card_of):
    card = card_of(LEDE + "Senate Majority Leader Alan Brisk is criticizing the harbour plan.\n\n"
                   "The Kentucky Republican says the ferry audit was a waste of money.")
    assert "the ferry audit was a waste of money" in said_by(card, "Alan Brisk"), card.statements
    item = next(s for s in card.statements if "ferry audit" in s.text)
    assert "person in focus" in item.how


def test_a_descriptor_taken_without_its_article_still_describes(card_of):
    card = card_of(LEDE + "Senate Majority Leader Alan Brisk is criticizing the harbour plan.\n\n"
                   "In a statement, the Kentucky Republican on Tuesday dismissed the ferry audit.")
    assert any(s.speaker == "Alan Brisk" and "ferry audit" in s.text for s in card.denials), card.denials


def test_a_person_introduced_with_another_state_is_not_described(card_of):
    card = card_of(LEDE + "Former Florida Gov. Dora Menk is criticizing the harbour plan.\n\n"
                   "The Ohio Republican says the ferry audit was a waste of money.")
    assert "ferry audit" not in said_by(card, "Dora Menk"), card.statements


def test_a_person_introduced_with_another_party_is_not_described(card_of):
    card = card_of(LEDE + "Sen. Dora Menk (D-Ohio) is criticizing the harbour plan.\n\n"
                   "The Kentucky Republican says the ferry audit was a waste of money.")
    assert "ferry audit" not in said_by(card, "Dora Menk"), card.statements


def test_a_plural_cut_to_a_descriptor_is_no_one_person(card_of):
    card = card_of(LEDE + "Sen. Alan Brisk complained that Tom Varga had attacked him.\n\n"
                   "The Republican leaders who quietly rebuked Brisk by publicly expressing sympathy and respect "
                   "included Brisk's running mate, Indiana Gov. Dora Menk, who called their son \"an American hero.\"")
    assert not any("person in focus" in s.how for s in card.statements), card.statements
