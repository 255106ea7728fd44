"""The footer: help and quit first, and its keys rebuilt only when they change."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from tui.app.app import make_app
from tui.app.screens.overview import OverviewScreen
from tui.app.screens.reader import ReaderScreen
from tui.commands.common import SEEDS_BRIEF, SEEDS_DIR

from .conftest import wait_loaded


def _app(engine):
    return make_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=engine, watch=False)


def _keys(screen) -> list[FooterKey]:
    return list(screen.query(FooterKey))


async def test_help_and_quit_come_first_at_80_columns(seed_engine):
    async with _app(seed_engine).run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        assert [k.key for k in _keys(pilot.app.screen)[:2]] == ["question_mark", "q"]


async def test_returning_to_the_reader_keeps_its_footer_keys(seed_engine):
    """Esc from the overview shows the reader's keys as they were, without mounting them again
    (on 2,000 articles that remount and the extra layout were a fifth of the Esc)."""
    async with _app(seed_engine).run_test(size=(120, 36)) as pilot:
        await wait_loaded(pilot)
        reader = pilot.app.screen
        before = _keys(reader)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(pilot.app.screen, OverviewScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert pilot.app.screen is reader
        after = _keys(reader)
        assert [k.key for k in after] == [k.key for k in before]
        assert all(a is b for a, b in zip(after, before))


async def test_footer_follows_keys_that_change(seed_engine):
    """Focus in the search field hides the reader's letter keys; leaving it shows them again."""
    async with _app(seed_engine).run_test(size=(120, 36)) as pilot:
        await wait_loaded(pilot)
        reader = pilot.app.screen
        assert isinstance(reader, ReaderScreen)
        full = [k.key for k in _keys(reader)]
        assert "o" in full and "slash" in full
        await pilot.press("slash")
        await pilot.pause()
        await pilot.pause()
        assert "o" not in [k.key for k in _keys(reader)]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert [k.key for k in _keys(reader)] == full
