"""Large folders: overview and export preview show progress, Esc stops the work, tables fill in batches."""

from __future__ import annotations

import importlib
import random
import shutil
import time

from textual.widgets import DataTable, Label, Static

from tui.app.app import make_app
from tui.app.screens.export import ExportScreen
from tui.app.screens.overview import OverviewScreen
from tui.app.screens.reader import ReaderScreen
from tui.app.widgets.markdown_lines import MarkdownLines
from tui.comparison import progress as progress_module

from .conftest import SEEDS_BRIEF, SEEDS_DIR, SIZE, wait_loaded, wait_until
from .test_compare_screens import wait_for_screen

overview_module = importlib.import_module("tui.comparison.overview")  # the package's name is the function


def large_folder(tmp_path, count: int):
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    for i in range(count):
        shutil.copyfile(seeds[i % len(seeds)], tmp_path / f"{i:03d}_{seeds[i % len(seeds)].name}")
    return tmp_path


def invented_folder(tmp_path, count: int):
    """Articles whose statements differ (copies would be one statement to compare)."""
    rng = random.Random(5)
    vocabulary = ["".join(rng.choice("bcdfglmnprst") + rng.choice("aeiou") for _ in range(3)) for _ in range(60)]

    def word() -> str:  # from a small vocabulary: many statements share two words, so there is work
        return rng.choice(vocabulary)

    for i in range(count):
        lines = [f"Mayor John Smith said that the {word()} council would {word()} the {word()} budget."
                 for _ in range(5)]
        (tmp_path / f"{i:03d}.txt").write_text("Council row\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def status(screen) -> str:
    return str(screen.query_one("#overview-status", Static).render())


def slow_comparisons(monkeypatch) -> list[int]:
    """Make each statement comparison slow and report progress on every item; returns a
    one-item list counting the comparisons made."""
    calls = [0]
    real = overview_module.similarity

    def slow(a, b, weight=None):
        calls[0] += 1
        time.sleep(0.05)
        return real(a, b, weight)

    monkeypatch.setattr(overview_module, "similarity", slow)
    monkeypatch.setattr(progress_module, "EVERY", 1)
    return calls


async def esc_stops_the_work(pilot, key: str, screen_class, status_of, calls: list[int]) -> None:
    await wait_loaded(pilot)
    await pilot.press(key)
    screen = await wait_for_screen(pilot, screen_class)
    await wait_until(pilot, lambda: "comparing statements" in status_of(screen))
    assert "comparing statements" in status_of(screen) and " / " in status_of(screen)
    started = time.monotonic()
    await pilot.press("escape")
    assert isinstance(pilot.app.screen, ReaderScreen)
    assert time.monotonic() - started < 3.0  # generous: this machine is shared; the work takes far longer
    await pilot.pause(0.3)
    stopped_at = calls[0]
    await pilot.pause(0.5)
    assert calls[0] - stopped_at <= 1, "the work went on after Esc"


async def test_esc_during_the_overview_returns_at_once_and_stops_the_work(tmp_path, seed_engine, monkeypatch):
    folder = invented_folder(tmp_path, 70)  # above the size computed at once
    calls = slow_comparisons(monkeypatch)
    app = make_app([str(folder)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await esc_stops_the_work(pilot, "o", OverviewScreen, status, calls)


async def test_esc_during_the_export_preview_returns_at_once_and_stops_the_work(tmp_path, seed_engine, monkeypatch):
    folder = invented_folder(tmp_path, 70)
    calls = slow_comparisons(monkeypatch)
    app = make_app([str(folder)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await esc_stops_the_work(pilot, "e", ExportScreen,
                                 lambda s: str(s.query_one("#export-status", Label).render()), calls)


async def test_a_large_preview_leaves_out_cards_and_most_sources_but_saves_them(tmp_path, seed_engine, monkeypatch):
    from tui.briefing import render as render_module

    monkeypatch.setattr(render_module, "PREVIEW_SOURCES", 10)
    folder = invented_folder(tmp_path, 40)
    app = make_app([str(folder)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("e")
        screen = await wait_for_screen(pilot, ExportScreen)
        await wait_until(pilot, lambda: screen.text is not None)
        preview = screen.query_one("#export-preview", MarkdownLines).source
        assert "## Articles" in screen.text and "## Articles" not in preview
        assert "30 more articles in the saved briefing" in preview
        assert "| 039 | Council row |" in screen.text and "| 039 | Council row |" not in preview
        assert "| 009 | Council row |" in preview


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


async def test_an_overview_of_part_of_a_folder_says_so(seed_engine):
    """Opened while cards still load (5 of 7 here), the overview says what it leaves out."""
    from textual.app import App

    from tui.workspace import Workspace

    workspace = Workspace.load([str(SEEDS_DIR)], seed_engine)

    class Host(App):
        def on_mount(self) -> None:
            self.push_screen(OverviewScreen(workspace, folder_size=7))

    async with Host().run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, OverviewScreen) and "actors" in status(pilot.app.screen))
        assert "only 5 of 7 articles loaded; o again once all are in" in status(pilot.app.screen)


async def test_a_long_actor_name_leaves_the_counts_on_an_80_column_screen(tmp_path, seed_engine):
    folder = large_folder(tmp_path, 14)
    (folder / "zz_long.txt").write_text(
        "Union row\n\nThe International Federation of Retired Railway Signal Engineers and Their Families "
        "said on Monday that the plan would fail.\n", encoding="utf-8")
    app = make_app([str(folder)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("o")
        screen = await wait_for_screen(pilot, OverviewScreen)
        await wait_until(pilot, lambda: screen.actor_rows)
        assert max(len(r.name) for r in screen.actor_rows) > 50
        table = screen.query_one("#overview-actors", DataTable)
        widths = [c.get_render_width(table) for c in table.columns.values()]
        assert sum(widths[:4]) <= 80  # actor, kind, total and in are on screen


def count_overviews(monkeypatch) -> list[int]:
    """Count the overviews the screen computes; returns a one-item list."""
    from tui.app.screens import overview as screen_module

    made = [0]
    real = screen_module.overview_of

    def counted(*args, **kwargs):
        made[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(screen_module, "overview_of", counted)
    return made


async def test_the_overview_comes_back_as_it_was_left_when_nothing_changed(seed_engine, monkeypatch):
    """Esc hides the overview; o shows the same one again, sort included, without computing it."""
    made = count_overviews(monkeypatch)
    app = make_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("o")
        screen = await wait_for_screen(pilot, OverviewScreen)
        await wait_until(pilot, lambda: screen.complete)
        await pilot.press("S")  # total -> articles
        assert screen.sort_key == "articles"
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, ReaderScreen)
        await pilot.press("o")
        assert pilot.app.screen is screen and screen.sort_key == "articles"
        assert made[0] == 1
        assert "sorted by articles naming it" in status(screen)
        # another set of articles (a reload of the rules makes a new workspace): computed anew
        from tui.workspace import Workspace

        screen.show_for(Workspace.load([str(SEEDS_DIR)], seed_engine))
        await wait_until(pilot, lambda: screen.complete)
        assert made[0] == 2


async def test_esc_during_the_overview_drops_it_and_o_starts_it_again(tmp_path, seed_engine, monkeypatch):
    folder = invented_folder(tmp_path, 70)
    calls = slow_comparisons(monkeypatch)
    app = make_app([str(folder)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await esc_stops_the_work(pilot, "o", OverviewScreen, status, calls)
        stopped_at = calls[0]
        await pilot.press("o")
        screen = await wait_for_screen(pilot, OverviewScreen)
        assert screen.overview is None
        await wait_until(pilot, lambda: calls[0] > stopped_at + 2)
        assert calls[0] > stopped_at + 2, "o after an Esc mid-way did not compute the overview again"
        await pilot.press("escape")


async def test_esc_while_the_tables_fill_stops_the_filling(tmp_path, seed_engine, monkeypatch):
    from tui.app.screens import overview_tables

    monkeypatch.setattr(overview_tables, "BATCH", 1)  # one row per turn: the filling takes many turns
    folder = large_folder(tmp_path, 14)
    app = make_app([str(folder)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("o")
        screen = await wait_for_screen(pilot, OverviewScreen)
        await wait_until(pilot, lambda: screen.complete)
        table = screen.query_one("#overview-actors", DataTable)
        actors = len(screen.overview.actors)
        screen.action_sort()  # a new sort refills the table, a row per turn; Esc before the next turn
        screen.action_back()
        rows = table.row_count
        assert rows < actors  # it was still filling
        await pilot.pause(0.3)
        assert table.row_count == rows, "rows went on being added to the hidden overview"
        await pilot.press("o")  # and it comes back whole
        await wait_until(pilot, lambda: screen.complete)
        assert screen.query_one("#overview-actors", DataTable).row_count == actors
