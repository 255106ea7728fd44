"""No card item for words that state nothing (../shared/gold/CONVENTIONS.md section 3): a
cue whose clause a semicolon closes on a time ("apologized on Friday; the firm ..."): a
fragment, no claim. A noun of saying as the subject: its content ends at the sentence's verb.

Every sentence and name is invented. Each shape has a neighbour that keeps its content: a
statement before the semicolon.
"""

from __future__ import annotations

import pytest


def _items(card):
    return [(i.kind, i.speaker, i.text) for i in card.claims + card.denials]


@pytest.mark.parametrize("body", [
    # a semicolon closes the cue's clause on a time or an occasion
    "An Acme Corporation executive apologized on Tuesday; the company gave no more details.",
    "Senator Tom Vale commented in a statement on Friday; his office did not elaborate.",
])
def test_fragment_gives_no_item(card_of, body):
    card = card_of(body)
    assert _items(card) == [], _items(card)


@pytest.mark.parametrize("body, words", [
    ("Senator Tom Vale said on Friday the quarry was unsafe; his office did not elaborate.", "the quarry was unsafe"),
])
def test_content_before_semicolon_stays(card_of, body, words):
    card = card_of(body)
    assert any(words in c.text for c in card.claims), _items(card)


def test_noun_cue_subject_content_stops_at_main_verb(card_of):
    """ "Roe's statement that the ferry was safe drew scorn ...": the that-clause is the content;
    the sentence's own verb and what follows are the author's narration."""
    card = card_of("Ann Roe's statement that the ferry was safe drew scorn from the pilots.")
    assert [c.text for c in card.claims if c.speaker == "Ann Roe"] == ["the ferry was safe"], _items(card)
