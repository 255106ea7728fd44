"""Reopening a folder: stored entries listed from their summaries, read and decoded when used.

A file whose ``stat`` signature the store can vouch for is not read at listing time
(``tui/store/trust.py``); these tests check that this never serves a card for
another text: an edit that puts size and mtime back, an edit within the file
system's time granularity, a file changed after it was listed, other rules, a
damaged row. ``RACY_NS`` is set to 0 where a test needs the files it has just
written to count as old (a real run trusts a file changed at least 2 s before the
store looked at it).
"""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from tui.articles.model import FileStat
from tui.articles.reader import read_article
from tui.store import open_store, trust
from tui.store.entries import StoredEntry
from tui.store.pool import StoredPool
from tui.workspace import Summary

from .conftest import fresh_json, paths_of


def card_json(card) -> str:
    return json.dumps(card.to_json(), ensure_ascii=False, indent=2)


def entries_of(engine, paths, store) -> tuple[list, StoredPool]:
    pool = StoredPool(engine, "default", list(paths), store, workers=0)
    return list(pool.entries()), pool


def filled(engine, paths, store_file) -> None:
    """A cold run that keeps every card (the writer is waited for)."""
    store = open_store(path=store_file)
    entries_of(engine, paths, store)
    store.close()


@pytest.fixture
def engine(default_engine):
    return default_engine


@pytest.fixture
def old_enough(monkeypatch):
    """Files written by the test count as changed long before the store looked at them."""
    monkeypatch.setattr(trust, "RACY_NS", 0)


def test_a_stored_entry_decodes_to_the_fresh_card_byte_for_byte(engine, corpus, store_file, old_enough):
    paths = paths_of(corpus)
    filled(engine, paths, store_file)
    store = open_store(path=store_file)
    entries, pool = entries_of(engine, paths, store)
    assert pool.stored == len(paths)
    assert all(isinstance(e, StoredEntry) and not e.loaded for e in entries)  # listed, nothing read
    for entry, path in zip(entries, paths):
        fresh = read_article(path)
        fresh_card = engine.card(fresh)
        assert entry.summary == Summary.of(fresh, fresh_card)  # the row, before any decoding
        assert entry.path == str(path) and entry.ok and not entry.loaded
        assert card_json(entry.card) == card_json(fresh_card)  # lazy = eager, byte for byte
        article = entry.article
        assert (article.text, article.title, article.title_span, article.outlet, article.date, article.author,
                article.url, article.body_start, article.warnings) == (
            fresh.text, fresh.title, fresh.title_span, fresh.outlet, fresh.date, fresh.author,
            fresh.url, fresh.body_start, fresh.warnings)
    store.close()


def test_a_new_file_is_not_trusted_until_it_is_older_than_the_store_s_look(engine, corpus, store_file):
    """With the real margin, files written just now are read and hashed again (not listed
    from their stat); the check time kept then lets a later run trust them."""
    paths = paths_of(corpus)
    filled(engine, paths, store_file)
    store = open_store(path=store_file)
    entries, pool = entries_of(engine, paths, store)
    assert pool.stored == len(paths) and not any(isinstance(e, StoredEntry) for e in entries)
    store.close()


def test_an_edit_that_puts_size_and_mtime_back_is_carded_afresh(engine, corpus, store_file, old_enough):
    paths = paths_of(corpus)
    filled(engine, paths, store_file)
    target = corpus / "harbour.txt"
    before = os.stat(target)
    text = target.read_text(encoding="utf-8")
    edited = text.replace("Monday", "Friday")
    assert len(edited.encode()) == len(text.encode()) and edited != text
    target.write_text(edited, encoding="utf-8")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # the mtime forced back
    assert os.stat(target).st_size == before.st_size and os.stat(target).st_mtime_ns == before.st_mtime_ns
    store = open_store(path=store_file)
    entries, pool = entries_of(engine, paths, store)
    assert [card_json(e.card) for e in entries] == fresh_json(engine, paths)
    index = paths.index(target)
    assert not isinstance(entries[index], StoredEntry)  # the ctime gave it away
    assert pool.stored == len(paths) - 1
    store.close()


def _pretend_the_store_saw(store_file, path, checked_ns: int) -> None:
    """Write the file's current signature into the store against its old text, as a
    store whose ``stat`` fell in the same clock tick as the edit would have kept it."""
    now = FileStat.of(path)
    db = sqlite3.connect(store_file)
    with db:
        db.execute("UPDATE files SET size = ?, mtime_ns = ?, ctime_ns = ?, ino = ?, checked_ns = ? WHERE path = ?",
                   (now.size, now.mtime_ns, now.ctime_ns, now.ino, checked_ns, str(path)))
    db.close()


