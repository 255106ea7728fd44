"""Whatever happens to the store file, cards are the engine's own, and no traceback.

After each fault the cards are compared, byte for byte, with cards made without a
store: a damaged, foreign, read-only or full store may cost time, never a card.
"""

from __future__ import annotations

import sqlite3

import pytest

from tui.cards.engine import CardEngine
from tui.rules.loader import load_brief
from tui.store import open_store, writer as writer_module

from conftest import BRIEFS
from .conftest import as_json, fresh_json, paths_of, stored_run


@pytest.fixture(scope="module")
def engine():
    return CardEngine(load_brief(str(BRIEFS / "default.yaml")))


@pytest.fixture
def warm(engine, corpus, store_file):
    """A store holding the corpus's cards; returns the paths and the fresh cards."""
    paths = paths_of(corpus)
    stored_run(engine, paths)
    return paths, fresh_json(engine, paths)


def test_garbage_is_moved_aside_and_the_store_rebuilt(engine, warm, store_file):
    paths, fresh = warm
    store_file.write_bytes(b"this is not a database at all\n" * 200)
    got, stored, notices = stored_run(engine, paths)
    assert as_json(got) == fresh and stored == 0
    assert len(notices) == 1 and "not a database" in notices[0] and "rebuilt" in notices[0]
    assert (store_file.parent / (store_file.name + ".damaged")).read_bytes().startswith(b"this is not")
    got, stored, notices = stored_run(engine, paths)
    assert as_json(got) == fresh and stored == len(paths) and notices == []


@pytest.mark.parametrize("keep", [0.5, 0.2, 0.05])
def test_a_truncated_file_never_gives_a_wrong_card(engine, warm, store_file, keep):
    paths, fresh = warm
    data = store_file.read_bytes()
    store_file.write_bytes(data[:int(len(data) * keep)])
    got, _, notices = stored_run(engine, paths)
    assert as_json(got) == fresh
    assert len(notices) <= 1
    got, _, _ = stored_run(engine, paths)
    assert as_json(got) == fresh


def test_a_damaged_row_is_a_miss(engine, warm, store_file):
    paths, fresh = warm
    with sqlite3.connect(store_file) as db:
        db.execute("UPDATE cards SET payload = substr(payload, 1, 40) || x'00ff00ff' || substr(payload, 45)")
    got, stored, _ = stored_run(engine, paths)
    assert stored == 0 and as_json(got) == fresh


def test_a_store_of_another_version_is_rebuilt(engine, warm, store_file):
    paths, fresh = warm
    with sqlite3.connect(store_file) as db:
        db.execute("PRAGMA user_version = 99")
    got, stored, notices = stored_run(engine, paths)
    assert as_json(got) == fresh and stored == 0
    assert len(notices) == 1 and "another version" in notices[0]


def test_another_programs_database_is_left_alone(engine, corpus, store_file):
    with sqlite3.connect(store_file) as db:
        db.execute("CREATE TABLE notes(body TEXT)")
        db.execute("INSERT INTO notes VALUES ('mine')")
    before = store_file.read_bytes()
    paths = paths_of(corpus)
    got, _, notices = stored_run(engine, paths)
    assert as_json(got) == fresh_json(engine, paths)
    assert len(notices) == 1 and "another program" in notices[0]
    assert store_file.read_bytes() == before


def test_a_folder_that_cannot_be_made_turns_the_store_off(engine, corpus, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("BRIEF_STORE", str(blocker / "store.sqlite3"))  # its folder is a file
    paths = paths_of(corpus)
    got, _, notices = stored_run(engine, paths)
    assert as_json(got) == fresh_json(engine, paths)
    assert len(notices) == 1 and notices[0].startswith("store: off")


def _connect_with(pragma: str):
    real = writer_module.connect

    def connect(path):
        db = real(path)
        db.execute(pragma)
        return db
    return connect


@pytest.mark.parametrize("pragma, words", [("PRAGMA query_only = 1", "readonly"),
                                           ("PRAGMA max_page_count = 2", "full")])
def test_a_read_only_or_full_disk_turns_writing_off(engine, corpus, store_file, monkeypatch, pragma, words):
    """The writer's connection meets a read-only database or a full disk (the real SQLite
    errors, brought on by a pragma): the cards are the engine's, one notice says why."""
    (corpus / "long.txt").write_text("Long report on the harbour\n\n" + "".join(
        f"Inspector number {n} said the quay wall number {n} was sound.\n\n" for n in range(300)))
    paths = paths_of(corpus)
    stored_run(engine, paths[:1])  # the store exists; the other files are new (one needs many pages)
    real = writer_module.connect
    monkeypatch.setattr(writer_module, "connect", _connect_with(pragma))
    got, stored, notices = stored_run(engine, paths)
    assert as_json(got) == fresh_json(engine, paths)
    assert len(notices) == 1 and words in notices[0] and "off for this run" in notices[0]
    monkeypatch.setattr(writer_module, "connect", real)  # not undo(): BRIEF_STORE must stay set
    got, stored, notices = stored_run(engine, paths)
    assert as_json(got) == fresh_json(engine, paths) and notices == []


def test_a_closed_store_takes_nothing_more(engine, corpus, store_file):
    store = open_store()
    store.close()
    paths = paths_of(corpus)
    got, stored, _ = stored_run(engine, paths, store=store)
    assert stored == 0 and as_json(got) == fresh_json(engine, paths)
