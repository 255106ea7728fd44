"""Where Enter in the overview goes: the article of a row, at the words of its statement
or, in the actor matrix, at that article's first mention of the actor.

A mixin of ``OverviewScreen``. The tables (``overview_tables``) note one target per row as
they fill; a cell of an article column of the matrix is looked up on the actor's row. The
jump is a message (``OpenArticle``), so the app takes the reader back to the article.
"""

from __future__ import annotations

from textual.widgets import DataTable

from ...comparison import Overview
from ..messages import OpenArticle
from .overview_tables import Jump


class OverviewJumps:
    """Enter, a click on a cell or a row of the overview, for ``OverviewScreen``."""

    overview: Overview | None
    actor_rows: list
    jumps: dict[str, list[Jump]]
    matrix: bool

    def target(self, table_id: str, row: int, column: int | None = None) -> Jump | None:
        """Where Enter on (row, column) of a table goes: (workspace index, span or None)."""
        if self.overview is None:
            return None
        jumps = self.jumps.get(table_id, [])
        if not 0 <= row < len(jumps):
            return None
        if table_id == "overview-actors" and column is not None and self.matrix:
            # an article column jumps to that article's first mention of the actor
            pos = column - 2
            if 0 <= pos < len(self.overview.articles):
                first = self.actor_rows[row].first.get(self.overview.articles[pos].index)
                if first is None:
                    return None
                return first.article, (first.start, first.end)
        return jumps[row]

    def action_jump(self) -> None:
        table = self.focused if isinstance(self.focused, DataTable) else None
        if table is None or table.row_count == 0:
            return
        coord = table.cursor_coordinate
        self._go(self.target(table.id or "", coord.row, coord.column))

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self._go(self.target(event.data_table.id or "", event.coordinate.row, event.coordinate.column))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._go(self.target(event.data_table.id or "", event.cursor_row))

    def _go(self, target: Jump | None) -> None:
        if target is None:
            self.notify("This article does not name that actor.", timeout=2)
            return
        self.post_message(OpenArticle(*target))
