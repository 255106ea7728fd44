"""Sources listed with a party tag or a place after each name (issue 10, PolNeAR train wrong speakers).

"Sens. Ann Roe of Lakeland and Tom Poe of Dunmore have urged ..." names two speakers of one
statement (CONVENTIONS: each speaks), as "Ann Roe and Tom Poe" does; the tag or place after the
first name used to cut the list to its last member. Invented sentences and names.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body", [
    "The mayor's leading rivals, Sens. Colm Ashby of Texas and Ann Pelham of Florida, have both urged the board "
    "to release the tapes.",
    "Colm Ashby of Dunmore and Ann Pelham of Lakeside said the ferry was too slow.",
    "Colm Ashby (R) and Ann Pelham (D) have both pushed for ferry funding.",
    "Sen. Colm Ashby (D-Ohio) and Sen. Ann Pelham (R-Iowa) urged the board to release the tapes.",
], ids=["of-place-in-commas", "of-place", "party-letter", "party-tag"])
def test_each_listed_member_speaks(card_of, body):
    card = card_of(body)
    speakers = {s.speaker for s in card.statements}
    assert {"Colm Ashby", "Ann Pelham"} <= speakers, [(s.speaker, s.text) for s in card.statements]


def test_a_place_alone_does_not_join_an_object(card_of):
    """The names must open the clause: 'Doe met Roe of Lakeland and Poe said ...' is no list."""
    card = card_of("Rita Moss met Colm Ashby of Dunmore and Ann Pelham said the ferry was too slow.")
    assert "Colm Ashby" not in {s.speaker for s in card.statements}
