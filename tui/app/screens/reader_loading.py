"""The reader as cards arrive: the list grows, the loading line counts, brief errors show.

A mixin of ``ReaderScreen``: the app calls these from its card workers' messages.
"""

from __future__ import annotations

import time

from rich.text import Text
from textual.widgets import ProgressBar, Static

from ...articles.safe_text import printable
from ..progress import progress_line


class ReaderLoading:
    """Filling in the reader: ``entries_added``, ``entries_replaced``, ``set_progress``, ``show_errors``."""

    total: int
    cards_loading: bool
    current: int | None

    def entries_added(self, start: int, count: int) -> None:
        entries = self.workspace.entries
        self.article_list.add_entries(start, entries[start:start + count])
        if self.current is None and entries:
            self.show_article(0)
        elif self.current is not None and start <= self.current + 1:
            self._prepare_soon(self.current)  # the next article has just come in

    def entries_replaced(self) -> None:
        """The brief changed: new cards for the same articles; stay where the reader is."""
        entries = self.workspace.entries
        self.article_list.replace_all(entries)
        if self.current is not None and self.current < len(entries):
            entry = entries[self.current]
            self.article_view.set_card(entry.card)
            self.card_list.show_card(entry.card, keep_position=True)
            self._update_info()
        elif entries:
            self.show_article(0)
        self.refresh_kept_screens()

    def set_progress(self, done: int, total: int, loading: bool) -> None:
        """The loading line: a bar, "1,240 / 2,225 cards" and the time left (for a large folder)."""
        self.total, self.cards_loading = total, loading
        if loading and self._load_started is None:
            self._load_started = (time.monotonic(), done)
        row = self.query_one("#progress")
        row.set_class(loading and total > 20, "-loading")
        self.query_one("#progress-bar", ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#progress-text", Static).update(
            progress_line(done, total, self._load_started, time.monotonic()))
        if not loading:
            self._load_started = None
            if self._pending_last and self.workspace.entries:
                self._pending_last = False
                self.show_article(len(self.workspace.entries) - 1)

    def show_errors(self, problems: list[str]) -> None:
        panel = self.query_one("#errors", Static)
        if not problems:
            panel.update("")
            panel.remove_class("-shown")
            return
        text = Text()
        text.append("The brief has problems; the last good cards stay on screen. "
                    "Fix the file and save (it reloads by itself, r reloads now).\n", style="bold")
        for i, problem in enumerate(problems):
            text.append(printable(problem))
            if i < len(problems) - 1:
                text.append("\n")
        panel.update(text)
        panel.add_class("-shown")

    @property
    def folder_size(self) -> int | None:
        """The folder's article count while cards still load (set-wide screens say what they leave out)."""
        return self.total if self.cards_loading else None
