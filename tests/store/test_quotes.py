"""The quote tracker: verbatim and reworded quotes, and which words differ."""

from __future__ import annotations

import pytest

from tui.cards.engine import CardEngine
from tui.rules.loader import load_brief
from tui.store import open_store
from tui.store.quotes import track_quote
from tui.store.search import Scope, SearchError

from conftest import BRIEFS, run_brief
from .conftest import paths_of, stored_run


@pytest.fixture(scope="module")
def engine():
    return CardEngine(load_brief(str(BRIEFS / "default.yaml")))


def tracked(engine, folder, quote):
    stored_run(engine, paths_of(folder))
    store = open_store()
    try:
        return track_quote(store.connection(), quote, Scope(paths=[str(p) for p in paths_of(folder)]))
    finally:
        store.close()


def test_verbatim_and_reworded_with_the_words_that_differ(engine, corpus, store_file):
    hits = tracked(engine, corpus, "nothing about the islands without the islands")
    assert [(h.path.rsplit("/", 1)[1], h.verbatim) for h in hits] == [("ferry.txt", True), ("budget.md", False)]
    assert hits[0].words == "Nothing about the islands without the islands"
    assert hits[1].differences == ('added "can be settled"',)
    text = (corpus / "budget.md").read_text()
    assert text[hits[1].start:hits[1].end] == "Nothing about the islands can be settled without the islands"


def test_a_changed_word_is_named(engine, corpus, store_file):
    (corpus / "later.txt").write_text("Ferry row goes on\n\nThe minister said: \u201cNothing about "
                                      "the isles without the islands.\u201d\n")
    hits = tracked(engine, corpus, "nothing about the islands without the islands")
    later = next(h for h in hits if h.path.endswith("later.txt"))
    assert later.differences == ('"islands" -> "isles"',)


def test_sentences_that_only_share_some_words_are_not_the_quote(engine, corpus, store_file):
    (corpus / "other.txt").write_text("Islands vote\n\nThe vote on the islands went ahead without the mayor "
                                      "and nothing more was said about it.\n\n"
                                      "Kaldor spoke about the islands without the minister present.\n")
    hits = tracked(engine, corpus, "nothing about the islands without the islands")
    assert not any(h.path.endswith("other.txt") for h in hits)
    assert tracked(engine, corpus, "a ferry timetable for the winter") == []


def test_a_one_word_quote_is_refused(engine, corpus, store_file):
    stored_run(engine, paths_of(corpus))
    store = open_store()
    try:
        with pytest.raises(SearchError):
            track_quote(store.connection(), "islands")
    finally:
        store.close()


def test_the_seed_family_of_nothing_about_ukraine(seeds_dir, tmp_path, monkeypatch):
    """One quote, three seed articles, three wordings: verbatim (000), with "is complete"
    added (001), and the fate-of-Ukraine version (002)."""
    monkeypatch.setenv("BRIEF_STORE", str(tmp_path / "seeds.sqlite3"))
    result = run_brief("search", "--quote", "nothing about Ukraine without Ukraine", str(seeds_dir), "--json")
    assert result.returncode == 0, result.stderr
    import json

    hits = json.loads(result.stdout)
    by_file = {}
    for h in hits:
        by_file.setdefault(h["file"].rsplit("/", 1)[1][:3], []).append(h)
    assert {"000", "001", "002"} <= set(by_file)
    assert "004" not in by_file
    assert any(h["verbatim"] for h in by_file["000"])
    assert {tuple(h["differences"]) for h in by_file["001"]} == {('added "is complete"',)}
    assert ('"nothing about" -> "fate of"', 'added "cannot be decided"') in {tuple(h["differences"])
                                                                           for h in by_file["002"]}
    assert not any(h["verbatim"] for h in by_file["001"] + by_file["002"])
    text = run_brief("search", "--quote", "nothing about Ukraine without Ukraine", str(seeds_dir))
    assert "verbatim" in text.stdout and "carry the quote" in text.stderr
