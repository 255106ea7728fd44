"""The overview of a large folder: progress on screen, Esc stops the work, tables in batches."""

from __future__ import annotations

import importlib
import random
import shutil
import time

from textual.widgets import DataTable, Static

from tui.app.app import make_app
from tui.app.screens.overview import OverviewScreen
from tui.app.screens.reader import ReaderScreen
from tui.comparison import progress as progress_module

from .conftest import SEEDS_BRIEF, SEEDS_DIR, SIZE, wait_loaded
from .test_compare_screens import wait_for_screen

overview_module = importlib.import_module("tui.comparison.overview")  # the package's name is the function


def large_folder(tmp_path, count: int):
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    for i in range(count):
        shutil.copyfile(seeds[i % len(seeds)], tmp_path / f"{i:03d}_{seeds[i % len(seeds)].name}")
    return tmp_path


def invented_folder(tmp_path, count: int):
    """Articles whose statements all differ (copies would be one statement to compare)."""
    rng = random.Random(5)

    def word() -> str:
        return "".join(rng.choice("bcdfglmnprst") + rng.choice("aeiou") for _ in range(3))

    for i in range(count):
        lines = [f"Mayor John Smith said that the {word()} council would {word()} the {word()} budget."
                 for _ in range(5)]
        (tmp_path / f"{i:03d}.txt").write_text("Council row\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def status(screen) -> str:
    return str(screen.query_one("#overview-status", Static).render())


async def test_esc_during_the_overview_returns_at_once_and_stops_the_work(tmp_path, seed_engine, monkeypatch):
    folder = invented_folder(tmp_path, 70)  # above the size computed at once
    calls = 0
    real = overview_module.similarity

    def slow(a, b, weight=None):
        nonlocal calls
        calls += 1
        time.sleep(0.002)
        return real(a, b, weight)

    monkeypatch.setattr(overview_module, "similarity", slow)
    monkeypatch.setattr(progress_module, "EVERY", 1)
    app = make_app([str(folder)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("o")
        screen = await wait_for_screen(pilot, OverviewScreen)
        waited = 0.0
        while "comparing statements" not in status(screen) and waited < 20:
            await pilot.pause(0.02)
            waited += 0.02
        assert "comparing statements" in status(screen) and " / " in status(screen)
        started = time.monotonic()
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, ReaderScreen)
        assert time.monotonic() - started < 1.0
        await pilot.pause(0.3)
        stopped_at = calls
        await pilot.pause(0.5)
        assert calls - stopped_at <= 1, "the overview kept computing after Esc"


async def test_a_large_set_shows_totals_and_top_articles_not_a_column_per_article(tmp_path, seed_engine):
    folder = large_folder(tmp_path, 30)
    app = make_app([str(folder)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("o")
        screen = await wait_for_screen(pilot, OverviewScreen)
        await pilot.pause(0.2)
        table = screen.query_one("#overview-actors", DataTable)
        keys = [str(k.value) for k in table.columns]
        assert keys == ["actor", "kind", "total", "in", "most"]
        assert table.row_count == len(screen.overview.actors)
        lavrov = next(i for i, r in enumerate(screen.actor_rows) if "Lavrov" in r.name)
        assert str(table.get_row_at(lavrov)[3]) == "30"  # every copy names him
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)
