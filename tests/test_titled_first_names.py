"""Title words and qualifier words that are part of a person's name (issue 10, PolNeAR train
misses: the name was dropped, so the statement had no speaker).

"Representative Tom R. King": after a middle initial, a title word ("King", "Prince") is the
surname, not a title the words before qualify. "Army Capt. Christian Roe": right after a title,
a nationality or month word before one more name is the holder's first name. Invented
sentences, default pack.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, name", [
    ("Representative Tom R. King of Dunmore said the ferry vote would pass.", "Tom R. King"),
    ("Tom R. Prince said the ferry vote would pass.", "Tom R. Prince"),
], ids=["king-after-title", "prince-alone"])
def test_title_word_after_an_initial_is_a_surname(actors_of, body, name):
    actors = actors_of(body)
    assert name in actors and actors[name].kind == "person", sorted(actors)


@pytest.mark.parametrize("body, name", [
    ('"The ferry will sail," said Army Capt. Christian Varlow, who backs the vote.', "Christian Varlow"),
    ("Foreign Minister German Varlow said the ferry vote would pass.", "German Varlow"),
], ids=["demonym-after-rank", "demonym-after-office"])
def test_nationality_word_after_a_title_is_a_first_name(actors_of, body, name):
    actors = actors_of(body)
    assert name in actors and actors[name].kind == "person", sorted(actors)


def test_title_word_with_no_initial_still_reads_as_a_title(actors_of):
    """"Home Secretary Tom Varga": the title before a two-word name is still dropped."""
    actors = actors_of("Home Secretary Tom Varga said the ferry vote would pass.")
    assert "Tom Varga" in actors and not any("Secretary" in n for n in actors), sorted(actors)


def test_nationality_word_before_a_title_still_qualifies_it(actors_of):
    """"British Prime Minister Tom Varlow": the nationality before the title is no name."""
    actors = actors_of("British Prime Minister Tom Varlow said the ferry vote would pass.")
    assert "Tom Varlow" in actors and not any("British" in n for n in actors), sorted(actors)
