"""Search everything (f): the store's index of the open folder, opened at the words."""

from __future__ import annotations

from textual.widgets import Input, OptionList, Static

from tui.app.app import make_app
from tui.app.screens.reader import ReaderScreen
from tui.app.screens.search_all import SearchAllScreen
from tui.store import Store, open_store

from .conftest import SEEDS_BRIEF, SEEDS_DIR, SIZE, wait_loaded, wait_until


def status(screen) -> str:
    return str(screen.query_one("#search-all-status", Static).render())


async def search_for(pilot, query: str) -> SearchAllScreen:
    """Open the screen and type the query until the (asynchronously written) index answers."""
    await pilot.press("f")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, SearchAllScreen))
    screen = pilot.app.screen
    for _ in range(40):  # the store's writer may still be indexing the cards just made
        screen.query_one(Input).value = query
        await wait_until(pilot, lambda: " hit" in status(screen), 3.0)
        if screen.hits:
            return screen
        screen.query_one(Input).value = ""
        await pilot.pause(0.2)
    return screen


def store_in(tmp_path) -> Store:
    """A store of the test's own (these tests need one whatever BRIEF_STORE says)."""
    return open_store(path=tmp_path / "store.sqlite3")


async def test_statements_by_a_speaker_open_the_article_at_their_words(seed_engine, tmp_path):
    app = make_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=seed_engine, watch=False, store=store_in(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = await search_for(pilot, "ukraine by:kirby")
        assert screen.hits and "hits in" in status(screen)
        assert all(h.kind in ("claim", "denial") and "Kirby" in (h.speaker or "") for h in screen.hits)
        assert all("ukraine" in h.words.lower() for h in screen.hits)
        await pilot.press("enter")  # from the box to the hits
        assert screen.query_one(OptionList).has_focus
        await pilot.press("j", "enter")
        hit = screen.hits[1]
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        reader = app.screen
        assert str(SEEDS_DIR / app.files[reader.current].name) == hit.path
        entry = app.workspace.entries[reader.current]
        assert entry.article.text[hit.start:hit.end] == hit.words


async def test_words_find_lines_and_is_denial_only_denials(seed_engine, tmp_path):
    app = make_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=seed_engine, watch=False, store=store_in(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = await search_for(pilot, "Lavrov")
        assert screen.hits and all(h.kind == "text" and "lavrov" in h.words.lower() for h in screen.hits)
        assert {h.path for h in screen.hits} >= {str(f) for f in app.files[1:4]}  # several articles
        screen.query_one(Input).value = "is:denial"
        await wait_until(pilot, lambda: screen.hits and all(h.kind == "denial" for h in screen.hits))
        assert screen.hits and all(h.kind == "denial" for h in screen.hits)
        screen.query_one(Input).value = "is:nonsense talks"
        await wait_until(pilot, lambda: "is:nonsense is not a kind" in status(screen))
        assert "is:nonsense is not a kind" in status(screen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_without_a_store_it_says_so(seed_engine):
    app = make_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=seed_engine, watch=False, store=Store(None, None))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, SearchAllScreen))
        assert "needs the corpus store, which is off" in status(app.screen)
        await pilot.press(*"kirby")
        await pilot.pause(0.4)
        assert app.screen.hits == []


def test_a_hit_says_where_and_who_before_the_title_a_narrow_screen_cuts():
    from tui.app.screens.search_all import hit_prompt
    from tui.store.search import Hit

    hit = Hit("/x/a.txt", 12, 100, 105, "denial", "Ann Roe", "the audit is wrong", -1.0)
    first, second = hit_prompt(hit, "007", "A very long title\nthat goes on").plain.split("\n")
    assert first.startswith("007 line 12 denial · Ann Roe · A very long title that goes on")
    assert second == "    the audit is wrong"
    line = Hit("/x/a.txt", 3, 40, 45, "text", None, "x " * 40 + "audit here", -1.0, at=80)
    assert hit_prompt(line, "001", "T").plain.split("\n")[1].startswith("    …")
