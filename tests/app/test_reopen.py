"""Reopening a folder with a warm store: the list comes from the stored summaries, an
article is read and its card decoded when it is shown, and what is shown is what a
fresh read gives."""

from __future__ import annotations

import json
import shutil

import pytest

from tui.app.app import make_app
from tui.app.widgets.article_list import entry_prompt
from tui.articles.reader import read_article
from tui.store import open_store, trust
from tui.store.entries import StoredEntry
from tui.workspace import Entry

from .conftest import SEEDS_BRIEF, SEEDS_DIR, SIZE, wait_loaded


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, target)
    return target


def as_json(card) -> str:
    return json.dumps(card.to_json(), ensure_ascii=False, indent=2)


async def test_a_warm_reopen_lists_without_reading_and_shows_fresh_cards(seed_engine, folder, tmp_path,
                                                                          monkeypatch):
    monkeypatch.setattr(trust, "RACY_NS", 0)  # the files were just copied: count them as old
    store_file = tmp_path / "store.sqlite3"
    first = make_app([str(folder)], str(SEEDS_BRIEF), engine=seed_engine, watch=False,
                     store=open_store(path=store_file))
    async with first.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
    app = make_app([str(folder)], str(SEEDS_BRIEF), engine=seed_engine, watch=False,
                   store=open_store(path=store_file))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        entries = app.workspace.entries
        assert len(entries) == len(app.files) > 3
        assert all(isinstance(e, StoredEntry) for e in entries)
        assert sum(e.loaded for e in entries) <= 3  # the one shown and the two drawn ahead
        fresh = []
        for path in app.files:
            article = read_article(path)
            fresh.append(Entry(article, seed_engine.card(article)))
        listing = app.reader.article_list
        assert [str(listing.get_option_at_index(i).prompt) for i in range(len(entries))] == [
            str(entry_prompt(i, e)) for i, e in enumerate(fresh)]
        await pilot.press("n", "n")
        await pilot.pause()
        shown = entries[app.reader.current]
        assert app.reader.current == 2 and shown.loaded
        assert as_json(shown.card) == as_json(fresh[2].card)
        assert shown.article.text == fresh[2].article.text
        await pilot.press("r")  # new cards for every article: stored entries are read in the worker
        for _ in range(200):
            await pilot.pause(0.05)
            if not app.loading and not any(isinstance(e, StoredEntry) for e in app.workspace.entries):
                break
        assert [as_json(e.card) for e in app.workspace.entries] == [as_json(e.card) for e in fresh]
