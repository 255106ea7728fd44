"""Cards for a large folder on every core: worker processes, each with its own engine.

The engine is pure Python, so one process builds cards on one core, and while it
does it competes with the reader's screen for the interpreter. A large folder is
therefore split over worker processes: each loads the brief itself (its compiled
patterns come from the pattern cache), checks it compiled the same rules as the
caller, and sends back articles with their cards, in file order.

The first few files are built in the calling process. The workers are started
only after the first of them has been handed over and the caller has asked for
the next (the reader asks once its screen shows that card), so they do not slow
the reader's start; the caller builds the rest of the few while they start.
If the workers cannot be had (or fail, or find different rules), the rest is
built in the calling process: the caller always gets every card.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Callable, Iterator

from ..articles.model import Article
from ..articles.reader import read_article
from ..rules.loader import load_brief
from .engine import CardEngine
from .model import Card
from .workers import ignore_interrupts, interrupts_held, let_go

MIN_FILES = 200
"""Fewer files than this are built in the calling process: starting workers costs ~0.3 s."""
FIRST_IN_PROCESS = 8
"""Files built by the caller: the first before the workers start, the others while they start."""
CHUNK = 16
"""Files per task: large enough that sending results back is a small part of the work."""
WORKER_NICENESS = 10
"""How much lower the workers' priority is than the caller's."""

_engine: CardEngine | None = None


class _WrongRules(Exception):
    """The worker's brief is not the caller's (the file changed in between)."""


def _start_worker(brief_spec: str, digest: str) -> None:
    global _engine
    ignore_interrupts()  # a Ctrl-C is the caller's: it lets the workers go
    try:
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):  # no nice() on this system: same priority
        pass
    try:
        engine = CardEngine(load_brief(brief_spec))
    except Exception:  # noqa: BLE001 - the caller builds these cards itself
        return
    if engine.brief.digest == digest:
        _engine = engine


def _read_and_card(engine: CardEngine, path: Path | str) -> tuple[Article, Card]:
    article = read_article(path)
    return article, engine.card(article)


def _cards(paths: list[str]) -> list[tuple[Article, Card]]:
    if _engine is None:
        raise _WrongRules
    return [_read_and_card(_engine, path) for path in paths]


def prepare_workers(file_count: int) -> None:
    """Call before anything replaces ``sys.stderr`` (a Textual app does, with an object
    whose ``fileno()`` is -1): starting worker processes starts multiprocessing's resource
    tracker, which passes stderr's file descriptor on and fails on -1."""
    if file_count >= MIN_FILES and worker_count() >= 1:
        try:
            from multiprocessing import resource_tracker

            resource_tracker.ensure_running()
        except Exception:  # noqa: BLE001 - then CardPool builds in this process
            pass


def worker_count() -> int:
    """A worker per core: workers run at a lower priority, so the caller (the reader
    drawing its screen) still gets a core the moment it needs one. One core alone is
    better used by the caller itself: results would only be sent across to it."""
    cores = os.cpu_count() or 1
    return cores if cores > 1 else 0


class CardPool:
    """Cards for ``paths`` in order: ``cards()`` yields (article, card) for every path."""

    def __init__(self, engine: CardEngine, brief_spec: str, paths: list[Path], workers: int | None = None):
        self.engine = engine
        self.brief_spec = brief_spec
        self.paths = list(paths)
        self.workers = worker_count() if workers is None else workers
        self.wants_workers = len(self.paths) >= MIN_FILES and self.workers >= 1
        self.used_workers = 0
        """Worker processes whose cards were used (0 when all were built here)."""
        self._executor: ProcessPoolExecutor | None = None
        self._futures: list[Future | None] = []

    def cards(self, cancelled: Callable[[], bool] = lambda: False) -> Iterator[tuple[Article, Card]]:
        """Every path's article and card, in order; stops early once ``cancelled()``, which
        is asked before each card (the reader waits there for its screen to refresh)."""
        try:
            local = FIRST_IN_PROCESS if self.wants_workers else len(self.paths)
            for done, path in enumerate(self.paths[:local]):
                if cancelled():
                    return
                if done == 1 and self.wants_workers:
                    self._start_workers()  # once the first card is on screen: not before it
                yield _read_and_card(self.engine, path)
            done = local
            for k, future in enumerate(self._futures):
                self._futures[k] = None  # a card, once yielded, is the caller's: memory stays bounded
                results = self._wait(future, cancelled)
                if results is None:
                    self.used_workers = 0
                    break  # the workers failed, or the caller stopped: the rest is built here
                for item in results:
                    if cancelled():
                        return
                    yield item
                    done += 1
            for path in self.paths[done:]:
                if cancelled():
                    return
                yield _read_and_card(self.engine, path)
        finally:
            self.close()

    def _start_workers(self) -> None:
        rest = [str(p) for p in self.paths[FIRST_IN_PROCESS:]]
        try:
            # spawn, not fork: the reader has threads running, and a forked child can
            # inherit a lock one of them held; the processes start on the submits
            with interrupts_held():
                self._executor = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker, initargs=(self.brief_spec, self.engine.brief.digest))
                self._futures = [self._executor.submit(_cards, rest[i:i + CHUNK])
                                 for i in range(0, len(rest), CHUNK)]
            self.used_workers = self.workers
        except Exception:  # noqa: BLE001 - no workers here: build in this process
            self._futures = []
            self.close()

    def close(self) -> None:
        """Let the workers go at once: a reader that quits or reloads mid-folder does not
        wait for the files already handed to them (that took seconds). Once this returns,
        nothing of the pool runs any more (``workers.let_go``), so the program can end."""
        executor, self._executor = self._executor, None
        if executor is not None:
            let_go(executor)

    @staticmethod
    def _wait(future: Future, cancelled: Callable[[], bool]) -> list[tuple[Article, Card]] | None:
        while not cancelled():
            try:
                return future.result(timeout=0.1)
            except FutureTimeout:
                continue
            except Exception:  # noqa: BLE001 - a broken pool or other rules: build here
                return None
        return None
