"""Invented articles for the store's tests, and helpers to compare stored with fresh cards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.articles.reader import read_article
from tui.cards.engine import CardEngine
from tui.store import open_store
from tui.store.pool import StoredPool

ARTICLES = {
    "harbour.txt": (
        "Harbour board rejects dredging claims\n\n"
        "Marta Velkova, chair of the Tarn Harbour Board, said on Monday that the dredging plan was safe.\n\n"
        "\u201cWe have never hidden the costs from anyone,\u201d Velkova said.\n\n"
        "The dockers' union denied that it had agreed to the new night shifts.\n"),
    "ferry.txt": (
        "Ferry link to Osterholm delayed again\n\n"
        "Transport minister Ilse Brandvold said the new ferry would not sail before the spring.\n\n"
        "\u201cNothing about the islands without the islands,\u201d Brandvold told reporters on Tuesday.\n\n"
        "Osterholm mayor Piet Kaldor said the delay was a broken promise.\n"),
    "budget.md": (
        "---\ntitle: Council budget passes after long night\noutlet: Tarn Courier\n---\n"
        "The council passed its budget at three in the morning.\n\n"
        "\u201cNothing about the islands can be settled without the islands,\u201d said Piet Kaldor, "
        "the Osterholm mayor.\n\n"
        "Treasurer Anouk Demir denied that the harbour fund had been cut.\n"),
}


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def store_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "cards.sqlite3"
    monkeypatch.setenv("BRIEF_STORE", str(path))
    return path


def paths_of(folder: Path) -> list[Path]:
    return sorted(folder.iterdir())


def fresh_json(engine: CardEngine, paths) -> list[str]:
    """Cards made without any store, as ``brief card --json`` writes each."""
    return [json.dumps(engine.card(read_article(p)).to_json(), ensure_ascii=False, indent=2) for p in paths]


def stored_run(engine: CardEngine, paths, store=None) -> tuple[list, int, list[str]]:
    """Cards through a store (opened from BRIEF_STORE unless given): (article, card) pairs,
    how many came from the store, and the store's notices."""
    own = store is None
    store = open_store() if own else store
    pool = StoredPool(engine, "default", list(paths), store, workers=0)
    got = list(pool.cards())
    notices = store.take_notices()
    if own:
        store.close()
        notices += store.take_notices()
    return got, pool.stored, notices


def as_json(got) -> list[str]:
    return [json.dumps(card.to_json(), ensure_ascii=False, indent=2) for _, card in got]
