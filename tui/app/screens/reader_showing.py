"""The reader's article in hand: its text, its card and the line above them, and the
neighbours drawn ahead.

A mixin of ``ReaderScreen``. ``show_article`` is the one way the panes change article (a
key, a click in the list, another screen, the palette), so the search is run again and the
neighbours are drawn ahead in one place; a span given with it is highlighted.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from ..widgets.article_list import one_line

if TYPE_CHECKING:
    from ...workspace import Workspace
    from ..widgets.article_list import ArticleList
    from ..widgets.article_view import ArticleView
    from ..widgets.card_list import CardList

PREPARE_DELAY = 0.03
"""Seconds after an article is painted before its neighbours are drawn ahead: out of
the way of a key held down (each press moves on before then)."""


def short_path(path: str) -> str:
    """A path relative to the working folder when it is inside it."""
    try:
        return os.path.relpath(path) if not os.path.relpath(path).startswith("..") else path
    except ValueError:
        return path


class ReaderShowing:
    """``show_article`` and what it updates, for ``ReaderScreen``."""

    current: int | None
    query_text: str
    workspace: "Workspace"
    article_list: "ArticleList"
    article_view: "ArticleView"
    card_list: "CardList"

    def show_article(self, index: int, span: tuple[int, int] | None = None) -> None:
        entries = self.workspace.entries
        if not (0 <= index < len(entries)):
            return
        entry = entries[index]
        changed = index != self.current
        self.current = index
        listing = self.article_list
        if listing.highlighted != index and index < listing.option_count:
            listing.highlighted = index
        if changed:
            self.article_view.show(entry.article, entry.card)
            self.card_list.show_card(entry.card)
            self._update_info()
            if self.query_text:
                self._run_search(self.query_text, scroll=False)
            self._prepare_soon(index)
        if span is not None:
            self.article_view.set_focus_spans([span])

    def _prepare_soon(self, index: int) -> None:
        # counted from the paint, not from now: the first article is shown before the
        # screen's first layout, and drawing ahead must not hold up that paint
        self.call_after_refresh(lambda: self.set_timer(PREPARE_DELAY, lambda: self._prepare_neighbours(index)))

    def _prepare_neighbours(self, index: int) -> None:
        """Once this article is on screen, draw the next and previous ones ahead, so n and p
        only paint (the reader reads for seconds; drawing takes a few milliseconds)."""
        if index != self.current:
            return  # the reader has already moved on
        entries = self.workspace.entries
        for near in (index + 1, index - 1):
            if 0 <= near < len(entries) and entries[near].card is not None:
                self.article_view.prepare(entries[near].article, entries[near].card)
                self.card_list.prepare(entries[near].card)

    def _update_info(self) -> None:
        info = self.query_one("#article-info", Static)
        if self.current is None:
            info.update("", layout=False)
            return
        entry = self.workspace.entries[self.current]
        card = entry.card
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(one_line(short_path(entry.article.path)), style="bold")
        details = [one_line(x) for x in (card.outlet, card.date, card.author) if x]
        if details:
            line.append("  " + " · ".join(details), style="dim")
        info.update(line, layout=False)
        self._update_search_count()