def _edit_same_size(path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Monday", "Friday"), encoding="utf-8")


def test_a_signature_taken_in_the_same_tick_as_an_edit_is_not_trusted(engine, corpus, store_file):
    paths = paths_of(corpus)
    filled(engine, paths, store_file)
    target = corpus / "harbour.txt"
    _edit_same_size(target)
    edited = FileStat.of(target)
    _pretend_the_store_saw(store_file, target, max(edited.mtime_ns, edited.ctime_ns) + trust.RACY_NS // 2)
    store = open_store(path=store_file)
    entries, _ = entries_of(engine, paths, store)
    assert not isinstance(entries[paths.index(target)], StoredEntry)
    assert [card_json(e.card) for e in entries] == fresh_json(engine, paths)
    store.close()


def test_a_trusted_signature_on_other_text_still_gives_the_text_s_own_card(engine, corpus, store_file):
    """The second net: even a signature wrongly trusted (a clock far off) only lists the old
    row; the entry hashes the text it reads and cards it afresh (and keeps that card)."""
    paths = paths_of(corpus)
    filled(engine, paths, store_file)
    target = corpus / "harbour.txt"
    _edit_same_size(target)
    _pretend_the_store_saw(store_file, target, FileStat.of(target).ctime_ns + 10 * trust.RACY_NS)
    store = open_store(path=store_file)
    entries, _ = entries_of(engine, paths, store)
    entry = entries[paths.index(target)]
    assert isinstance(entry, StoredEntry) and not entry.loaded
    assert [card_json(e.card) for e in entries] == fresh_json(engine, paths)
    assert entry.summary == Summary.of(entry.article, entry.card)  # the row follows the new card
    store.flush(10)
    assert store.card(read_article(target), _rules(engine)) is not None  # the new card was kept
    store.close()


def test_a_file_changed_after_it_was_listed_is_carded_when_used(engine, corpus, store_file, old_enough):
    paths = paths_of(corpus)
    filled(engine, paths, store_file)
    store = open_store(path=store_file)
    entries, _ = entries_of(engine, paths, store)
    target = corpus / "ferry.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nBrandvold denied that the ferry was sold.\n",
                      encoding="utf-8")
    entry = entries[paths.index(target)]
    assert not entry.loaded
    assert card_json(entry.card) == card_json(engine.card(read_article(target)))
    assert "sold" in entry.article.text
    store.close()


def _rules(engine) -> str:
    from tui.store.keys import rules_key

    return rules_key(engine.brief)


def test_other_rules_are_not_served_from_the_fast_path(engine, track_two_engine, corpus, store_file, old_enough):
    paths = paths_of(corpus)
    filled(engine, paths, store_file)
    other = track_two_engine
    assert _rules(other) != _rules(engine)
    store = open_store(path=store_file)
    entries, pool = entries_of(other, paths, store)
    assert pool.stored == 0 and not any(isinstance(e, StoredEntry) for e in entries)
    assert [card_json(e.card) for e in entries] == fresh_json(other, paths)
    store.close()


@pytest.mark.parametrize("column", ["summary", "payload", "digest"])
def test_a_damaged_row_is_a_miss_not_a_wrong_row(engine, corpus, store_file, old_enough, column):
    paths = paths_of(corpus)
    filled(engine, paths, store_file)
    db = sqlite3.connect(store_file)
    with db:
        db.execute(f"UPDATE cards SET {column} = ?", (b"\x00garbage",))
    db.close()
    store = open_store(path=store_file)
    entries, pool = entries_of(engine, paths, store)
    assert pool.stored == 0 and not any(isinstance(e, StoredEntry) for e in entries)
    assert [card_json(e.card) for e in entries] == fresh_json(engine, paths)
    store.close()


def test_the_check_time_is_taken_before_the_file_is_read(corpus):
    """A write after the read must not be recorded as what was read: the signature that is
    kept is the one taken before the bytes (read_article keeps it on the article)."""
    article = read_article(corpus / "harbour.txt")
    assert article.stat is not None
    assert article.stat.same_file(FileStat.of(corpus / "harbour.txt"))
    assert article.stat.checked_ns <= FileStat.of(corpus / "harbour.txt").checked_ns
