"""Search across stored articles: words, speakers by alias, claims and denials, paths."""

from __future__ import annotations

import json

import pytest

from tui.cards.engine import CardEngine
from tui.rules.loader import load_brief
from tui.store import open_store
from tui.store.keys import rules_key
from tui.store.query import match_expression, speaker_expression
from tui.store.search import Scope, SearchError, search

from conftest import BRIEFS, run_brief
from .conftest import paths_of, stored_run


@pytest.fixture(scope="module")
def engine():
    return CardEngine(load_brief(str(BRIEFS / "default.yaml")))


@pytest.fixture
def db(engine, corpus, store_file):
    stored_run(engine, paths_of(corpus))
    store = open_store()
    yield store.connection()
    store.close()


def test_user_words_never_become_query_syntax():
    assert match_expression("Kirby's audit") == '"kirby s" AND "audit"'
    assert match_expression('"night shifts" OR ferry dredg*') == '("night shifts" OR "ferry") AND "dredg"*'
    assert match_expression('AND ) ( " NEAR') == '"and" AND "near"'
    assert match_expression("  -- ") is None
    assert speaker_expression("Velkova") == '{speaker aliases} : "velkova"'


def test_words_find_lines_ranked_with_their_speakers(db, corpus):
    hits = search(db, "islands")
    assert {h.path.rsplit("/", 1)[1] for h in hits} == {"ferry.txt", "budget.md"}
    ferry = next(h for h in hits if h.path.endswith("ferry.txt"))
    text = (corpus / "ferry.txt").read_text()
    assert text[ferry.start:ferry.end] == "islands"
    assert ferry.line == text[:ferry.start].count("\n") + 1
    assert ferry.speaker == "Ilse Brandvold" and ferry.kind == "text"
    assert search(db, "dredging plan")[0].speaker == "Marta Velkova"
    assert search(db, '"plan dredging"') == []  # a phrase keeps its order


def test_a_speaker_filter_matches_aliases(db):
    hits = search(db, "", speaker="Brandvold")
    assert {h.speaker for h in hits} == {"Ilse Brandvold"} and len(hits) == 2
    assert [h.words for h in search(db, "spring", speaker="Brandvold")] == [
        "the new ferry would not sail before the spring"]
    assert search(db, "spring", speaker="Kaldor") == []
    assert {h.path.rsplit("/", 1)[1] for h in search(db, "islands", speaker="Piet Kaldor")} == {"budget.md"}


def test_claims_and_denials(db):
    denials = search(db, "", kind="denial")
    assert [(h.speaker, h.words) for h in denials] == [("Anouk Demir", "the harbour fund had been cut")]
    assert search(db, "harbour", kind="claim") == []
    assert all(h.kind == "claim" for h in search(db, "", kind="claim"))


def test_paths_and_rules_narrow_the_search(db, corpus, engine):
    only = Scope(paths=[str(corpus / "ferry.txt")])
    assert {h.path for h in search(db, "islands", only)} == {str(corpus / "ferry.txt")}
    assert search(db, "islands", Scope(rules="other-rules"), speaker="Kaldor") == []
    assert search(db, "islands", Scope(rules=rules_key(engine.brief)), speaker="Kaldor")


def test_an_edited_file_is_searched_as_it_is_now(engine, db, corpus):
    (corpus / "ferry.txt").write_text("Ferry link opens\n\nThe mayor said the ferry sails at dawn.\n")
    stored_run(engine, paths_of(corpus))
    assert search(db, "dawn") and not search(db, "Brandvold")


def test_a_query_without_words_is_one_line(db):
    with pytest.raises(SearchError, match="no words"):
        search(db, "?!")


def test_brief_search_cards_new_files_and_prints_hits(corpus, store_file):
    result = run_brief("search", "islands", str(corpus), "--speaker", "Kaldor")
    assert result.returncode == 0, result.stderr
    assert "budget.md:" in result.stdout and "Piet Kaldor" in result.stdout
    assert "Traceback" not in result.stderr
    as_json = run_brief("search", "islands", "--json")  # everything stored, now without paths
    hits = json.loads(as_json.stdout)
    assert {h["file"].rsplit("/", 1)[1] for h in hits} == {"ferry.txt", "budget.md"}
    assert {"file", "line", "start", "end", "kind", "speaker", "words", "rank"} <= set(hits[0])
    nothing = run_brief("search", "zeppelin", str(corpus))
    assert nothing.returncode == 1 and nothing.stdout == ""
    bad = run_brief("search", '"', str(corpus))
    assert bad.returncode == 2 and "no words" in bad.stderr


def test_brief_search_needs_the_store(corpus):
    result = run_brief("search", "islands", str(corpus), env_extra={"BRIEF_STORE": "off"})
    assert result.returncode == 2 and "needs the store" in result.stderr


@pytest.mark.parametrize("line, words, speaker, kind", [
    ("audit by:Kirby", "audit", "Kirby", None),
    ('by:"John Kirby" is:denials talks', "talks", "John Kirby", "denial"),
    ("IS:Claim budget", "budget", None, "claim"),
    ("nearby:x plain", "nearby:x plain", None, None),  # a filter starts a word
])
def test_a_search_box_line_is_words_and_filters(line, words, speaker, kind):
    from tui.store.query import parse_request

    request = parse_request(line)
    assert (request.words, request.speaker, request.kind, request.problem) == (words, speaker, kind, None)


def test_an_unknown_kind_is_said_and_the_words_still_count():
    from tui.store.query import parse_request

    request = parse_request("is:quote budget")
    assert request.words == "budget" and request.kind is None
    assert request.problem == "is:quote is not a kind; use is:claim or is:denial"


def test_a_scope_that_leaves_out_the_best_matches_still_finds_the_rest(db, corpus, monkeypatch):
    """The best-ranked matches are checked against the scope first; when too few of them are
    in it, every match is (here the one candidate read is outside the scope)."""
    from tui.store import search as search_module

    monkeypatch.setattr(search_module, "CANDIDATES", 1)
    everywhere = search(db, "islands", limit=1)
    other = next(p for p in (corpus / "ferry.txt", corpus / "budget.md") if str(p) != everywhere[0].path)
    hits = search(db, "islands", Scope(paths=[str(other)]), limit=1)
    assert [h.path for h in hits] == [str(other)]
    said = search(db, "", Scope(paths=[str(other)]), speaker="Kaldor", limit=1)
    assert all(h.path == str(other) for h in said)


@pytest.mark.parametrize("query, text, marked", [
    ("islands", "Three Islands wait", "Islands"),
    ('"prime minister" said', "the Prime Minister said so", "Prime Minister said"),
    ("elect*", "after the elections, the elected", "elections"),
    ("ferry", "no such word", ""),
])
def test_a_hit_marks_the_first_run_of_the_query_words(query, text, marked):
    from tui.store.query import first_match, query_words

    start, end = first_match(text, query_words(query))
    assert text[start:end] == marked
