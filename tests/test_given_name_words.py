"""Month and nationality words that are also given names (issue 10, PolNeAR train misses:
"Christian Roe, a former mayor of Dunmore, said ..." lost its speaker when "Christian" was
dropped as a qualifier).

Before exactly one more capitalised word and an appositive (", a ...", ", the ..."), a word of
the brief's ``given_name_words`` opens a person's name; with no appositive it stays a qualifier
or a date. Invented sentences, default pack.
"""

from __future__ import annotations

import pytest

from conftest import said_by


@pytest.mark.parametrize("body, name", [
    ("Christian Varlow, a former mayor of Dunmore, said the ferry vote would pass.", "Christian Varlow"),
    ("Former Dunmore governor Jan Varlow, an early supporter of Roe, said the ferry vote would pass.",
     "Jan Varlow"),
], ids=["nationality-word", "month-abbreviation"])
def test_given_name_word_before_an_appositive_opens_the_name(card_of, body, name):
    card = card_of(body)
    assert "the ferry vote would pass" in said_by(card, name), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "In April Varlow said the ferry vote would pass.",
    "German Varlow said the ferry vote would pass.",
], ids=["date-before-surname", "no-appositive"])
def test_without_an_appositive_the_word_is_no_given_name(actors_of, body):
    actors = actors_of(body)
    assert not any(n.startswith(("April ", "German ")) for n in actors), sorted(actors)
