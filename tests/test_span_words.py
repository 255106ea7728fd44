"""The article-wide index of trigger words (tui/cards/span_words.py) gives every span the
words the per-span regex pass gave: random invented texts and random spans, edges inside
words included."""

from __future__ import annotations

import random
import re

import pytest

from tui.cards.span_rules import SpanRules
from tui.cards.span_words import SpanWords

WORD_RE = re.compile(r"[a-z]+")
VOCABULARY = frozenset({"said", "says", "no", "told", "denied", "not", "according", "to", "claims",
                        "ex-aide", "Said", "café", "saidx"})
PIECES = ["said", "Said", "SAID", "says", "no", "not", "note", "told", "denied", "undenied", "according",
          "to", "into", "claims", "claimsx", "café", "ex-aide", "Ann", "Roe", "the", "plan", " ", "  ", ", ",
          ".", "“", "”", "’s", "-", "\n", "é", "ß", "İ", "1", "x", "\t"]


def slow(lowered: str, vocabulary: frozenset[str], start: int, end: int) -> frozenset[str]:
    return vocabulary.intersection(WORD_RE.findall(lowered, start, end))


def invented(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", ",", ""]) for _ in range(rng.randint(0, 40)))


@pytest.mark.parametrize("seed", range(40))
def test_every_span_has_the_words_of_the_slow_path(seed: int) -> None:
    rng = random.Random(seed)
    index = SpanWords(VOCABULARY)
    assert index.available
    for _ in range(20):
        lowered = invented(rng).lower()
        index.begin(lowered)
        n = len(lowered)
        for _ in range(60):
            start = rng.randint(-2, n + 2)
            end = rng.randint(start - 2, n + 3)
            assert index.words(start, end) == slow(lowered, VOCABULARY, start, end), (lowered, start, end)


def test_edges_inside_words_and_repeated_words() -> None:
    index = SpanWords(VOCABULARY)
    lowered = "roe said said, not no toldsaid told. saidx to"
    index.begin(lowered)
    for start in range(len(lowered) + 1):
        for end in range(start, len(lowered) + 2):
            assert index.words(start, end) == slow(lowered, VOCABULARY, start, end), (start, end)


def test_span_rules_answer_as_before() -> None:
    """SpanRules.words with the index equals the regex pass over the span (no index)."""
    rng = random.Random(7)
    fast, plain = SpanRules(cues=None, vocabulary=VOCABULARY), SpanRules(cues=None, vocabulary=VOCABULARY)
    plain._index = None
    for _ in range(30):
        text = invented(rng)
        fast.begin(text, fast.names)
        plain.begin(text, plain.names)
        for _ in range(40):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert fast.words(text, start, end) == plain.words(text, start, end)
