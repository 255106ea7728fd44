"""The article's highlight layers: claims, denials, mentions, boilerplate, the search and
the selected card item, each in a style made legible for the theme.

A mixin of ``ArticleView``. All layers are applied to the whole text at once, then cut at the
page's line breaks, so a highlight that crosses a wrapped line is drawn on both and the
lines are styled once, not once per paint.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from ...articles.model import Article
from ...cards.model import Card
from ..highlights import layer_style
from .article_page import Page

Span = tuple[int, int]


class HighlightLayers:
    """Layer styles and the styling of a page, for ``ArticleView``."""

    shown: dict[str, bool]
    """Which of the claim, denial and mention layers are on (keys 1-3)."""
    _layer_styles: dict[str, Style]

    def _style(self, name: str) -> Style:
        """A highlight layer's style, blended and made legible for this theme (see highlights.py)."""
        style = self._layer_styles.get(name)
        if style is None:
            _parent_bg, _parent_fg, background, color = self.colors
            style = layer_style(self.get_component_styles(f"article-view--{name}"), background, color)
            self._layer_styles[name] = style
        return style

    def layer_style_of(self, name: str) -> Style:
        """The style a highlight layer is drawn with (for the legend and the contrast test)."""
        return self._style(name)

    def _style_page(self, page: Page, source: str, article: Article | None, card: Card | None,
                    focus: list[Span], search: list[Span], search_current: int | None) -> None:
        """Every highlight layer applied to the whole text, then cut into the page's lines."""
        text = Text(source, end="", no_wrap=True)
        if article is not None and article.ok and article.title_span:
            text.stylize(self._style("title"), *article.title_span)
        if card is not None and source:
            dim = self._style("boilerplate")
            for start, end in card.boilerplate:
                text.stylize(dim, start, end)
            if self.shown["mention"]:
                style = self._style("mention")
                for actor in card.actors:
                    for start, end in actor.mentions:
                        text.stylize(style, start, end)
            for kind, statements in (("claim", card.claims), ("denial", card.denials)):
                if self.shown[kind]:
                    style = self._style(kind)
                    for st in statements:
                        text.stylize(style, st.start, st.end)
        style = self._style("search")
        for start, end in search:
            text.stylize(style, start, end)
        if search_current is not None and search:
            text.stylize(self._style("search-current"), *search[search_current])
        style = self._style("focus")
        for start, end in focus:
            text.stylize(style, start, end)
        bounds = sorted({b for span in page.lines for b in span} - {0, len(text)})
        page.pieces = dict(zip([0] + bounds, text.divide(bounds)))
