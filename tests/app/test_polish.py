"""Pilot tests for the polish of issue 15: search bar, legend, numbering, keys, small things."""

from __future__ import annotations

from textual.widgets import Static

from tui.app.app import make_app
from tui.commands.common import SEEDS_BRIEF, SEEDS_DIR

from .conftest import wait_loaded


def _app(engine):
    return make_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=engine, watch=False)


def _notes_hook():
    """A run_test message_hook that keeps every notification's text, and the list it fills."""
    from textual.notifications import Notify

    notes: list[str] = []

    def hook(message) -> None:
        if isinstance(message, Notify):
            notes.append(message.notification.message)

    return hook, notes


def _shown(widget) -> bool:
    """On screen, at least one cell wide and tall."""
    region = widget.region
    return widget.display and region.width > 0 and region.height > 0


async def test_search_bar_shows_query_and_count_at_80_columns(seed_engine):
    async with _app(seed_engine).run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("n", "slash", *"Lavrov", "enter")
        await pilot.pause()
        reader = pilot.app.screen
        count = reader.query_one("#search-count", Static)
        field = reader.query_one("#search")
        assert _shown(count) and _shown(field)
        n = len(reader.matches)
        assert n > 1
        assert str(count.render()) == f"1/{n}"
        assert field.value == "Lavrov"
        await pilot.press("right_square_bracket")
        assert str(count.render()) == f"2/{n}"
        # the count stays inside the screen (it was cut off at the end of the header line once)
        assert count.region.right <= 80


async def test_search_without_match_says_so(seed_engine):
    async with _app(seed_engine).run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash", *"zzqx")
        await pilot.pause()
        assert str(pilot.app.screen.query_one("#search-count", Static).render()) == "no match"


async def test_legend_names_every_highlight_in_its_style(seed_engine):
    async with _app(seed_engine).run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        reader = pilot.app.screen
        legend = reader.query_one("#legend", Static)
        assert _shown(legend)
        text = legend.render()
        plain = str(text)
        for word in ("claim", "denial", "mention", "selected", "match"):
            assert word in plain
        pilot.app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        view = reader.article_view
        drawn = reader.query_one("#legend", Static).render().spans[0].style
        assert drawn.background.rgb == tuple(view.layer_style_of("claim").bgcolor.triplet)
        assert drawn.background.brightness > 0.5  # the light theme's claim colour, not the dark one's


def test_version_option(capsys):
    import pytest

    from tui.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("brief ")


async def test_theme_is_kept_in_the_settings_file(seed_engine):
    from tui.settings import load_settings, settings_path

    settings_path().unlink(missing_ok=True)
    async with _app(seed_engine).run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        pilot.app.theme = "catppuccin-latte"
        await pilot.pause()
    assert load_settings()[0].theme == "catppuccin-latte"
    async with _app(seed_engine).run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        assert pilot.app.theme == "catppuccin-latte"
    settings_path().unlink()


async def test_a_bad_settings_file_is_a_note_not_a_crash(seed_engine):
    from tui.settings import settings_path

    settings_path().write_text("theme: no-such-theme\ncolour: red\n", encoding="utf-8")
    try:
        hook, notes = _notes_hook()
        async with _app(seed_engine).run_test(size=(80, 24), message_hook=hook) as pilot:
            await wait_loaded(pilot)
            assert any("unknown key 'colour'" in n for n in notes), notes
            assert any("unknown theme 'no-such-theme'" in n for n in notes), notes
            assert pilot.app.theme == "textual-dark"
    finally:
        settings_path().unlink()


async def test_screenshot_goes_to_the_configured_folder_and_says_where(seed_engine, tmp_path):
    from tui.settings import settings_path

    settings_path().write_text(f"screenshots: {tmp_path}\n", encoding="utf-8")
    try:
        hook, notes = _notes_hook()
        async with _app(seed_engine).run_test(size=(80, 24), message_hook=hook) as pilot:
            await wait_loaded(pilot)
            pilot.app.action_save_screenshot()
            await pilot.pause()
            shots = list(tmp_path.glob("*.svg"))
            assert len(shots) == 1
            assert any(str(shots[0].resolve()) in n for n in notes), notes
    finally:
        settings_path().unlink()


