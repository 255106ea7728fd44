"""The offset indexes that keep a one-paragraph article linear give what a scan gives."""

from __future__ import annotations

import random

import pytest

from tui.articles.segment import Quote, Sentence
from tui.cards.matching import SentenceIndex
from tui.cards.mention_index import MentionIndex
from tui.cards.model import Actor


@pytest.mark.parametrize("seed", range(20))
def test_mentions_overlapping_a_span_are_those_a_scan_finds(seed):
    rnd = random.Random(seed)
    actors = [Actor(name=f"Person {i}", kind="person") for i in range(5)]
    starts = sorted(rnd.randrange(0, 2000) for _ in range(rnd.randint(0, 60)))
    mentions = [(s, s + rnd.randint(1, 25), rnd.choice(actors)) for s in starts]
    index = MentionIndex(mentions)
    mentions.append((rnd.randrange(0, 2000), 0, actors[0]))  # appended later, out of order
    mentions[-1] = (mentions[-1][0], mentions[-1][0] + 7, actors[0])
    for _ in range(50):
        start = rnd.randrange(0, 2050)
        end = start + rnd.randint(0, 80)
        assert index.overlapping(start, end) == [a for s, e, a in mentions if s < end and e > start]


@pytest.mark.parametrize("seed", range(20))
def test_sentences_and_quotes_by_offset_are_those_a_scan_finds(seed):
    rnd = random.Random(seed)
    cuts = sorted(set(rnd.randrange(1, 1000) for _ in range(rnd.randint(1, 30))))
    bounds = [0] + cuts + [1000]
    sentences = [Sentence(a + (1 if i else 0), b) for i, (a, b) in enumerate(zip(bounds, bounds[1:]))]
    quotes = [Quote(s, s + rnd.randint(1, 200)) for s in sorted(rnd.randrange(0, 1000) for _ in range(rnd.randint(0, 8)))]
    index = SentenceIndex(sentences, quotes)
    for _ in range(60):
        start = rnd.randrange(0, 1010)
        end = start + rnd.randint(0, 120)
        assert list(index.overlapping(start, end)) == [i for i, s in enumerate(sentences) if s.end > start and s.start < end]
        assert index.holding(start) == next((i for i, s in enumerate(sentences) if s.start <= start < s.end + 1), None)
    for sentence in sentences:
        assert index.inside_quote(sentence) == any(q.start <= sentence.start + 1 and sentence.end <= q.end + 2
                                                   for q in quotes)
