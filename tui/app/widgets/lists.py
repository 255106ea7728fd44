"""Lists and tables that take the same keys as every list of the reader.

``j``/``k`` move, ``g``/``G`` go to the first and last row: the article list,
the card, the comparison card, the overview's tables and the article picker all
answer to them, so a key means one thing on every screen.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable, OptionList

LIST_KEYS = [
    Binding("j", "cursor_down", "Next row", show=False, id="list-down"),
    Binding("k", "cursor_up", "Previous row", show=False, id="list-up"),
    Binding("g", "first", "First row", show=False, id="list-first"),
    Binding("G", "last", "Last row", show=False, id="list-last"),
]


class KeyedOptionList(OptionList):
    """An ``OptionList`` with the reader's list keys."""

    BINDINGS = LIST_KEYS


class KeyedDataTable(DataTable):
    """A ``DataTable`` with the reader's list keys (``g``/``G``: first and last row)."""

    BINDINGS = [
        Binding("j", "cursor_down", "Next row", show=False, id="table-down"),
        Binding("k", "cursor_up", "Previous row", show=False, id="table-up"),
        Binding("g", "scroll_top", "First row", show=False, id="table-first"),
        Binding("G", "scroll_bottom", "Last row", show=False, id="table-last"),
    ]
