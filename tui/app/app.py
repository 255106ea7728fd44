"""The briefing reader app: loads cards in a worker (``card_loading``), watches the brief, shows the reader.

Its other parts: the settings and screenshots (``app_settings``), the help screen and the
command palette (``help_palette``).

``make_app`` is the one factory the CLI, the tests and the benchmark use.
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import Iterable

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, TextArea

from ..articles.reader import expand_paths
from ..articles.safe_text import printable
from ..cards.engine import CardEngine
from ..cards.pool import prepare_workers
from ..rules.loader import load_brief
from ..settings import Settings
from ..store import Store, open_store
from ..workspace import Workspace
from .app_settings import AppSettings
from .card_loading import CardLoading
from .commands import ArticleSearchProvider
from .help_palette import HelpAndPalette
from .messages import OpenArticle, ReaderReady, ReloadRules
from .progress import article_count
from .screens.reader import ReaderScreen

DEFAULT_BRIEF = "default"
POLL_SECONDS = 1.0
YIELD_EVENTS = (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)
"""Input after which the worker steps aside until the screen has refreshed."""


class BriefingApp(CardLoading, AppSettings, HelpAndPalette, App):
    """Read articles beside their cards."""

    CSS_PATH = Path(__file__).parent / "app.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    """Below 120 columns the screens get the class -narrow (app.tcss widens the list in focus)."""
    COMMANDS = App.COMMANDS | {ArticleSearchProvider}
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="help", tooltip="List every key"),
        Binding("q", "quit", "Quit", id="quit"),
        Binding("f", "search_all", "Find all", id="search-all",
                tooltip="Search every article of the folder: lines, claims and denials, by speaker"),
    ]

    def __init__(self, engine: CardEngine, files: list[Path], brief_spec: str,
                 problems: Iterable[str] = (), watch: bool = True, store: Store | None = None) -> None:
        super().__init__()
        self.store = store if store is not None else open_store()
        """Cards kept between runs: stored ones are shown at once, new ones kept (tui/store/)."""
        self.workspace = Workspace(engine=engine, problems=list(problems))
        self.files = list(files)
        self.brief_spec = brief_spec
        self.watch_brief = watch
        self.generation = 0
        self.loading = bool(self.files)
        self.brief_problems: list[str] = []
        self._mtimes: dict[str, int | None] = {}
        self._ui_turn_over = threading.Event()
        """Clear while the UI thread has something to show: the card worker then waits
        between articles, so it does not take half the interpreter from a key press."""
        self._ui_turn_over.set()
        prepare_workers(len(self.files))
        self.card_workers = 0
        """Worker processes building the cards of the last load (0: built in this process)."""
        self._builders: list[threading.Thread] = []
        """Threads building cards (the last load's, and any a reload has not yet stopped)."""
        self.title = f"{engine.brief.title} · {article_count(len(self.files))}"
        self.settings = Settings()

    def get_default_screen(self) -> Screen:
        return ReaderScreen(lambda: self.workspace)

    @property
    def reader(self) -> ReaderScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, ReaderScreen)
        return screen

    def on_load(self) -> None:
        # Cards start before the screen is built, so the first one is usually ready
        # for the first paint (one layout with the card instead of an empty screen,
        # then a second layout).
        self._mtimes = self._brief_mtimes()
        self._start(engine=self.workspace.engine, entries=[], paths=self.files)

    def _reader_ready(self) -> bool:
        stack = self.screen_stack
        return bool(stack) and isinstance(stack[0], ReaderScreen) and stack[0].ready

    def on_mount(self) -> None:
        if self.watch_brief:
            self.set_interval(POLL_SECONDS, self._poll_brief)
        self._apply_settings()

    def on_reader_ready(self, _message: ReaderReady) -> None:
        """The reading screen's widgets exist (it has shown the cards loaded so far)."""
        for problem in self.workspace.problems:
            self.notify(printable(problem), severity="warning", timeout=8, markup=False)
        self.show_store_notices()
        if not self.files:
            self.reader.article_view.show(None, None, "No articles to show. Give a folder, glob or files of .txt/.md articles.")
        self.reader.set_progress(len(self.workspace.entries), len(self.files), self.loading)
        self.call_after_refresh(self._ui_turn_over.set)
        self.call_after_refresh(self._started)

    @staticmethod
    def _started() -> None:
        """The first screen is painted: what the start made lives as long as the app, so it
        is frozen out of the garbage collector, which ``brief`` held during the start."""
        gc.freeze()
        gc.enable()

    async def on_event(self, event: events.Event) -> None:
        if self._quits(event):
            # Quit as soon as the key arrives: stop the card threads, and exit without
            # first passing the key down to the screen and back up to the app's binding.
            # While cards or a set-wide view are being computed, each of those steps waits
            # for its turn at the interpreter behind a queue of messages (0.1-0.3 s).
            await self.action_quit()
            return
        if self.loading and isinstance(event, YIELD_EVENTS):
            self.yield_to_ui()
        await super().on_event(event)

    def _quits(self, event: events.Event) -> bool:
        """Is this the key that runs the app's quit action here (not a 'q' typed into a field)?"""
        if not isinstance(event, events.Key) or event.key != "q" or isinstance(self.focused, (Input, TextArea)):
            return False
        active = self.screen.active_bindings.get("q")
        return active is not None and active.node is self and active.binding.action == "quit"

    def get_driver_class(self):
        """Textual's driver, but on Linux one whose input thread stops at once (quick_input.py)."""
        driver = super().get_driver_class()
        try:
            from textual.drivers.linux_driver import LinuxDriver

            from .quick_input import QuickInputDriver
        except ImportError:  # not a Linux/Unix terminal
            return driver
        return QuickInputDriver if driver is LinuxDriver else driver

    async def action_quit(self) -> None:
        """Quit now, even in the middle of a slow card: the threads building cards are
        stopped first, so the screen's last work does not share the interpreter with them."""
        self._stop_builders()
        self.exit()

    def on_unmount(self) -> None:
        self.store.close()  # what the writer was handed is written (bounded), then closed

    def show_store_notices(self) -> None:
        """A store rebuilt or off for this run: one line each, once."""
        for notice in self.store.take_notices():
            self.notify(printable(notice), severity="warning", timeout=8, markup=False)

    # -- what the screens ask for ------------------------------------------------
    def on_reload_rules(self, _message: ReloadRules) -> None:
        self.reload_brief(reason="key")

    def on_open_article(self, message: OpenArticle) -> None:
        self.show_article(message.index, message.span)

    def show_article(self, index: int, span: tuple[int, int] | None = None) -> None:
        """Go back to the reader and show article ``index``, highlighting ``span`` if given."""
        if index >= len(self.workspace.entries):
            self.notify(f"Article {index:03d} is still loading; open it once it is in.", timeout=3)
            return
        while len(self.screen_stack) > 1 and not isinstance(self.screen, ReaderScreen):
            self.pop_screen()
        self.reader.show_article(index, span)

    def action_search_all(self) -> None:
        """Search everything (``f``, every screen): the store's index of this folder's files."""
        from ..store.keys import rules_key
        from .screens.search_all import SearchAllScreen

        if isinstance(self.screen, SearchAllScreen):
            self.screen.action_edit()
            return
        titles = [e.summary.title or e.path for e in self.workspace.entries]
        self.push_screen(SearchAllScreen(self.store, [str(f) for f in self.files],
                                         rules_key(self.workspace.engine.brief), titles))


def make_app(paths: list[str] | None, brief_path: str | None = None, *,
             engine: CardEngine | None = None, watch: bool = True, store: Store | None = None) -> BriefingApp:
    """Build the reader for article paths (folders, globs, files) and a brief.

    Raises BriefError when the brief cannot be loaded (the CLI prints it and exits 2).
    """
    spec = brief_path or DEFAULT_BRIEF
    if engine is None:
        engine = CardEngine(load_brief(spec))
    files, problems = expand_paths(list(paths or []))
    return BriefingApp(engine, files, spec, problems, watch=watch, store=store)
