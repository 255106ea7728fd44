"""Search within the article shown: the reader's search bar, its count and the match keys.

A mixin of ``ReaderScreen`` (it reads the screen's article view and widgets): the bar
opens with "/", each change searches again, Enter keeps the query and ] and [ step through
the matches.
"""

from __future__ import annotations

import re

from textual.widgets import Input, Static


class ArticleSearch:
    """The search half of the reader: ``query_text``, ``matches`` and ``match_index``."""

    query_text: str
    matches: list[tuple[int, int]]
    match_index: int | None

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        self.query_one("#search-bar").add_class("-shown")
        self.set_focus(search)  # at once: the next keys typed are the query (focus() waits a turn)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "search":
            event.stop()
            self._run_search(event.value, scroll=True)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            event.stop()
            self._run_search(event.value, scroll=True)
            if not event.value:
                self.query_one("#search-bar").remove_class("-shown")
            self.set_focus(self.article_view)

    def _run_search(self, query: str, scroll: bool) -> None:
        self.query_text = query
        text = self.article_view.source_text
        if query:
            pattern = re.compile(re.escape(query), re.IGNORECASE)
            self.matches = [m.span() for m in pattern.finditer(text)]
        else:
            self.matches = []
        self.match_index = 0 if self.matches else None
        self.article_view.set_search(self.matches, self.match_index if scroll else None)
        self._update_info()

    def _step_match(self, step: int) -> None:
        if not self.matches:
            self.notify("No search matches; / searches this article", timeout=2)
            return
        self.match_index = ((self.match_index or 0) + step) % len(self.matches)
        self.article_view.set_search(self.matches, self.match_index)
        self._update_info()

    def action_search_next(self) -> None:
        self._step_match(1)

    def action_search_previous(self) -> None:
        self._step_match(-1)

    def _update_search_count(self) -> None:
        """The search bar's count: which match of how many (the query is in the field beside it)."""
        if self.matches:
            where = f"{(self.match_index or 0) + 1}/{len(self.matches)}"
        else:
            where = "no match" if self.query_text else ""
        self.query_one("#search-count", Static).update(where)
