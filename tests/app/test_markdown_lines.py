"""The Markdown view of the briefing preview: rendered off the UI thread, drawn line by line."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tui.app.widgets.markdown_lines import MIN_WIDTH, MarkdownLines, render_markdown, theme_styles

DOCUMENT = """# Council budget

Invented text for the test: **Jane Roe** said the plan was sound.

## Sources

| # | Title |
|---|---|
| 000 | A long title that takes most of a narrow screen to show in one piece |

- first finding
- second finding
"""


def test_headings_tables_and_lists_are_rendered_not_shown_as_markup():
    shown = [strip.text.rstrip() for strip in render_markdown(DOCUMENT, 60)]
    text = "\n".join(shown)
    assert "Council budget" in text and "# Council" not in text and "## Sources" not in text
    assert "**" not in text and "Jane Roe said" in text
    assert any(line.lstrip().startswith("000") for line in shown) and "|---|" not in text
    assert "• first finding" in text


def test_every_line_fits_the_width_it_was_rendered_at():
    for width in (MIN_WIDTH, 40, 73):
        assert max(strip.cell_length for strip in render_markdown(DOCUMENT, width)) <= width
    # a width too small to be real (a widget not laid out yet) renders at the minimum
    assert max(strip.cell_length for strip in render_markdown(DOCUMENT, 3)) <= MIN_WIDTH
    assert len(render_markdown(DOCUMENT, 3)) == len(render_markdown(DOCUMENT, MIN_WIDTH))


class Host(App):
    def compose(self) -> ComposeResult:
        yield MarkdownLines(id="view")


async def _wait(pilot, condition) -> None:
    for _ in range(200):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met in time")


async def test_show_draws_the_text_and_a_narrower_screen_renders_it_again():
    app = Host()
    async with app.run_test(size=(100, 20)) as pilot:
        view = app.query_one(MarkdownLines)
        await view.show(DOCUMENT)
        wide = view.plain_lines()
        assert view.source == DOCUMENT and any("Council budget" in line for line in wide)
        assert view.virtual_size.height == len(wide)
        await pilot.resize_terminal(50, 20)
        await _wait(pilot, lambda: view.plain_lines() != wide)
        assert max(len(line) for line in view.plain_lines()) <= view.scrollable_content_region.width
        assert len(view.plain_lines()) > len(wide)  # the table's title wraps at 50 columns


async def test_a_newer_text_wins_over_one_still_being_rendered():
    app = Host()
    async with app.run_test(size=(80, 20)) as pilot:
        view = app.query_one(MarkdownLines)
        first = app.run_worker(view.show("# Old text\n" * 2000))
        await _wait(pilot, lambda: view.source.startswith("# Old"))  # its rendering has begun
        await view.show("# New text\n")
        await first.wait()
        await pilot.pause()
        assert view.source == "# New text\n"
        assert any("New text" in line for line in view.plain_lines())
        assert not any("Old text" in line for line in view.plain_lines())


def test_theme_colours_replace_rich_defaults_and_bad_values_fall_back():
    styles = theme_styles({"primary": "#112233", "accent": "not a colour"})
    assert styles["markdown.h2"] == "bold underline #112233"
    assert styles["markdown.code"] == "bold magenta"  # the accent could not be parsed
    code = [seg for strip in render_markdown("Use `brief.yaml` here.", 40, styles) for seg in strip
            if seg.text == "brief.yaml"]
    assert code and code[0].style.bgcolor is None and code[0].style.bold  # no black box


async def test_a_new_theme_renders_the_lines_again_in_its_colours():
    app = Host()
    async with app.run_test(size=(80, 20)) as pilot:
        view = app.query_one(MarkdownLines)
        app.theme = "textual-dark"
        await pilot.pause()
        await view.show("## Heading")
        before = view.lines
        app.theme = "textual-light"
        await _wait(pilot, lambda: view.lines is not before)
        colour = lambda lines: next(seg.style.color for s in lines for seg in s if seg.text.strip())
        assert colour(view.lines) != colour(before)
