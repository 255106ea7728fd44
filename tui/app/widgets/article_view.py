"""The article text: literal, wrapped by us, with claims, denials and mentions highlighted.

The text is wrapped here (not by Textual) so that every character offset the
engine reports maps to a screen line, which is how a card item scrolls the
article to its words. Text is built as Rich ``Text`` objects from
``printable()`` output, never from markup, so nothing in an article can style or
move the screen.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...articles.model import Article
from ...articles.safe_text import printable
from ...cards.model import Card
from .scrolling import LocalScrollMixin

_WORD_RE = re.compile(r"\S*\s*")

Span = tuple[int, int]


def display_text(text: str) -> str:
    """Printable text with tabs as single spaces (same length, so offsets hold)."""
    return printable(text).replace("\t", " ")


def wrap_offsets(text: str, width: int) -> list[Span]:
    """Greedy word wrap of ``text`` to ``width`` cells, as (start, end) offsets per screen line.

    Newlines end lines and belong to no line; a word longer than the width is folded.
    """
    width = max(1, width)
    lines: list[Span] = []
    offset = 0
    for hard in text.split("\n"):
        end_of_hard = offset + len(hard)
        if not hard:
            lines.append((offset, offset))
            offset = end_of_hard + 1
            continue
        line_start = offset
        used = 0
        for match in _WORD_RE.finditer(hard):
            word = match.group()
            if not word:
                continue
            start = offset + match.start()
            visible = cell_len(word.rstrip())
            if used and used + visible > width:
                lines.append((line_start, start))
                line_start, used = start, 0
            if visible > width:  # fold a word wider than the line
                pos = start
                for ch in word.rstrip():
                    w = cell_len(ch)
                    if used + w > width and used:
                        lines.append((line_start, pos))
                        line_start, used = pos, 0
                    used += w
                    pos += 1
                used += len(word) - len(word.rstrip())
            else:
                used += cell_len(word)
        lines.append((line_start, end_of_hard))
        offset = end_of_hard + 1
    return lines


class ArticleView(LocalScrollMixin, ScrollView, can_focus=True):
    """Scrollable article text with highlight layers."""

    COMPONENT_CLASSES = {
        "article-view--claim",
        "article-view--denial",
        "article-view--mention",
        "article-view--boilerplate",
        "article-view--focus",
        "article-view--search",
        "article-view--search-current",
        "article-view--title",
    }

    BINDINGS = [
        Binding("j,down", "scroll_down", "Scroll down", show=False),
        Binding("k,up", "scroll_up", "Scroll up", show=False),
        Binding("g,home", "scroll_home", "Top of article", show=False),
        Binding("G,end", "scroll_end", "End of article", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("b,pageup", "page_up", "Page up", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.card: Card | None = None
        self.source_text = ""
        self.note = ""
        self.shown = {"claim": True, "denial": True, "mention": True}
        self.focus_spans: list[Span] = []
        self.search_spans: list[Span] = []
        self.search_current: int | None = None
        self._styled: Text | None = None
        self._lines: list[Span] = []
        self._starts: list[int] = []
        self._width = 0
        self._cache: dict[int, Strip] = {}
        self._pieces: dict[int, Text] = {}
        """Styled text of each screen line, by the line's start offset (one divide per restyle)."""
        self._paint: tuple[int, Style] | None = None

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._theme_changed, init=False)

    def _theme_changed(self, _theme: str) -> None:
        self.restyle()

    # -- content ---------------------------------------------------------
    def show(self, article: Article | None, card: Card | None, message: str = "") -> None:
        """Show an article (or a message when there is none) from the top."""
        self.article, self.card, self.note = article, card, message
        if article is None or not article.ok:
            reason = message or (article.error if article is not None else "") or ""
            self.source_text = display_text(reason)
        else:
            self.source_text = display_text(article.text)
        self.focus_spans, self.search_spans, self.search_current = [], [], None
        self._relayout(force=True)
        self.scroll_to(0, 0, animate=False, immediate=True)

    def set_card(self, card: Card | None) -> None:
        """New card for the same article (rules reloaded): keep the scroll position."""
        self.card = card
        self.focus_spans = []
        self.restyle()

    def set_layer(self, kind: str, on: bool) -> None:
        self.shown[kind] = on
        self.restyle()

    def set_focus_spans(self, spans: list[Span], scroll: bool = True) -> None:
        """Strongly highlight spans (a selected card item) and scroll to the first."""
        self.focus_spans = sorted(spans)
        self.restyle()
        if scroll and self.focus_spans:
            self.scroll_to_offset(self.focus_spans[0][0])

    def set_search(self, spans: list[Span], current: int | None) -> None:
        self.search_spans, self.search_current = spans, current
        self.restyle()
        if current is not None and spans:
            self.scroll_to_offset(spans[current][0])

    def restyle(self) -> None:
        self._styled = None
        self._cache.clear()
        self.refresh()

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"article-view--{name}", partial=True)

    def styled_text(self) -> Text:
        """The whole article as one Text with every highlight layer applied."""
        if self._styled is not None:
            return self._styled
        text = Text(self.source_text, end="", no_wrap=True)
        article, card = self.article, self.card
        if article is not None and article.ok:
            if article.title_span:
                text.stylize(self._style("title"), *article.title_span)
        if card is not None and self.source_text:
            dim = self._style("boilerplate")
            for start, end in card.boilerplate:
                text.stylize(dim, start, end)
            if self.shown["mention"]:
                style = self._style("mention")
                for actor in card.actors:
                    for start, end in actor.mentions:
                        text.stylize(style, start, end)
            if self.shown["claim"]:
                style = self._style("claim")
                for st in card.claims:
                    text.stylize(style, st.start, st.end)
            if self.shown["denial"]:
                style = self._style("denial")
                for st in card.denials:
                    text.stylize(style, st.start, st.end)
        style = self._style("search")
        for start, end in self.search_spans:
            text.stylize(style, start, end)
        if self.search_current is not None and self.search_spans:
            text.stylize(self._style("search-current"), *self.search_spans[self.search_current])
        style = self._style("focus")
        for start, end in self.focus_spans:
            text.stylize(style, start, end)
        self._styled = text
        self._pieces = {}
        bounds = sorted({b for span in self._lines for b in span} - {0, len(text)})
        starts = [0] + bounds
        for start, piece in zip(starts, text.divide(bounds)):
            self._pieces[start] = piece
        return text

    # -- layout ----------------------------------------------------------
    def _relayout(self, force: bool = False, repaint: bool = True) -> None:
        width = self.scrollable_content_region.width or self.size.width
        if not force and width == self._width:
            return
        self._width = width
        self._lines = wrap_offsets(self.source_text, width) if width > 0 else []
        self._starts = [s for s, _ in self._lines]
        self._styled = None
        self._cache.clear()
        self.virtual_size = Size(width, len(self._lines))
        if repaint:
            self.refresh()

    def on_resize(self) -> None:
        self._relayout()

    def render_lines(self, crop: Region) -> list[Strip]:
        # Wrap at the width being drawn: an article shown before the first layout
        # (or just after a resize) is wrapped here, in the same paint.
        self._relayout(repaint=False)
        # the base style and width once per paint, not once per line (rich_style is costly)
        self._paint = (self.scrollable_content_region.width, self.rich_style)
        try:
            return super().render_lines(crop)
        finally:
            self._paint = None

    def line_of(self, offset: int) -> int:
        """Screen line (0-based) that holds a character offset."""
        if not self._starts:
            return 0
        return max(0, bisect_right(self._starts, offset) - 1)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the line holding ``offset`` sits a third of the way down."""
        self._relayout()
        line = self.line_of(offset)
        height = self.scrollable_content_region.height or self.size.height
        top = line - height // 3
        self.scroll_to(y=max(0, top), animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width, base = self._paint or (self.scrollable_content_region.width, self.rich_style)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None:
            start, end = self._lines[index]
            self.styled_text()
            piece = self._pieces.get(start) if end > start else None
            if piece is None:
                piece = Text("", end="")
            else:
                piece = piece.copy()
                piece.rstrip_end(self._width)
            segments = list(piece.render(self.app.console, end="")) or [Segment("")]
            strip = Strip(segments).apply_style(base).crop_extend(0, width, base)
            self._cache[index] = strip
        return strip

    @property
    def line_count(self) -> int:
        return len(self._lines)
