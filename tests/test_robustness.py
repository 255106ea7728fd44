"""Messy text never breaks the engine: random mixes of the constructions the rules look
for (quotes of every kind, titles, honorifics, markup, control characters) must give a
card, with every span slicing the text to exactly its words."""

from __future__ import annotations

import random

import pytest

from tui.articles.reader import article_from_text
from tui.cards.engine import INTERNAL_ERROR

PIECES = ["Kirby", "said", "“", "”", '"', "'", "‘", "’", "Mr.", "Mr", "OBE", "QC", "the", "The", "according to",
          ",", ".", ":", ";", "\n", "\n\n", "not", "denied", "rejected", "calls", "He", "she", "they", "It", "Lord",
          "Office of", "office of", "NBC News", "told", "Source:", "Quote:", "By", "Author:", "– media",
          "reportedly", "and that", ", but", "Sergey Lavrov", "US", "U.S.", "\x1b[31m", "\u202e", "[bold]", "#", "|",
          "\t", "\r", "White House", "Foster's Group", "Joe Biden's administration", "spokesman",
          "a spokesperson for the", "State Department", "was not involved", "will not", "without", "123", "Sunday",
          "Share on twitter", "---", "title: x", "adding that", "as reported by", "Six people", "ABC", "(", ")",
          "—", "-", "Ms", "Dr.", "Prof", "no", "nothing to do with"]


@pytest.mark.parametrize("seed", range(0, 300, 3))
def test_random_messy_text_gives_a_consistent_card(default_engine, seed):
    rnd = random.Random(seed)
    text = " ".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 120)))
    card = default_engine.card(article_from_text(text, "messy.md" if seed % 5 == 0 else "messy.txt"))
    assert not any(INTERNAL_ERROR in w for w in card.warnings), card.warnings
    for item in card.claims + card.denials:
        assert text[item.start:item.end] == item.text
        assert item.kind == ("claim" if item in card.claims else "denial")
    for actor in card.actors:
        assert all(text[s:e] in actor.aliases for s, e in actor.mentions), actor
