"""The footer every screen uses: help and quit first, so a narrow terminal never hides them.

Textual's ``Footer`` lists the focused widget's keys, then the screen's, then the
app's, and cuts what does not fit at the right: at 80 columns ``?`` and ``q``
were lost. This footer yields the same keys with the app's own (help, quit)
moved to the front.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer

FIRST_ACTIONS = ("app.help", "app.quit", "help", "quit")
"""Actions whose keys are drawn first (as the footer names them: with or without 'app.')."""


class KeysFooter(Footer):
    """A ``Footer`` whose first keys are help and quit."""

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        first = [w for w in widgets if getattr(w, "action", None) in FIRST_ACTIONS]
        yield from first + [w for w in widgets if w not in first]