async def test_palette_has_one_keys_entry_and_descriptions_that_add_something(seed_engine):
    async with _app(seed_engine).run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        commands = list(pilot.app.get_system_commands(pilot.app.screen))
        titles = [c.title for c in commands]
        assert len([t for t in titles if t.startswith("Keys")]) == 1
        assert len(titles) == len(set(titles))
        for command in commands:
            assert command.help.lower() != command.title.lower()
            assert not command.title.lower().startswith(command.help.lower()), command


async def _open_compare(pilot):
    from tui.app.screens.compare import CompareScreen

    await wait_loaded(pilot)
    await pilot.press("c")
    await pilot.pause()
    await pilot.press("enter")
    for _ in range(50):
        if isinstance(pilot.app.screen, CompareScreen):
            break
        await pilot.pause(0.05)
    await pilot.pause()
    return pilot.app.screen


async def test_help_from_compare_lists_compare_keys_first(seed_engine):
    from tui.app.screens.modals import HelpScreen

    async with _app(seed_engine).run_test(size=(160, 45)) as pilot:
        await _open_compare(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        titles = [title for title, _ in help_screen.groups]
        assert titles[0] == "Compare" and titles.index("Everywhere") < titles.index("Reader: reading")
        assert [meaning for _sample, meaning in help_screen.legend][0].startswith("a claim")
        cells = [str(c) for column in help_screen.table().columns for c in column.cells]
        assert "Colours in the article" in cells


async def test_j_and_k_move_in_every_list(seed_engine):
    async with _app(seed_engine).run_test(size=(160, 45)) as pilot:
        screen = await _open_compare(pilot)
        card = screen.card
        start = card.highlighted
        await pilot.press("j")
        assert card.highlighted != start
        await pilot.press("k")
        assert card.highlighted == start
        await pilot.press("escape", "o")
        await pilot.pause(0.3)
        table = pilot.app.screen.query_one("#overview-actors")
        table.focus()
        row = table.cursor_coordinate.row
        await pilot.press("j")
        assert table.cursor_coordinate.row == row + 1
        await pilot.press("k")
        assert table.cursor_coordinate.row == row


def test_one_key_means_one_idea_on_every_screen():
    """A key bound on two screens does the same kind of thing (issue 15, point 5)."""
    from tui.app.screens.compare import CompareScreen
    from tui.app.screens.export import ExportScreen
    from tui.app.screens.overview import OverviewScreen
    from tui.app.screens.reader import ReaderScreen

    # keys that name different ideas in different places once: a, [, ], s
    compare = {k for b in CompareScreen.BINDINGS for k in b.key.split(",")}
    assert not compare & {"a", "left_square_bracket", "right_square_bracket", "s"}
    overview = {k for b in OverviewScreen.BINDINGS for k in b.key.split(",")}
    assert "s" not in overview
    export = {b.action: b.key for b in ExportScreen.BINDINGS}
    assert "s" in export["save"].split(",")
    for screen in (ReaderScreen, CompareScreen, OverviewScreen, ExportScreen):
        for binding in screen.BINDINGS:
            if "escape" in binding.key.split(",") and screen is not ReaderScreen:
                assert binding.action == "back", (screen, binding)


def test_progress_line_counts_and_time_left():
    from tui.app.progress import progress_line

    assert progress_line(1240, 2225, None, 10.0) == "1,240 / 2,225 cards"
    # 1,000 cards in 10 s: 985 more take about 10 s
    assert progress_line(1240, 2225, (0.0, 240), 10.0) == "1,240 / 2,225 cards · 10 s left"
    assert progress_line(240, 20240, (0.0, 140), 10.0).endswith("· 33 min left")
    assert progress_line(2225, 2225, (0.0, 0), 10.0) == "2,225 / 2,225 cards"


async def test_n_on_the_last_and_p_on_the_first_article_say_so(seed_engine):
    hook, notes = _notes_hook()
    async with _app(seed_engine).run_test(size=(80, 24), message_hook=hook) as pilot:
        await wait_loaded(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert any("first article" in n for n in notes), notes
        await pilot.press(*"nnnnn")
        await pilot.pause()
        assert pilot.app.screen.current == 4
        assert any("last article (004)" in n for n in notes), notes


async def test_G_while_loading_goes_to_the_last_article_once_it_is_in(seed_engine):
    async with _app(seed_engine).run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        reader = pilot.app.screen
        reader.set_progress(5, 7, True)  # as if two more articles were still to come
        await pilot.press("a", "G")
        await pilot.pause()
        assert reader._pending_last
        assert "5 / 7 cards" in str(reader.query_one("#progress-text").render())
        await pilot.press("g")
        assert reader.current == 0
        reader.set_progress(5, 5, False)  # the last one is in
        await pilot.pause()
        assert reader.current == 4


async def test_the_compare_picker_filters_as_you_type(seed_engine):
    from tui.app.screens.modals import PickArticleScreen

    async with _app(seed_engine).run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("c")
        await pilot.pause()
        picker = pilot.app.screen
        assert isinstance(picker, PickArticleScreen)
        await pilot.press("slash", *"lavrov secret")
        await pilot.pause()
        assert [i for i, _ in picker.shown] == [3]
        assert "1 of 4 articles" in str(picker.query_one("#pick-count").render())
        await pilot.press("enter", "enter")
        await pilot.pause(0.3)
        assert (pilot.app.screen.left_index, pilot.app.screen.right_index) == (0, 3)


async def test_loading_a_large_folder_never_covers_the_reader(seed_engine):
    """The loading line is a line: the reader stays drawn while cards come in (a screen
    attribute named like Textual's ``loading`` once covered it with a spinner)."""
    async with _app(seed_engine).run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        reader = pilot.app.screen
        reader.set_progress(3, 50, True)
        await pilot.pause()
        assert not reader.loading and not reader.query("LoadingIndicator")
        assert _shown(reader.query_one("#progress-text"))


async def test_export_preview_at_80_columns_keeps_the_article_numbers(seed_engine):
    from tui.app.screens.export import ExportScreen
    from tui.app.widgets.markdown_lines import MarkdownLines

    async with _app(seed_engine).run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("e")
        for _ in range(200):
            screen = pilot.app.screen
            if isinstance(screen, ExportScreen) and screen.text and screen.query_one(MarkdownLines).lines:
                break
            await pilot.pause(0.05)
        preview = screen.query_one("#export-preview", MarkdownLines)
        assert "| 000 | John Kirby vows" in preview.source  # the same number as the reader's list
        assert "| 000 |" in screen.text and "`seeds/000_" in screen.text  # the saved file has the file
        rows = [line for line in preview.plain_lines() if line.lstrip().startswith("000 ")]
        assert rows and "John Kirby" in rows[0]  # the table's row, fitted to the screen
        assert max(len(line) for line in preview.plain_lines()) <= preview.scrollable_content_region.width


async def test_overview_words_wrap_instead_of_being_cut_at_80_columns(seed_engine):
    from tui.app.screens.overview import OverviewScreen

    async with _app(seed_engine).run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("o")
        for _ in range(100):
            if isinstance(pilot.app.screen, OverviewScreen) and pilot.app.screen.overview:
                break
            await pilot.pause(0.05)
        await pilot.press("2")
        await pilot.pause(0.2)
        screen = pilot.app.screen
        table = screen.query_one("#overview-shared")
        words = table.columns[list(table.columns)[4]]
        longest = max(range(table.row_count), key=lambda r: len(str(table.get_row_at(r)[4])))
        cell = str(table.get_row_at(longest)[4])
        assert len(cell) > words.width  # a statement longer than its column ...
        row_key = list(table.rows)[longest]
        assert table.rows[row_key].height > 1  # ... is shown on several lines, whole
        assert not cell.endswith("…") or len(cell) >= 399
