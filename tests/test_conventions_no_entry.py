"""No card item for words that state nothing (../shared/gold/CONVENTIONS.md section 3): a
verb whose object is only its target and a time or place ("criticized Ann Roe during a rally
in Dunmore"), a thing posted without words ("posted an ad online"), and a cue whose clause a
semicolon closes on a time ("apologized on Friday; the firm ..."): fragments, no claim.

Every sentence and name is invented. Each shape has a neighbour that keeps its content:
grounds after the target ("for ignoring the farmers"), a posted video's words, a statement
before the semicolon.
"""

from __future__ import annotations

import pytest


def _items(card):
    return [(i.kind, i.speaker, i.text) for i in card.claims + card.denials]


@pytest.mark.parametrize("body", [
    # a target and a time or place: no complaint stated
    "Governor Ann Roe of Dunmore criticized Senator Tom Vale during a rally in Lakeside.",
    "Governor Ann Roe of Dunmore slammed Senator Tom Vale at a town hall in Lakeside on Monday.",
    # acts without words: a thing posted or shared
    "Senator Tom Vale posted a campaign ad online.",
    "Senator Tom Vale shared a photo of the quarry on Facebook.",
    # a semicolon closes the cue's clause on a time or an occasion
    "An Acme Corporation executive apologized on Tuesday; the company gave no more details.",
    "Senator Tom Vale commented in a statement on Friday; his office did not elaborate.",
])
def test_fragment_gives_no_item(card_of, body):
    card = card_of(body)
    assert _items(card) == [], _items(card)


@pytest.mark.parametrize("body, words", [
    ("Governor Ann Roe of Dunmore criticized Senator Tom Vale in Lakeside for ignoring the farmers.",
     "ignoring the farmers"),
    ("Governor Ann Roe of Dunmore thanked Senator Tom Vale at the hearing for saving the ferry.", "saving the ferry"),
    ("Senator Tom Vale posted a video in which he said the quarry was unsafe.", "the quarry was unsafe"),
    ("Senator Tom Vale said on Friday the quarry was unsafe; his office did not elaborate.", "the quarry was unsafe"),
])
def test_content_after_target_or_time_stays(card_of, body, words):
    card = card_of(body)
    assert any(words in c.text for c in card.claims), _items(card)


def test_noun_cue_subject_content_stops_at_main_verb(card_of):
    """ "Roe's statement that the ferry was safe drew scorn ...": the that-clause is the content;
    the sentence's own verb and what follows are the author's narration."""
    card = card_of("Ann Roe's statement that the ferry was safe drew scorn from the pilots.")
    assert [c.text for c in card.claims if c.speaker == "Ann Roe"] == ["the ferry was safe"], _items(card)
