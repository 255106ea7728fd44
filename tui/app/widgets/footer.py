"""The footer every screen uses: help and quit first, so a narrow terminal never hides them.

Textual's ``Footer`` lists the focused widget's keys, then the screen's, then the
app's, and cuts what does not fit at the right: at 80 columns ``?`` and ``q``
were lost. This footer yields the same keys with the app's own (help, quit)
moved to the front.

It also rebuilds its keys only when they change. Textual's footer recomposes on
every change of bindings, and returning to a screen (Esc from the overview) is one:
mounting a dozen keys again and laying the screen out once more was a fifth of
that Esc on 2,000 articles, for the very keys already shown.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

FIRST_ACTIONS = ("app.help", "app.quit", "help", "quit")
"""Actions whose keys are drawn first (as the footer names them: with or without 'app.')."""


def shown_keys(screen: Screen) -> tuple:
    """What a footer draws for ``screen``: each shown binding's key, action, text and state."""
    return tuple((b.key, b.action, b.description, enabled, tooltip)
                 for _node, b, enabled, tooltip in screen.active_bindings.values() if b.show)


class KeysFooter(Footer):
    """A ``Footer`` whose first keys are help and quit, rebuilt only when its keys change."""

    _drawn: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        keys = shown_keys(screen)
        if keys == self._drawn and self.children:
            return
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        if widgets:
            self._drawn = shown_keys(self.screen)
        first = [w for w in widgets if getattr(w, "action", None) in FIRST_ACTIONS]
        yield from first + [w for w in widgets if w not in first]
