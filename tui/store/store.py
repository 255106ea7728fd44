"""The store as the rest of the program sees it: look cards up, hand new ones to the writer.

Reads run on the caller's connection (in WAL mode they never wait for a writer);
every write goes through the one writer thread (``writer.py``). Any failure turns
into a miss and, at most once, a one-line notice: a damaged file is removed so the
next run starts a new one, a read-only or full disk turns the store off for the
run. The store never raises into its callers and never changes a card.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Iterable, NamedTuple

from ..articles.model import Article, FileStat
from ..cards.model import Card
from . import codec
from .keys import content_key
from .location import store_path
from .schema import NotOurs, Unusable, open_database, remove_database

BATCH = 400
"""Keys per SQL query (SQLite allows 32,766 parameters; smaller batches start sooner)."""
DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_ERROR")


class FileState(NamedTuple):
    """What the store last saw at a path: its signature, and the text it held.
    (Named tuples here: a reopen reads 10,000 rows, and frozen dataclasses cost more.)"""

    stat: FileStat
    text_id: int
    rules: str


class Listed(NamedTuple):
    """A path as the store knows it, with its text's key and, if made with the rules
    asked for, its card's row (payload, summary, digest), not yet checked or decoded."""

    state: FileState
    content: bytes
    card: tuple[bytes, bytes, bytes] | None


FILE_COLUMNS = "f.size, f.mtime_ns, f.ctime_ns, f.ino, f.checked_ns, f.text_id, f.rules"


