"""The one writer: a thread with its own connection that writes cards in batches.

Whoever makes cards (the CLI, the reader's worker thread, cards sent back by the
worker processes) hands them over and goes on; the writer encodes and indexes
them and commits a batch at a time. SQLite lets one process write at a time: a
second program on the same store waits up to the busy timeout, and a batch it
cannot write is tried again, then dropped (those cards are made again next run).
A process killed mid-batch loses that batch only: the transaction never commits.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
import time

from ..articles.model import Article, FileStat
from ..cards.model import Card
from .rows import write_card, write_seen
from .schema import connect

BATCH_SECONDS = 0.3
BATCH_SIZE = 300
TRIES = 3
CLOSE_SECONDS = 30.0
"""The longest ``close`` waits for pending cards (a huge cold folder); what is left is dropped."""
_FLUSH = object()
_STOP = object()


class StoreWriter:
    def __init__(self, store) -> None:
        self.store = store
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
        self._thread.start()

    def put_card(self, article: Article, card: Card, rules: str, stat: FileStat | None) -> None:
        self._queue.put(("card", article, card, rules, stat))

    def put_seen(self, path: str, stat: FileStat, text_id: int, rules: str) -> None:
        self._queue.put(("seen", path, stat, text_id, rules))

    def flush(self, timeout: float | None = None) -> None:
        done = threading.Event()
        self._queue.put((_FLUSH, done))
        done.wait(timeout)

    def close(self) -> None:
        self._queue.put((_STOP,))
        self._thread.join(CLOSE_SECONDS)

    # -- the thread ------------------------------------------------------------
    def _run(self) -> None:
        db = None
        try:
            db = connect(self.store.path)
        except sqlite3.Error as exc:
            self.store.failed(exc, "write")
            db = None
        pending: list[tuple] = []
        tries = 0
        while True:
            stop = False
            waiters = []
            deadline = time.monotonic() + BATCH_SECONDS
            while len(pending) < BATCH_SIZE:
                try:
                    item = self._queue.get(timeout=max(0.0, deadline - time.monotonic()) if pending else None)
                except queue.Empty:
                    break
                if item[0] is _STOP:
                    stop = True
                    break
                if item[0] is _FLUSH:
                    waiters.append(item[1])
                    break
                pending.append(item)
            if pending and db is not None and self.store.writable:
                if self._write(db, pending):
                    pending, tries = [], 0
                else:
                    tries += 1
                    if tries >= TRIES:
                        pending, tries = [], 0
            elif not self.store.writable:
                pending = []
            for waiter in waiters:
                waiter.set()
            if stop:
                break
        if db is not None:
            try:
                db.close()
            except sqlite3.Error:
                pass

    def _write(self, db: sqlite3.Connection, items: list[tuple]) -> bool:
        """Write one batch in one transaction; False when another process held the lock."""
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                for item in items:
                    if item[0] == "card":
                        write_card(db, *item[1:])
                    else:
                        write_seen(db, *item[1:])
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            return True
        except sqlite3.Error as exc:
            if getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED"):
                return False
            self.store.failed(exc, "write")
            return True
        except Exception as exc:  # noqa: BLE001 - a card that cannot be encoded: skip the batch
            self.store.failed(exc, "write")
            return True
