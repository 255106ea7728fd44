"""Compare and overview screens: pilot tests through the reader's keys, and one SVG snapshot each.

Regenerate the snapshots after an intended change with
``pytest tests/app/test_compare_screens.py --snapshot-update``.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from tui.app.app import make_app
from tui.app.screens.compare import CompareScreen
from tui.app.screens.modals import PickArticleScreen
from tui.app.screens.overview import OverviewScreen
from tui.app.screens.reader import ReaderScreen

from .conftest import SIZE, after_keys, wait_loaded


async def wait_for_screen(pilot, kind, limit: float = 5.0):
    waited = 0.0
    while not isinstance(pilot.app.screen, kind) and waited < limit:
        await pilot.pause(0.02)
        waited += 0.02
    await pilot.pause()
    return pilot.app.screen


async def open_overview(pilot) -> OverviewScreen:
    """From the reader, once every card is in: o."""
    await wait_loaded(pilot)
    await pilot.press("o")
    return await wait_for_screen(pilot, OverviewScreen)


async def open_compare(pilot, steps_down: int = 0) -> CompareScreen:
    """From the reader on article 000: c, pick the article ``steps_down`` below 001, enter."""
    await wait_loaded(pilot)
    waited = 0.0
    while (pilot.app.reader.current is None or len(pilot.app.workspace.entries) < 2) and waited < 10:
        await pilot.pause(0.02)
        waited += 0.02
    await pilot.press("c")
    await wait_for_screen(pilot, PickArticleScreen)
    for _ in range(steps_down):
        await pilot.press("down")
    await pilot.press("enter")
    screen = await wait_for_screen(pilot, CompareScreen)
    assert isinstance(screen, CompareScreen)
    return screen


def highlight_first(screen: CompareScreen, section: str) -> str:
    card = screen.card
    for i in range(card.option_count):
        option = card.get_option_at_index(i)
        if option.id in screen.items and screen.items[option.id].section == section:
            card.highlighted = i
            return option.id
    raise AssertionError(f"no {section} item")


async def test_compare_from_reader_and_back(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        screen = await open_compare(pilot, steps_down=1)  # 000 vs 002
        assert (screen.left_index, screen.right_index) == (0, 2)
        c = screen.comparison
        assert any(d.kind == "spelling" and d.right_text == "Richard Haas" for d in c.discrepancies)
        assert screen.card.has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)


async def test_aligned_pair_scrolls_both_panes(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        screen = await open_compare(pilot)  # 000 vs 001
        await pilot.press("2")
        await pilot.pause()
        item = screen.items[screen.card.get_option_at_index(screen.card.highlighted).id]
        assert item.section == "aligned"
        pair = screen.comparison.aligned[0]
        assert screen.left_view.focus_spans == [(pair.left.start, pair.left.end)]
        assert screen.right_view.focus_spans == [(pair.right.start, pair.right.end)]
        # both panes scrolled so the words are on screen
        for view, start in ((screen.left_view, pair.left.start), (screen.right_view, pair.right.start)):
            line = view.line_of(start)
            top = int(view.scroll_y)
            assert top <= line < top + view.scrollable_content_region.height
        # the left pair's words are the article's words
        text = seeds_app.workspace.entries[0].article.text
        assert text[pair.left.start:pair.left.end] == pair.left.text


async def test_discrepancy_item_highlights_both_spellings(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        screen = await open_compare(pilot, steps_down=1)  # 000 vs 002
        ws = seeds_app.workspace
        card = screen.card
        index = next(i for i in range(card.option_count)
                     if "Haas”" in card.get_option_at_index(i).prompt.plain)
        card.highlighted = index
        await pilot.pause()
        (ls, le), = screen.left_view.focus_spans
        (rs, re_), = screen.right_view.focus_spans
        assert ws.entries[0].article.text[ls:le] == "Richard Haass"
        assert ws.entries[2].article.text[rs:re_] == "Richard Haas"


async def test_swap_and_open_right_in_reader(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        screen = await open_compare(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert (screen.left_index, screen.right_index) == (1, 0)
        await pilot.press("2")
        await pilot.pause()
        span = screen.selected.right[0]
        await pilot.press("greater_than_sign")
        await pilot.pause()
        reader = pilot.app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.current == 0
        assert span in reader.article_view.focus_spans


async def test_overview_matrix_sort_and_jump(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        screen = await open_overview(pilot)
        assert isinstance(screen, OverviewScreen)
        table = screen.query_one("#overview-actors", DataTable)
        o = screen.overview
        assert table.row_count == len(o.actors)
        assert len(table.columns) == len(o.articles) + 4
        totals = [r.total for r in screen.actor_rows]
        assert totals == sorted(totals, reverse=True)
        await pilot.press("S", "S")  # total -> articles -> name
        await pilot.pause()
        names = [r.name.casefold() for r in screen.actor_rows]
        assert names == sorted(names)
        # a cell of an article that names the actor opens that article at its first mention
        row = next(i for i, r in enumerate(screen.actor_rows) if "Haass" in r.name)
        table.focus()
        table.cursor_coordinate = (row, 2 + 2)  # column of article 002
        await pilot.press("enter")
        await pilot.pause()
        reader = pilot.app.screen
        assert isinstance(reader, ReaderScreen) and reader.current == 2
        (s, e), = reader.article_view.focus_spans
        assert seeds_app.workspace.entries[2].article.text[s:e] == "Richard Haas"


async def test_overview_sort_by_article_header(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        screen = await open_overview(pilot)
        table = screen.query_one("#overview-actors", DataTable)
        column_key = list(table.columns)[2 + 4]  # article 004
        table.post_message(DataTable.HeaderSelected(table, column_key, 2 + 4, table.columns[column_key].label))
        await pilot.pause()
        assert screen.sort_key == "article" and screen.sort_article == 4
        counts = [r.count(4) for r in screen.actor_rows]
        assert counts == sorted(counts, reverse=True) and counts[0] > 0


async def test_overview_empty_cell_stays(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        screen = await open_overview(pilot)
        row = next(i for i, r in enumerate(screen.actor_rows) if r.count(4) == 0)
        table = screen.query_one("#overview-actors", DataTable)
        table.cursor_coordinate = (row, 2 + 4)
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is screen


async def test_overview_denials_and_shared_jump(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        screen = await open_overview(pilot)
        shared = screen.query_one("#overview-shared", DataTable)
        assert shared.row_count == sum(len(c.members) for c in screen.overview.shared_statements)
        await pilot.press("3")
        await pilot.pause()
        denials = screen.query_one("#overview-denials", DataTable)
        assert denials.has_focus and denials.row_count == len(screen.overview.denials)
        last = screen.overview.denials[-1]
        denials.move_cursor(row=denials.row_count - 1)
        await pilot.press("enter")
        await pilot.pause()
        reader = pilot.app.screen
        assert isinstance(reader, ReaderScreen) and reader.current == last.article
        assert (last.start, last.end) in reader.article_view.focus_spans


async def test_markup_in_articles_is_literal(tmp_path):
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Talks [bold]begin[/bold]\n\nJohn Kirby said \"[red]nothing[/red] was agreed\" on Monday.\n",
        encoding="utf-8")
    (folder / "b.txt").write_text(
        "Talks end\n\nJohn Kirby said \"[red]nothing[/red] was agreed at all\" on Tuesday \x1b[31m.\n",
        encoding="utf-8")
    app = make_app([str(folder)], None, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_compare(pilot)
        prompts = [screen.card.get_option_at_index(i).prompt for i in range(screen.card.option_count)]
        assert all(isinstance(p, Text) for p in prompts)
        assert any("[red]nothing[/red]" in p.plain for p in prompts)
        await pilot.press("escape", "o")
        await pilot.pause()
        ov = pilot.app.screen
        table = ov.query_one("#overview-articles", DataTable)
        title = table.get_cell_at((0, 1))
        assert isinstance(title, Text) and "[bold]begin[/bold]" in title.plain


def test_compare_screen_snapshot(snap_compare, seeds_app):
    async def run_before(pilot):
        await open_compare(pilot)  # 000 vs 001
        await pilot.press("2")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(seeds_app, terminal_size=SIZE, run_before=run_before)


def test_overview_screen_snapshot(snap_compare, seeds_app):
    assert snap_compare(seeds_app, terminal_size=SIZE, run_before=after_keys("o"))