class Store:
    """One database file (or none: ``enabled`` is False and every lookup misses)."""

    def __init__(self, path: Path | None, db: sqlite3.Connection | None, notices: Iterable[str] = ()):
        self.path = path
        self._db = db
        self._lock = threading.RLock()
        self._notices = list(notices)
        self._writer = None
        self._closed = False

    @property
    def enabled(self) -> bool:
        """Cards may be looked up and handed over (an open store that did not fail)."""
        return self._db is not None and not self._closed

    @property
    def writable(self) -> bool:
        """The writer may go on writing (true while ``close`` waits for it)."""
        return self._db is not None

    # -- notices and failures ---------------------------------------------------
    def take_notices(self) -> list[str]:
        """One-line notices (damaged file rebuilt, store off) not yet shown; each is shown once."""
        with self._lock:
            notices, self._notices = self._notices, []
        return notices

    def failed(self, exc: BaseException, doing: str) -> None:
        """A read or write failed: busy is a miss; damage or an unusable disk turns the store
        off for this run (a damaged file is removed, so the next run builds a new one)."""
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            return
        with self._lock:
            if self._db is None:
                return
            self._close_db()
            if name in DAMAGED or isinstance(exc, codec.BadRow):
                try:
                    remove_database(self.path)
                    self._notices.append(f"store: {self.path} is damaged ({exc}); removed, the next run "
                                         "builds it anew; cards are made afresh")
                except Unusable as why:
                    self._notices.append(f"store: {why}; cards are made afresh")
            else:
                self._notices.append(f"store: off for this run: cannot {doing} {self.path} ({exc}); "
                                     "cards are made afresh")

    def _close_db(self) -> None:
        db, self._db = self._db, None
        try:
            db.close()
        except sqlite3.Error:
            pass

    # -- reading -------------------------------------------------------------
    def listing(self, paths: list[str], rules: str) -> dict[str, Listed]:
        """What the store knows of these paths, with their cards for ``rules``: one query per
        ``BATCH`` paths (paths it never saw are left out)."""
        out: dict[str, Listed] = {}
        if not self.enabled:
            return out
        try:
            with self._lock:
                for i in range(0, len(paths), BATCH):
                    chunk = paths[i:i + BATCH]
                    for row in self._db.execute(
                            f"SELECT f.path, {FILE_COLUMNS}, t.content, c.payload, c.summary, c.digest "
                            "FROM files f JOIN texts t ON t.id = f.text_id "
                            "LEFT JOIN cards c ON c.text_id = f.text_id AND c.rules = ? "
                            f"WHERE f.path IN ({','.join('?' * len(chunk))})", [rules, *chunk]):
                        out[row[0]] = Listed(FileState(FileStat(*row[1:6]), row[6], row[7]), row[8],
                                             None if row[9] is None else row[9:12])
        except (sqlite3.Error, AttributeError) as exc:
            self.failed(exc, "read")
            return {}
        return out

    def cards(self, articles: list[Article], rules: str) -> list[tuple[Card | None, int | None]]:
        """Each article's stored card (its fields set as carding set them) and its text's id,
        or (None, None): read only for the very text and rules; a row that does not check
        out is a miss."""
        out: list[tuple[Card | None, int | None]] = [(None, None)] * len(articles)
        if not self.enabled:
            return out
        keys = [content_key(a) for a in articles]
        try:
            rows: dict[bytes, tuple] = {}
            with self._lock:
                for i in range(0, len(keys), BATCH):
                    chunk = keys[i:i + BATCH]
                    for row in self._db.execute(
                            "SELECT t.content, t.id, c.payload, c.summary, c.digest FROM texts t JOIN cards c "
                            f"ON c.text_id = t.id AND c.rules = ? WHERE t.content IN ({','.join('?' * len(chunk))})",
                            [rules, *chunk]):
                        rows[bytes(row[0])] = row
        except (sqlite3.Error, AttributeError) as exc:
            self.failed(exc, "read")
            return out
        for n, (article, key) in enumerate(zip(articles, keys)):
            row = rows.get(key)
            if row is None or not article.ok:
                continue
            try:
                out[n] = (codec.decode(article, key, rules, row[2], row[3], row[4]), row[1])
            except codec.BadRow:
                continue  # a damaged row: this card is made afresh (and stored again)
        return out

    def card(self, article: Article, rules: str) -> Card | None:
        return self.cards([article], rules)[0][0]

    def connection(self) -> sqlite3.Connection | None:
        """The reading connection (search uses it); None when the store is off."""
        return self._db

    # -- writing -------------------------------------------------------------
    def put(self, article: Article, card: Card, rules: str) -> None:
        """Keep a freshly made card (through the one writer), and what its file held when it
        was read (``article.stat``). A card the engine had to cut short (a rule out of time,
        an internal error) is not kept: another run may finish it."""
        if not self.enabled or not article.ok or card.warnings != article.warnings:
            return
        writer = self._get_writer()
        if writer is not None:
            writer.put_card(article, card, rules, article.stat)

    def seen(self, path: str, stat: FileStat | None, text_id: int, rules: str) -> None:
        """A stored card was used for ``path``, which held text ``text_id`` when ``stat`` was
        taken (before it was read): note it for the next run."""
        writer = self._get_writer() if stat is not None and self.enabled else None
        if writer is not None:
            writer.put_seen(path, stat, text_id, rules)

    def _get_writer(self):
        with self._lock:
            if self._writer is None and not self._closed:
                from .writer import StoreWriter

                self._writer = StoreWriter(self)
            return self._writer

    def flush(self, timeout: float | None = None) -> None:
        """Wait until every card handed over so far is written (or given up)."""
        writer = self._writer
        if writer is not None:
            writer.flush(timeout)

    def close(self) -> None:
        """Write what is pending and close (the writer finishes in a bounded time)."""
        with self._lock:
            writer, self._writer, self._closed = self._writer, None, True
        if writer is not None:
            writer.close()
        with self._lock:
            if self._db is not None:
                self._close_db()


def open_store(no_store: bool = False, path: Path | None = None) -> Store:
    """The store for this run (``BRIEF_STORE``, ``--no-store``); never raises: when the file
    cannot be used the store is off and ``take_notices`` says why."""
    path = path if path is not None else store_path(no_store)
    if path is None:
        return Store(None, None)
    try:
        db, notice = open_database(path)
    except (NotOurs, Unusable) as exc:
        return Store(path, None, [f"store: off: {exc}"])
    except (sqlite3.Error, OSError) as exc:
        return Store(path, None, [f"store: off: cannot open {path} ({exc}); cards are made afresh"])
    return Store(path, db, [notice] if notice else [])

