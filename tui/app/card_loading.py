"""The reader app's cards: built on a worker thread, shown in batches, rebuilt when the brief changes.

A mixin of ``BriefingApp``. The cards are built on a daemon thread that a Textual worker
watches, so quitting never waits for a slow card; batches reach the screen at most
``BATCH_SECONDS`` apart, and the builder steps aside between articles while the screen has
something to show (``yield_to_ui``). The brief's files are polled: a change rebuilds every
card with the new rules, and a brief that no longer loads keeps the last good cards.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from textual import work
from textual.message import Message
from textual.worker import Worker, get_current_worker

from ..cards.engine import CardEngine
from ..rules.loader import load_brief, resolve_brief_path
from ..rules.problems import BriefError
from ..store import Store
from ..store.cards import card_article
from ..store.pool import StoredPool
from ..workspace import Entry, Workspace
from .progress import article_count
from .stopping import CardsStopped, stop_thread
from .switching import short_switch_interval

BATCH_SECONDS = 0.25
"""Cards computed in the worker reach the screen in batches at most this far apart."""
UI_TURN_TIMEOUT = 0.5
"""Longest the worker waits for the screen to refresh before it carries on anyway."""
CANCEL_POLL_SECONDS = 0.05
"""How often the card worker looks whether it was cancelled (by 'q' or a reload)."""


@dataclass
class CardsLoaded(Message):
    """A batch of new entries, in file order, from the loading worker."""

    generation: int
    entries: list[Entry]
    done: bool


@dataclass
class CardsRebuilt(Message):
    """Every already-loaded article re-carded with a new brief."""

    generation: int
    engine: CardEngine
    entries: list[Entry]


@dataclass
class BriefFailed(Message):
    """The brief on disk no longer loads; the last good cards stay."""

    generation: int
    problems: list[str]


class CardLoading:
    """Loading and reloading the cards of ``files`` into ``workspace``."""

    store: Store
    workspace: Workspace
    files: list[Path]
    brief_spec: str
    generation: int
    loading: bool
    card_workers: int
    brief_problems: list[str]
    _mtimes: dict[str, int | None]
    _ui_turn_over: threading.Event
    _builders: list[threading.Thread]

    def yield_to_ui(self) -> None:
        """Hold the card worker (between two articles) until the screen has refreshed."""
        if self._ui_turn_over.is_set():
            self._ui_turn_over.clear()
            self.call_after_refresh(self._ui_turn_over.set)

    def _stop_builders(self) -> None:
        for builder in self._builders:
            stop_thread(builder)

    def _start(self, engine: CardEngine | None, entries: list[Entry], paths: list[Path]) -> None:
        self.generation += 1
        self.loading = bool(paths) or engine is None or bool(entries)
        self._ui_turn_over.set()  # a new worker never waits on the last one's batch
        self._compute(self.generation, engine, entries, paths)

    @work(thread=True, exclusive=True, group="cards")
    def _compute(self, generation: int, engine: CardEngine | None,
                 entries: list[Entry], paths: list[Path]) -> None:
        # The cards are built on a daemon thread that this worker watches. Quitting
        # cancels the worker, which returns at once, so neither Textual nor the
        # interpreter waits for a slow card to finish: 'q' exits whatever is running.
        worker = get_current_worker()
        builder = threading.Thread(target=self._build_cards, args=(worker, generation, engine, entries, paths),
                                   name="cards", daemon=True)
        self._builders = [t for t in self._builders if t.is_alive()] + [builder]
        builder.start()
        while builder.is_alive() and not worker.is_cancelled:
            builder.join(CANCEL_POLL_SECONDS)

    def _build_cards(self, worker: Worker, generation: int, engine: CardEngine | None,
                     entries: list[Entry], paths: list[Path]) -> None:
        # A short GIL switch interval while the cards are built keeps keys snappy:
        # with the default 5 ms the UI thread waits that long at every hand-over.
        try:
            with short_switch_interval():
                self._compute_cards(worker, generation, engine, entries, paths)
        except CardsStopped:
            pass  # the reader is quitting

    def _compute_cards(self, worker: Worker, generation: int, engine: CardEngine | None,
                       entries: list[Entry], paths: list[Path]) -> None:
        if engine is None:
            try:
                engine = CardEngine(load_brief(self.brief_spec))
            except BriefError as exc:
                self.post_message(BriefFailed(generation, [str(p) for p in exc.problems]))
                return
            except Exception as exc:  # a brief must never crash the reader
                self.post_message(BriefFailed(generation, [f"{self.brief_spec}: {exc}"]))
                return
            rebuilt = []
            for entry in entries:  # a stored entry is read here, in the worker
                if worker.is_cancelled:
                    return
                article = entry.article
                rebuilt.append(Entry(article, card_article(engine, article, self.store, keep=False)))
            self.post_message(CardsRebuilt(generation, engine, rebuilt))
        batch: list[Entry] = []
        last = 0.0

        def stop() -> bool:
            self._ui_turn_over.wait(UI_TURN_TIMEOUT)  # the screen first, then the next card
            return worker.is_cancelled

        pool = StoredPool(engine, self.brief_spec, paths, self.store)
        for entry in pool.entries(stop):  # stored entries are read and decoded when first shown
            batch.append(entry)
            now = time.monotonic()
            if not last or now - last >= BATCH_SECONDS:
                self._ui_turn_over.clear()  # set again once the batch is on screen
                self.post_message(CardsLoaded(generation, batch, done=False))
                batch, last = [], now
        if not worker.is_cancelled:
            self.card_workers = pool.used_workers
            self.post_message(CardsLoaded(generation, batch, done=True))

    def on_cards_loaded(self, message: CardsLoaded) -> None:
        if message.generation != self.generation:
            return
        ws = self.workspace
        start = len(ws.entries)
        ws.entries.extend(message.entries)
        # Loaded cards stay for the app's life: keep the cyclic GC from walking them at
        # every full collection (on a large folder each one stalled the screen 0.1-0.3 s).
        # They are still freed by reference counting when a reload replaces them.
        gc.freeze()
        if message.done:
            self.loading = False
            self.call_later(self.show_store_notices)
        if not self.is_running:
            return  # shutting down: the screens are being taken apart
        if not self._reader_ready():
            return  # the reader shows them when it mounts, and then lets the worker go on
        if message.entries:
            self.reader.entries_added(start, len(message.entries))
        self.reader.set_progress(len(ws.entries), len(self.files), self.loading)
        self.call_after_refresh(self._ui_turn_over.set)

    def on_cards_rebuilt(self, message: CardsRebuilt) -> None:
        if message.generation != self.generation:
            return
        self.workspace = Workspace(engine=message.engine, entries=message.entries,
                                   problems=list(self.workspace.problems))
        self.title = f"{message.engine.brief.title} · {article_count(len(self.files))}"
        had_problems = bool(self.brief_problems)
        self.brief_problems = []
        self._mtimes = self._brief_mtimes()
        self.reader.show_errors([])
        self.reader.entries_replaced()
        self.notify("Brief fixed; cards recomputed." if had_problems else "Rules reloaded; cards recomputed.",
                    timeout=3)

    def on_brief_failed(self, message: BriefFailed) -> None:
        if message.generation != self.generation:
            return
        self.loading = False
        self.brief_problems = message.problems
        self._mtimes = self._brief_mtimes()
        self.reader.show_errors(message.problems)
        self.notify(f"The brief has {len(message.problems)} problem{'s' if len(message.problems) != 1 else ''}; "
                    "last good cards kept.", severity="error", timeout=4)
        # articles not yet loaded still come in with the last good rules
        remaining = self.files[len(self.workspace.entries):]
        if remaining:
            self.generation += 1
            self.loading = True
            self._compute(self.generation, self.workspace.engine, [], remaining)

    # -- live rules ----------------------------------------------------------
    def _brief_files(self) -> list[str]:
        files = list(self.workspace.engine.brief.files)
        root = str(resolve_brief_path(self.brief_spec))
        if root not in files:
            files.insert(0, root)
        return files

    def _brief_mtimes(self) -> dict[str, int | None]:
        out: dict[str, int | None] = {}
        for name in self._brief_files():
            try:
                out[name] = os.stat(name).st_mtime_ns
            except OSError:
                out[name] = None
        return out

    def _poll_brief(self) -> None:
        if self._brief_mtimes() != self._mtimes:
            self.reload_brief(reason="change")

    def reload_brief(self, reason: str = "key") -> None:
        """Reload the brief and recompute every card in the background."""
        self._mtimes = self._brief_mtimes()
        entries = list(self.workspace.entries)
        remaining = self.files[len(entries):]
        if reason == "key":
            self.notify("Reloading rules…", timeout=2)
        self._start(engine=None, entries=entries, paths=remaining)
