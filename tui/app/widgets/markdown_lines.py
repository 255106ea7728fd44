"""Markdown shown as lines rendered off the UI thread and drawn with Textual's line API.

Textual's ``Markdown`` widget mounts a widget per block and per table cell: the preview
of a 2,000-article briefing (a Sources table of 60 rows, findings lists) kept the UI
thread laying out for over a second, and Esc waited behind it. Here the text is
rendered by Rich into lines in a worker thread (:func:`render_markdown`), the widget
only keeps those lines and draws the visible ones, so showing, scrolling and leaving
cost the same whatever the briefing's size. A new width or theme renders the lines
again, in a worker; the old lines stay on screen meanwhile.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Mapping

from rich.color import Color, ColorParseError
from rich.console import Console
from rich.markdown import Markdown
from rich.theme import Theme
from textual import events, work
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

MIN_WIDTH = 20
"""Narrower than this (a widget not laid out yet) the lines are rendered this wide."""


def theme_styles(variables: Mapping[str, str]) -> dict[str, str]:
    """Rich's Markdown styles in the colours of a Textual theme (its CSS variables), so the
    preview matches the screens around it in light and dark themes alike (Rich's own
    defaults put code on black)."""
    def colour(name: str, default: str) -> str:
        value = variables.get(name, default)
        try:
            Color.parse(value)
        except ColorParseError:
            return default
        return value

    primary, accent = colour("primary", "blue"), colour("accent", "magenta")
    return {
        "markdown.h1": f"bold {primary}", "markdown.h1.border": primary,
        "markdown.h2": f"bold underline {primary}", "markdown.h3": f"bold {accent}",
        "markdown.h4": f"italic {accent}", "markdown.code": f"bold {accent}",
        "markdown.code_block": accent, "markdown.block_quote": accent, "markdown.link": accent,
        "markdown.list": primary, "markdown.item.number": primary,
        "markdown.table.border": primary, "markdown.table.header": f"bold {primary}",
    }


def render_markdown(source: str, width: int, styles: Mapping[str, str] | None = None) -> list[Strip]:
    """``source`` rendered as Markdown ``width`` cells wide: one strip per line.

    Pure computation on a private console (no terminal, no app), so it runs on any
    thread; links are shown as text, never followed. ``styles`` overrides Rich's
    Markdown styles (:func:`theme_styles`)."""
    width = max(width, MIN_WIDTH)
    console = Console(width=width, file=io.StringIO(), force_terminal=True, color_system="truecolor",
                      legacy_windows=False, emoji=False, highlight=False, theme=Theme(dict(styles or {})))
    lines = console.render_lines(Markdown(source, hyperlinks=False), console.options.update(width=width),
                                 pad=False)
    return [Strip(line).simplify() for line in lines]


class MarkdownLines(ScrollView, can_focus=True):
    """A scrolling view of Markdown rendered elsewhere: ``show`` renders and draws it."""

    DEFAULT_CSS = """
    MarkdownLines {
        height: 1fr;
        scrollbar-gutter: stable;  /* lines are rendered to the width left beside the scrollbar */
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.source = ""
        """The Markdown on screen (or being rendered to go on screen)."""
        self.lines: list[Strip] = []
        self._width = 0
        """The width ``lines`` were rendered at."""

    async def show(self, source: str) -> None:
        """Render ``source`` in a thread at this widget's width, then draw it from the top."""
        self.source = source
        width = self._render_width()
        lines = await asyncio.to_thread(render_markdown, source, width, self._styles())
        if source is self.source:  # no newer text arrived meanwhile
            self._set_lines(lines, width)
            self.scroll_home(animate=False)

    def plain_lines(self) -> list[str]:
        """The lines on screen as plain text (for tests and the why of a layout)."""
        return [strip.text.rstrip() for strip in self.lines]

    def _styles(self) -> dict[str, str]:
        return theme_styles(self.app.get_css_variables())

    def _render_width(self) -> int:
        width = self.scrollable_content_region.width
        return width if width >= MIN_WIDTH else max(self.app.size.width - 4, MIN_WIDTH)

    def _set_lines(self, lines: list[Strip], width: int) -> None:
        self.lines, self._width = lines, width
        self.virtual_size = Size(max((s.cell_length for s in lines), default=0), len(lines))
        self.refresh()

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._rerender())

    def on_resize(self, event: events.Resize) -> None:
        if self.source and self._render_width() != self._width:
            self._rerender()

    @work(exclusive=True, group="markdown-lines-render")
    async def _rerender(self) -> None:
        """The same text again, at the width and in the theme of now."""
        if not self.source:
            return
        source, width = self.source, self._render_width()
        lines = await asyncio.to_thread(render_markdown, source, width, self._styles())
        if source is self.source:
            self._set_lines(lines, width)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width, style = self.scrollable_content_region.width, self.rich_style
        index = scroll_y + y
        if index >= len(self.lines):
            return Strip.blank(width, style)
        return self.lines[index].crop_extend(scroll_x, scroll_x + width, style).apply_style(style)
