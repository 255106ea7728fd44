"""Scrolling widgets whose content length changes without a screen layout.

A ``ScrollView``'s region does not depend on how long its content is, yet Textual
declares ``virtual_size`` with ``layout=True``: every new article or card would
re-lay out the whole screen, and every layout re-sizes every scrollbar, which
costs a second refresh. Here a new virtual size updates the scrollbar only (the
widget refreshes itself when its content changes, and a size computed while
rendering needs no second paint); showing or hiding the scrollbar still lays
out (Textual's ``show_vertical_scrollbar`` asks for it).
"""

from __future__ import annotations

from textual import events
from textual.geometry import Region, Size
from textual.reactive import Reactive
from textual.strip import Strip


class LocalScrollMixin:
    """Mix into a ``ScrollView`` subclass (before the Textual base class)."""

    virtual_size = Reactive(Size(0, 0), layout=False, repaint=False)

    def watch_virtual_size(self, size: Size) -> None:
        if self.is_mounted and self.container_size:  # type: ignore[attr-defined]
            self._scroll_update(size)  # type: ignore[attr-defined]

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        # The compositor passes the region's size as the virtual size of a ScrollView, which
        # never equals ours, so every layout re-sized our scrollbars (and took a second paint);
        # our scrollbars already follow our virtual size, so only a new size counts here.
        return super()._size_updated(size, self.virtual_size, container_size, layout)  # type: ignore[misc]


class KeepRowsMixin(LocalScrollMixin):
    """For an ``OptionList``: drop its rendered rows only when the width they were drawn at changes.

    Textual's ``OptionList`` drops every rendered row on any resize, including the one
    sent just after the first paint, so the first card and article list were drawn
    twice. Here the rows are dropped when a paint finds a new width (before drawing),
    and a resize that leaves the width as it was keeps them.
    """

    _rows_width: int | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        width = self.scrollable_content_region.width  # type: ignore[attr-defined]
        if width != self._rows_width:
            self._rows_width = width
            # what OptionList's resize handler clears, without its refresh (we are drawing now)
            self._option_render_cache.clear()  # type: ignore[attr-defined]
            self._line_cache.clear()  # type: ignore[attr-defined]
        return super().render_lines(crop)  # type: ignore[misc]

    def _on_resize(self, event: events.Resize) -> None:
        if self._rows_width == self.scrollable_content_region.width:  # type: ignore[attr-defined]
            event.prevent_default()  # the rows were drawn at this width: OptionList's reset is not needed


class HighlightLinesMixin:
    """For an ``OptionList``: moving the highlight redraws the two rows concerned, not the list.

    Textual's ``highlighted`` repaints the whole widget (and its scrollbar) on every
    move; in a long article list that was the largest part of a key press.
    """

    highlighted: Reactive[int | None] = Reactive(None, repaint=False)

    def _watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            if index is not None:
                self._refresh_option(index)

    def _refresh_option(self, index: int) -> None:
        if index >= self.option_count:  # type: ignore[attr-defined]
            return  # the options are being replaced (set_options): the whole list is redrawn
        try:  # OptionList keeps where each option's rows are
            line, height = self._index_to_line[index], self._heights[index]  # type: ignore[attr-defined]
        except (KeyError, IndexError, AttributeError):
            self.refresh()  # type: ignore[attr-defined]
            return
        self.refresh_lines(line, height)  # type: ignore[attr-defined]
