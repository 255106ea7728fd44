"""The reader's moves: to the next or previous article, between panes, and layers on and off.

A mixin of ``ReaderScreen``: keys that only move the reader's attention, never change
what is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..widgets.article_list import ArticleList

if TYPE_CHECKING:
    from ...workspace import Workspace
    from ..widgets.article_view import ArticleView

PANES = ("#articles", "#article", "#card")
"""The reader's panes, left to right, as h / l and a / t / d reach them."""


class ReaderNavigation:
    """``n``, ``p``, ``G`` while loading, ``h`` / ``l``, ``a`` / ``t`` / ``d`` and ``1``-``3``."""

    current: int | None
    total: int
    cards_loading: bool
    _pending_last: bool
    workspace: "Workspace"
    article_view: "ArticleView"

    def action_next_article(self) -> None:
        if self.current is None:
            return
        last = len(self.workspace.entries) - 1
        if self.current < last:
            self.show_article(self.current + 1)
        elif self.cards_loading and self.total > last + 1:
            self.notify(f"Article {last + 1:03d} is still loading ({last + 1:,} / {self.total:,}).", timeout=2)
        else:
            self.notify(f"This is the last article ({self.current:03d}); p goes back.", timeout=2)

    def action_previous_article(self) -> None:
        if self.current is None:
            return
        if self.current > 0:
            self.show_article(self.current - 1)
        else:
            self.notify("This is the first article (000); n goes on.", timeout=2)

    def on_article_list_last_asked(self, _message: ArticleList.LastAsked) -> None:
        """G in the article list while cards load: the last article, once it has come in."""
        loaded = len(self.workspace.entries)
        if self.cards_loading and self.total > loaded:
            self._pending_last = True
            self.notify(f"Going to the last article ({self.total - 1:03d}) once it has loaded; "
                        f"{loaded:,} of {self.total:,} so far.", timeout=3)

    def action_pane(self, step: int) -> None:
        focused = self.focused
        order = [self.query_one(p) for p in PANES]
        index = next((i for i, w in enumerate(order) if w is focused), 0 if step > 0 else 1)
        self.set_focus(order[(index + step) % len(order)])

    def action_focus_pane(self, index: int) -> None:
        self.set_focus(self.query_one(PANES[index]))

    def action_toggle_layer(self, kind: str) -> None:
        on = not self.article_view.shown[kind]
        self.article_view.set_layer(kind, on)
        self.notify(f"{kind.capitalize()} highlights {'on' if on else 'off'}", timeout=2)
