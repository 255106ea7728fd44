"""The overview on large sets: bounded work per statement, progress, and a clean stop."""

from __future__ import annotations

import importlib
import random

import pytest

from tui.cards.model import Actor, Card, Statement
from tui.comparison import overview
from tui.comparison.progress import Cancelled

overview_module = importlib.import_module("tui.comparison.overview")  # the package's name is the function

TOPIC = ["minister", "budget", "government", "election", "people", "country", "plan", "tax"]


def invented_set(articles: int, seed: int = 7) -> tuple[list[Card], list[str]]:
    """Articles whose statements all use the set's topic words plus words of their own."""
    rng = random.Random(seed)
    vocabulary = [f"w{n:05d}" for n in range(articles * 6)]
    cards, texts = [], []
    for a in range(articles):
        text, claims = "", []
        for s in range(5):
            words = rng.sample(TOPIC, 3) + rng.sample(vocabulary, 5)
            sentence = " ".join(words)
            start = len(text) + len("Smith said ")
            text += f"Smith said {sentence}. "
            claims.append(Statement("claim", "Jo Smith", sentence, start, start + len(sentence), "test"))
        cards.append(Card(file=f"{a:04d}.txt", title=f"story {a}", claims=claims,
                          actors=[Actor("Jo Smith", "person", ["Jo Smith"], [(0, 5)])]))
        texts.append("Smith " + text)
    return cards, texts


def similarity_calls(monkeypatch, articles: int) -> int:
    calls = 0
    real = overview_module.similarity

    def counting(a, b, weight=None):
        nonlocal calls
        calls += 1
        return real(a, b, weight)

    monkeypatch.setattr(overview_module, "similarity", counting)
    cards, texts = invented_set(articles)
    overview(cards, texts)
    return calls


def test_pairs_compared_grow_linearly_with_the_set(monkeypatch):
    small = similarity_calls(monkeypatch, 100)
    large = similarity_calls(monkeypatch, 800)
    # 8x the statements: all pairs would be 64x; topic words proposing no pair keep it near 8x
    assert large <= 12 * max(small, 1), (small, large)


def test_progress_is_reported_per_stage_and_reaches_the_total():
    cards, texts = invented_set(60)
    seen: dict[str, tuple[int, int]] = {}
    overview(cards, texts, progress=lambda stage, done, total: seen.__setitem__(stage, (done, total)))
    assert "comparing statements" in seen
    done, total = seen["comparing statements"]
    assert done == total > 0


def test_cancelling_from_the_progress_callback_stops_the_work():
    cards, texts = invented_set(400)
    stages: list[str] = []
    after_cancel = 0

    def stop_soon(stage: str, done: int, total: int) -> None:
        nonlocal after_cancel
        if stages and stages[-1] == "cancelled":
            after_cancel += 1
        stages.append(stage)
        if stage == "comparing statements" and done >= 200:
            stages.append("cancelled")
            raise Cancelled

    with pytest.raises(Cancelled):
        overview(cards, texts, progress=stop_soon)
    assert "cancelled" in stages and after_cancel == 0  # nothing ran on once it was raised
    # every stage before it reported, so Esc is heard within one batch of any of them
    assert {"reading actors", "matching actors", "naming parties", "counting actors"} <= set(stages)


def test_the_collector_is_held_during_the_overview_and_given_back_even_when_cancelled():
    """Set-wide work makes no reference cycles; the collector's full passes over the
    workspace were a quarter of a 2,000-article export (issue 14)."""
    import gc

    cards, texts = invented_set(30)
    seen: list[bool] = []

    def progress(stage: str, done: int, total: int) -> None:
        seen.append(gc.isenabled())
        if stage == "comparing statements":
            raise Cancelled

    assert gc.isenabled()
    with pytest.raises(Cancelled):
        overview(cards, texts, progress=progress)
    assert seen and not any(seen)
    assert gc.isenabled()
    gc.disable()  # held by someone else before: still held after
    try:
        overview(cards, texts)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_set_wide_work_made_is_frozen_out_of_the_collector_when_the_hold_ends():
    """Given back with the work's young objects, the collector ran a full pass on the next
    allocation: on the reader's thread after Esc, a stall of 0.5-1 s on 2,000 articles."""
    import gc

    cards, texts = invented_set(30)
    gc.unfreeze()
    try:
        result = overview(cards, texts)
        assert gc.isenabled() and gc.get_freeze_count() > 0
        assert gc.get_count()[2] == 0  # nothing waits for a full pass
        assert result.articles  # the results are alive and whole
    finally:
        gc.unfreeze()
