"""Cards for large folders in worker processes: the same cards, in order, whatever happens."""

from __future__ import annotations

import multiprocessing
import time

import pytest

from tui.articles.reader import read_article
from tui.cards import pool as pool_module
from tui.cards.engine import CardEngine
from tui.cards.pool import CardPool
from tui.rules.loader import load_brief

from conftest import BRIEFS, copies



@pytest.fixture
def folder(tmp_path, seed_files, monkeypatch):
    """40 articles (the seeds copied), with the pool's threshold lowered to meet them."""
    monkeypatch.setattr(pool_module, "MIN_FILES", 10)
    monkeypatch.setattr(pool_module, "FIRST_IN_PROCESS", 3)
    monkeypatch.setattr(pool_module, "CHUNK", 4)
    return copies(tmp_path, seed_files, 40)


def cards_here(engine: CardEngine, paths) -> list:
    articles = [read_article(p) for p in paths]
    return [(article, engine.card(article)) for article in articles]


def test_workers_give_the_cards_the_engine_gives_in_file_order(folder):
    spec = str(BRIEFS / "track-two.yaml")
    engine = CardEngine(load_brief(spec))
    pool = CardPool(engine, spec, folder, workers=2)
    got = list(pool.cards())
    assert pool.used_workers == 2
    assert [a.path for a, _ in got] == [str(p) for p in folder]
    assert got == cards_here(engine, folder)


def test_workers_with_other_rules_are_not_used(folder):
    engine = CardEngine(load_brief(str(BRIEFS / "track-two.yaml")))
    other = str(BRIEFS / "default.yaml")  # the file now holds other rules than the caller's
    pool = CardPool(engine, other, folder, workers=2)
    got = list(pool.cards())
    assert got == cards_here(engine, folder)
    assert pool.used_workers == 0


def test_cancelling_stops_the_cards_and_lets_the_workers_go_at_once(tmp_path, seed_files, monkeypatch):
    monkeypatch.setattr(pool_module, "FIRST_IN_PROCESS", 3)
    big = copies(tmp_path, seed_files, 1200)  # seconds of work for the workers
    spec = str(BRIEFS / "default.yaml")
    engine = CardEngine(load_brief(spec))
    seen = []
    pool = CardPool(engine, spec, big, workers=2)
    for item in pool.cards(cancelled=lambda: len(seen) >= 5):
        seen.append(item)
    assert len(seen) == 5
    waited = 0.0
    while multiprocessing.active_children() and waited < 0.5:  # let go at once, not after their work
        time.sleep(0.05)
        waited += 0.05
    assert not multiprocessing.active_children()


def test_small_folders_stay_in_this_process(seed_files):
    spec = str(BRIEFS / "default.yaml")
    engine = CardEngine(load_brief(spec))
    pool = CardPool(engine, spec, seed_files, workers=2)
    assert list(pool.cards()) == cards_here(engine, seed_files)
    assert pool.used_workers == 0
