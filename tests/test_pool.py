"""Cards for large folders in worker processes: the same cards, in order, whatever happens."""

from __future__ import annotations

import shutil

import pytest

from tui.articles.reader import read_article
from tui.cards import pool as pool_module
from tui.cards.engine import CardEngine
from tui.cards.pool import CardPool
from tui.rules.loader import load_brief

from conftest import BRIEFS


@pytest.fixture
def folder(tmp_path, seed_files, monkeypatch):
    """40 articles (the seeds copied), with the pool's threshold lowered to meet them."""
    monkeypatch.setattr(pool_module, "MIN_FILES", 10)
    monkeypatch.setattr(pool_module, "FIRST_IN_PROCESS", 3)
    monkeypatch.setattr(pool_module, "CHUNK", 4)
    paths = []
    for i in range(40):
        src = seed_files[i % len(seed_files)]
        paths.append(tmp_path / f"{i:03d}_{src.name}")
        shutil.copyfile(src, paths[-1])
    return paths


def cards_here(engine: CardEngine, paths) -> list:
    articles = [read_article(p) for p in paths]
    return [(article, engine.card(article)) for article in articles]


def test_workers_give_the_cards_the_engine_gives_in_file_order(folder):
    spec = str(BRIEFS / "track-two.yaml")
    engine = CardEngine(load_brief(spec))
    pool = CardPool(engine, spec, folder, workers=2)
    assert pool.parallel
    got = list(pool.cards())
    assert [a.path for a, _ in got] == [str(p) for p in folder]
    assert got == cards_here(engine, folder)


def test_workers_with_other_rules_are_not_used(folder):
    engine = CardEngine(load_brief(str(BRIEFS / "track-two.yaml")))
    other = str(BRIEFS / "default.yaml")  # the file now holds other rules than the caller's
    got = list(CardPool(engine, other, folder, workers=2).cards())
    assert got == cards_here(engine, folder)


def test_cancelling_stops_the_cards(folder):
    spec = str(BRIEFS / "default.yaml")
    engine = CardEngine(load_brief(spec))
    seen = []
    pool = CardPool(engine, spec, folder, workers=2)
    for item in pool.cards(cancelled=lambda: len(seen) >= 5):
        seen.append(item)
    assert len(seen) == 5
    assert not pool.parallel  # the workers were let go


def test_small_folders_stay_in_this_process(seed_files):
    spec = str(BRIEFS / "default.yaml")
    engine = CardEngine(load_brief(spec))
    pool = CardPool(engine, spec, seed_files, workers=2)
    assert not pool.parallel
    assert list(pool.cards()) == cards_here(engine, seed_files)
