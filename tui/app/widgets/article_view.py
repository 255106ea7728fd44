"""The article text: literal, wrapped by us, with claims, denials and mentions highlighted.

The text is wrapped here (not by Textual; article_page.py) so that every character offset the
engine reports maps to a screen line, which is how a card item scrolls the
article to its words. Text is built as Rich ``Text`` objects from
``printable()`` output, never from markup, so nothing in an article can style or
move the screen. The highlight layers are drawn by ``article_layers``.
"""

from __future__ import annotations

from bisect import bisect_right

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...articles.model import Article
from ...cards.model import Card
from .article_layers import HighlightLayers, Span
from .article_page import Page, display_text
from .scrolling import LocalScrollMixin

PREPARED_PAGES = 4
"""Neighbouring articles kept laid out and drawn ahead of being shown."""


class ArticleView(HighlightLayers, LocalScrollMixin, ScrollView, can_focus=True):
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
        self._page = Page(0, [], [])
        self._prepared: dict[tuple, tuple[Article, Card | None, Page]] = {}
        """Pages drawn ahead for (article, card, width, layers, base style); see ``prepare``."""
        self._paint: tuple[int, Style] | None = None
        self._layer_styles: dict[str, Style] = {}
        """Each highlight layer's style for the current theme."""

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._theme_changed, init=False)

    def _theme_changed(self, _theme: str) -> None:
        self._prepared.clear()
        self._layer_styles.clear()
        self.restyle()

    # -- content ---------------------------------------------------------
    def show(self, article: Article | None, card: Card | None, message: str = "") -> None:
        """Show an article (or a message when there is none) from the top."""
        self.article, self.card, self.note = article, card, message
        self.source_text = self._text_of(article, message)
        self.focus_spans, self.search_spans, self.search_current = [], [], None
        page = self._take_prepared(article, card)
        if page is not None:
            self._set_page(page)
        else:
            self._relayout(force=True)
        self.scroll_to(0, 0, animate=False, immediate=True)

    def prepare(self, article: Article, card: Card | None) -> None:
        """Lay out and draw the first screen of an article ahead of showing it (the next
        one, while the reader reads this one), so that showing it is only a paint."""
        width = self._page.width
        if not width or not self.is_mounted:
            return
        base = self.rich_style
        key = self._prepared_key(article, card, base)
        if key in self._prepared:
            return
        text = self._text_of(article, "")
        page = Page.wrap(text, width)
        self._style_page(page, text, article, card, [], [], None)
        for index in range(min(len(page.lines), self.scrollable_content_region.height)):
            self._draw_line(page, index, width, base)
        self._prepared[key] = (article, card, page)
        while len(self._prepared) > PREPARED_PAGES:
            self._prepared.pop(next(iter(self._prepared)))

    def _prepared_key(self, article: Article | None, card: Card | None, base: Style) -> tuple:
        return (id(article), id(card), self._page.width, tuple(self.shown.values()), base)

    def _take_prepared(self, article: Article | None, card: Card | None) -> Page | None:
        found = self._prepared.pop(self._prepared_key(article, card, self.rich_style), None)
        # the very objects, not others that came to reuse their ids
        return found[2] if found and found[0] is article and found[1] is card else None

    @staticmethod
    def _text_of(article: Article | None, message: str) -> str:
        if article is None or not article.ok:
            return display_text(message or (article.error if article is not None else "") or "")
        return display_text(article.text)

    def set_card(self, card: Card | None) -> None:
        """New card for the same article (rules reloaded): keep the scroll position."""
        self.card = card
        self.focus_spans = []
        self._prepared.clear()
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
        self._page = self._page.unstyled()
        self.refresh()

    # -- layout ----------------------------------------------------------
    def _relayout(self, force: bool = False, repaint: bool = True) -> None:
        width = self.scrollable_content_region.width or self.size.width
        if not force and width == self._page.width:
            return
        self._set_page(Page.wrap(self.source_text, width), repaint)

    def _set_page(self, page: Page, repaint: bool = True) -> None:
        self._page = page
        self.virtual_size = Size(page.width, len(page.lines))
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
        if not self._page.starts:
            return 0
        return max(0, bisect_right(self._page.starts, offset) - 1)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the line holding ``offset`` sits a third of the way down."""
        self._relayout()
        line = self.line_of(offset)
        height = self.scrollable_content_region.height or self.size.height
        top = line - height // 3
        self.scroll_to(y=max(0, top), animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width, base = self._paint or (self.scrollable_content_region.width, self.rich_style)
        page = self._page
        if page.pieces is None:
            self._style_page(page, self.source_text, self.article, self.card,
                             self.focus_spans, self.search_spans, self.search_current)
        return self._draw_line(page, scroll_y + y, width, base)

    def _draw_line(self, page: Page, index: int, width: int, base: Style) -> Strip:
        if index >= len(page.lines):
            return Strip.blank(width, base)
        strip = page.strips.get(index)
        if strip is None:
            start, end = page.lines[index]
            piece = page.pieces.get(start) if end > start and page.pieces else None
            if piece is None:
                piece = Text("", end="")
            else:
                piece = piece.copy()
                piece.rstrip_end(page.width)
            segments = list(piece.render(self.app.console, end="")) or [Segment("")]
            strip = page.strips[index] = Strip(segments).apply_style(base).crop_extend(0, width, base)
        return strip

    @property
    def line_count(self) -> int:
        return len(self._page.lines)
