"""Scrolling widgets whose content length changes without a screen layout.

A ``ScrollView``'s region does not depend on how long its content is, yet Textual
declares ``virtual_size`` with ``layout=True``: every new article or card would
re-lay out the whole screen, and every layout re-sizes every scrollbar, which
costs a second refresh. Here a new virtual size repaints this widget and its
scrollbar only; showing or hiding the scrollbar still lays out (Textual's
``show_vertical_scrollbar`` asks for it).
"""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive


class LocalScrollMixin:
    """Mix into a ``ScrollView`` subclass (before the Textual base class)."""

    virtual_size = Reactive(Size(0, 0), layout=False, repaint=True)

    def watch_virtual_size(self, size: Size) -> None:
        if self.is_mounted and self.container_size:  # type: ignore[attr-defined]
            self._scroll_update(size)  # type: ignore[attr-defined]
