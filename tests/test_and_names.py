"""A body whose name holds "and" ("Center for Economic and Policy Research") is one actor
and speaks as one; two names joined by "and" stay two. Default pack alone, invented names.
"""

from __future__ import annotations

from conftest import said_by


def _names(card) -> set[str]:
    return {a.name for a in card.actors}


def test_a_body_named_with_and_is_one_speaker(card_of):
    card = card_of("The ferry fares rose by a third last year, according to the Institute for Harbour and "
                   "Coastal Studies, a research group.\n\n"
                   "The Organisation for Lakeside Trade and Development says the toll plan will fail.")
    names = _names(card)
    assert "Institute for Harbour and Coastal Studies" in names, names
    assert "Organisation for Lakeside Trade and Development" in names, names
    assert not {"Coastal Studies", "Institute for Harbour", "Development"} & names, names
    assert "the toll plan will fail" in said_by(card, "Organisation for Lakeside Trade and Development")


def test_a_union_of_workers_keeps_its_place(card_of):
    card = card_of("Wages at the quarry rose by four percent, according to the Quarry Workers of America, "
                   "one of the unions.")
    assert "Quarry Workers of America" in _names(card), _names(card)


def test_the_body_word_alone_at_a_sentence_start_is_no_new_speaker(card_of):
    card = card_of("The strike began on Monday, according to the Quarry Workers of America, one of the unions. "
                   "Workers objected to the plan to move them, and said it was unfair.")
    assert "Workers" not in _names(card), _names(card)


def test_two_names_joined_by_and_stay_two(card_of):
    card = card_of("The Department of Ferries and Ann Roe said the harbour was safe. Roe said the tolls "
                   "would stay. The Bank of Lakeside and Quillmark said the loan was repaid. Quillmark "
                   "said it would lend again.")
    names = _names(card)
    assert "Ann Roe" in names and not any("and Ann" in n for n in names), names
    assert not any(n.endswith("and Quillmark") for n in names), names


def test_a_countrys_body_keeps_the_country_in_its_name(card_of):
    card = card_of("About half of the crews are posted abroad, according to the United States Harbour Operations "
                   "Command. Turnout was 40 percent, the United States Ballots Project estimated.")
    names = _names(card)
    assert {"United States Harbour Operations Command", "United States Ballots Project"} <= names, names
    assert "the crews are posted abroad" in said_by(card, "United States Harbour Operations Command") \
        or "posted abroad" in said_by(card, "United States Harbour Operations Command"), card.statements


def test_a_persons_surname_that_is_a_body_word_still_speaks(card_of):
    card = card_of("Ann Cross, a harbour pilot, spoke on Monday. Cross said the tolls were too high.")
    assert any("Cross" in s.speaker and "the tolls were too high" in s.text for s in card.statements), \
        card.statements
