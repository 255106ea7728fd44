"""Overview screen: the whole set in one place.

The reader installs one ``OverviewScreen(workspace)`` and shows it again on each ``o``
(``show_for``): Esc only hides it, so leaving costs no teardown (removing four tables of
thousands of rows was a third of an Esc on 2,000 articles), and a complete
overview of the same articles comes back at once. The overview is computed by the
engine (:func:`tui.comparison.overview_of`); this screen shows it in four tabs:

- Actors: an actor x article matrix of mention counts for a few articles (``s``
  cycles the sort: total, number of articles, name; selecting a column header
  sorts by that article); for a large set, totals first and the articles that
  name each actor most;
- Shared: statements carried by several articles, one row per article's wording;
- Denials: every denial in the set, who denies what, where;
- Articles: each article's outlet, date and length.

The overview is computed in a worker thread that reports its progress ("comparing
statements 1,240 / 12,864") and stops as soon as the screen is left; the tables
(``overview_tables``) are filled in batches, so keys are served while thousands of rows go in.

Enter on a cell or row opens the article in the reader at the words
(``overview_jumps``). Names and statements are article data and are
shown literally (``rich.text.Text``, never markup).
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.worker import get_current_worker
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static, TabbedContent, TabPane

from ..widgets.footer import KeysFooter
from ...articles.safe_text import printable
from ...comparison import Overview, overview_of
from ...comparison.progress import Cancelled
from ..progress import ScreenProgress, article_count, still_loading
from ..switching import short_switch_interval
from ..widgets.lists import KeyedDataTable
from .overview_jumps import OverviewJumps
from .overview_tables import Jump, OverviewTables
from ...workspace import Workspace

SORT_KEYS = ("total", "articles", "name")
SORT_LABELS = {"total": "total mentions", "articles": "articles naming it", "name": "name",
               "article": "mentions in article"}
SYNC_LIMIT = 60
"""Up to this many articles the overview is computed at once; above, in a worker."""


class OverviewScreen(OverviewTables, OverviewJumps, Screen):
    """Actor matrix, shared statements, denials and articles of the whole workspace."""

    CSS_PATH = str(Path(__file__).resolve().parent.parent / "overview.tcss")
    BINDINGS = [
        Binding("escape", "back", "Back", id="overview-back"),
        Binding("S", "sort", "Sort", id="overview-sort", tooltip="Sort the actors by total, articles or name"),
        Binding("1", "tab('ov-actors')", "Actors", id="overview-tab-actors"),
        Binding("2", "tab('ov-shared')", "Shared", id="overview-tab-shared"),
        Binding("3", "tab('ov-denials')", "Denials", id="overview-tab-denials"),
        Binding("4", "tab('ov-articles')", "Articles", id="overview-tab-articles"),
        Binding("enter", "jump", "Open at words", id="overview-jump", tooltip="Open the article at these words"),
    ]

    def help_groups(self) -> list[tuple[str, list[Binding]]]:
        """This screen's keys, for the help screen."""
        return [("Overview", list(self.BINDINGS)), ("Tables", list(KeyedDataTable.BINDINGS))]

    def __init__(self, workspace: Workspace, folder_size: int | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.folder_size = folder_size
        """How many articles the folder holds, when some were still loading (else None)."""
        self.overview: Overview | None = None
        self.sort_key = "total"
        self.sort_article: int | None = None
        self.actor_rows: list = []
        self.jumps: dict[str, list[Jump]] = {}
        self._generation: dict[str | None, int] = {}
        """Table id -> which fill is current (batches of an older fill stop adding rows)."""
        self._filling: set[str | None] = set()
        """Tables whose rows are still going in."""
        self._articles_seen = 0
        """How many workspace entries the overview was asked for (more came in: it is stale)."""

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        yield Static("Computing the overview…", id="overview-status")
        with TabbedContent(id="overview-tabs", initial="ov-actors"):
            with TabPane("Actors", id="ov-actors"):
                yield KeyedDataTable(id="overview-actors", cursor_type="cell", zebra_stripes=True)
            with TabPane("Shared statements", id="ov-shared"):
                yield KeyedDataTable(id="overview-shared", cursor_type="row", zebra_stripes=True)
            with TabPane("Denials", id="ov-denials"):
                yield KeyedDataTable(id="overview-denials", cursor_type="row", zebra_stripes=True)
            with TabPane("Articles", id="ov-articles"):
                yield KeyedDataTable(id="overview-articles", cursor_type="row", zebra_stripes=True)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.start()

    def start(self) -> None:
        """Compute the overview of the workspace's articles: at once for a few, else in a worker."""
        self._articles_seen = len(self.workspace.entries)
        n = sum(1 for e in self.workspace.entries if e.ok)
        if n <= SYNC_LIMIT:
            self.show(overview_of(self.workspace))
        else:
            self.compute()

    def show_for(self, workspace: Workspace, folder_size: int | None = None) -> None:
        """Open again (the reader keeps this screen installed): a complete overview of the same
        articles stays as it was, cursor and sort included; anything else is computed anew."""
        if self.complete and workspace is self.workspace and folder_size == self.folder_size \
                and len(workspace.entries) == self._articles_seen:
            return
        self._forget()
        self.workspace, self.folder_size = workspace, folder_size
        self.query_one("#overview-status", Static).update("Computing the overview…")
        for table in self.query(DataTable).results(DataTable):
            table.clear(columns=True)
        self.start()

    @property
    def complete(self) -> bool:
        """Computed, and every table holds all its rows."""
        return self.overview is not None and not self._filling

    def _forget(self) -> None:
        """Drop a half-made overview: stop its work and the batches still to go in."""
        self.workers.cancel_group(self, "overview")
        self.overview = None
        for table_id in self._filling:
            self._generation[table_id] = self._generation.get(table_id, 0) + 1
        self._filling.clear()

    @work(thread=True, exclusive=True, group="overview")
    def compute(self) -> None:
        worker = get_current_worker()
        progress = ScreenProgress(self.app, self._progress, lambda: worker.is_cancelled, "Computing the overview")
        try:
            with short_switch_interval():  # keys stay quick while it runs (switching.py)
                result = overview_of(self.workspace, progress)
        except Cancelled:
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self.show, result)

    def _progress(self, line: str) -> None:
        if self.is_attached:
            self.query_one("#overview-status", Static).update(Text(line, no_wrap=True, overflow="ellipsis"))

    # -- filling the tables --------------------------------------------------
    def show(self, overview: Overview) -> None:
        self.overview = overview
        self._fill_actors()
        self._fill_shared()
        self._fill_denials()
        self._fill_articles()
        self._status()
        self.query_one("#overview-actors", DataTable).focus()

    def _status(self) -> None:
        o = self.overview
        if o is None:
            return
        sort = SORT_LABELS[self.sort_key]
        if self.sort_key == "article" and self.sort_article is not None:
            sort += " " + next((a.label for a in o.articles if a.index == self.sort_article), str(self.sort_article))
        spellings = ""
        if o.spellings:
            spellings = " · spelled differently: " + "; ".join(
                " / ".join(s.forms) for s in o.spellings[:4]) + ("…" if len(o.spellings) > 4 else "")
        self.query_one("#overview-status", Static).update(Text(
            f"{article_count(len(o.articles))}{still_loading(len(o.articles), self.folder_size, 'o')} · "
            f"{len(o.actors):,} actors (sorted by {sort}) · "
            f"{len(o.shared_statements):,} shared statements · {len(o.denials):,} denials{printable(spellings)}",
            no_wrap=True, overflow="ellipsis"))

    # -- keys ------------------------------------------------------------------
    def action_back(self) -> None:
        if not self.complete:
            self._forget()  # the work stops, not just the screen
        self.app.pop_screen()

    def action_tab(self, pane: str) -> None:
        self.query_one("#overview-tabs", TabbedContent).active = pane
        table = self.query_one(f"#{pane} DataTable", DataTable)
        table.focus()

    def action_sort(self) -> None:
        if self.overview is None:
            return
        if self.sort_key in SORT_KEYS:
            self.sort_key = SORT_KEYS[(SORT_KEYS.index(self.sort_key) + 1) % len(SORT_KEYS)]
        else:
            self.sort_key = SORT_KEYS[0]
        self.sort_article = None
        self._refill_actors()

    def sort_by_article(self, article: int) -> None:
        self.sort_key, self.sort_article = "article", article
        self._refill_actors()

    def _refill_actors(self) -> None:
        table = self.query_one("#overview-actors", DataTable)
        column = table.cursor_coordinate.column
        self._fill_actors()
        table.cursor_coordinate = Coordinate(0, min(column, len(table.columns) - 1))
        self._status()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        if event.data_table.id != "overview-actors":
            return
        key = str(event.column_key.value)
        if key.startswith("a") and key[1:].isdigit():
            self.sort_by_article(int(key[1:]))
        elif key == "actor":
            self.sort_key, self.sort_article = "name", None
            self._refill_actors()
        elif key in ("total", "in"):
            self.sort_key, self.sort_article = ("total" if key == "total" else "articles"), None
            self._refill_actors()
