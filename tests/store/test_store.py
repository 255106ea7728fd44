"""The store gives back, byte for byte, the cards the engine makes; and only for the same
text and rules."""

from __future__ import annotations

import os

import pytest

from tui.cards.engine import CardEngine
from tui.rules.loader import load_brief
from tui.store import keys, open_store
from tui.store.location import store_path

from conftest import BRIEFS
from .conftest import as_json, fresh_json, paths_of, stored_run


@pytest.fixture(scope="module")
def engine():
    return CardEngine(load_brief(str(BRIEFS / "default.yaml")))


def test_round_trip_gives_the_fresh_cards_byte_for_byte(engine, corpus, store_file):
    paths = paths_of(corpus)
    first, stored, _ = stored_run(engine, paths)
    assert stored == 0 and store_file.exists()
    again, stored, notices = stored_run(engine, paths)
    assert stored == len(paths) and notices == []
    assert as_json(again) == as_json(first) == fresh_json(engine, paths)
    # the dataclasses themselves are equal (tuples stay tuples), and so are the articles
    assert [c for _, c in again] == [c for _, c in first]
    assert [a for a, _ in again] == [a for a, _ in first]
    assert [a.title for a, _ in again] == ["Council budget passes after long night",
                                           "Ferry link to Osterholm delayed again",
                                           "Harbour board rejects dredging claims"]


def test_an_edited_file_is_carded_again(engine, corpus, store_file):
    paths = paths_of(corpus)
    stored_run(engine, paths)
    edited = corpus / "ferry.txt"
    edited.write_text(edited.read_text().replace("Ilse Brandvold", "Ilse Brandvoll"))
    got, stored, _ = stored_run(engine, paths)
    assert stored == len(paths) - 1
    assert as_json(got) == fresh_json(engine, paths)
    assert "Ilse Brandvoll" in as_json(got)[1]


def test_an_edit_that_keeps_size_and_time_is_still_seen(engine, corpus, store_file):
    """The store's note of a file's size and time only routes work: the text is checked."""
    paths = paths_of(corpus)
    stored_run(engine, paths)
    edited = corpus / "harbour.txt"
    st = edited.stat()
    edited.write_text(edited.read_text().replace("Monday", "Friday"))
    os.utime(edited, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert edited.stat().st_size == st.st_size
    got, stored, _ = stored_run(engine, paths)
    assert stored == len(paths) - 1
    assert as_json(got) == fresh_json(engine, paths)


def test_a_touched_file_is_taken_from_the_store(engine, corpus, store_file):
    paths = paths_of(corpus)
    stored_run(engine, paths)
    os.utime(corpus / "harbour.txt", ns=(1, 1))
    got, stored, _ = stored_run(engine, paths)
    assert stored == len(paths)
    assert as_json(got) == fresh_json(engine, paths)


def test_other_rules_make_other_cards(engine, corpus, store_file, tmp_path):
    paths = paths_of(corpus)
    stored_run(engine, paths)
    brief = tmp_path / "local.yaml"
    brief.write_text("name: local\ntitle: Local\nextends: default\nactors:\n"
                     "  - {name: Tarn Harbour Board, kind: org, aliases: [Harbour Board]}\n")
    other = CardEngine(load_brief(str(brief)))
    got, stored, _ = stored_run(other, paths)
    assert stored == 0
    assert as_json(got) == fresh_json(other, paths) != fresh_json(engine, paths)
    got, stored, _ = stored_run(engine, paths)  # the first rules' cards are still kept
    assert stored == len(paths)


def test_another_engine_makes_other_cards(engine, corpus, store_file, monkeypatch):
    paths = paths_of(corpus)
    stored_run(engine, paths)
    monkeypatch.setattr(keys, "engine_digest", lambda: "changed-code")
    _, stored, _ = stored_run(engine, paths)
    assert stored == 0


def test_a_card_cut_short_is_not_kept(engine, corpus, store_file, monkeypatch):
    paths = paths_of(corpus)
    original = CardEngine.card

    def cut_short(self, article):
        card = original(self, article)
        card.warnings.append("rule x ran out of time")
        return card

    monkeypatch.setattr(CardEngine, "card", cut_short)
    stored_run(engine, paths)
    monkeypatch.setattr(CardEngine, "card", original)
    _, stored, _ = stored_run(engine, paths)
    assert stored == 0


def test_the_variable_and_the_option_turn_the_store_off(engine, corpus, monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEF_STORE", "off")
    assert store_path() is None and not open_store().enabled
    monkeypatch.setenv("BRIEF_STORE", str(tmp_path / "s.sqlite3"))
    assert store_path(no_store=True) is None
    assert store_path() == tmp_path / "s.sqlite3"
    monkeypatch.delenv("BRIEF_STORE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert store_path() == tmp_path / "xdg" / "briefing-reader" / "store-2.sqlite3"
