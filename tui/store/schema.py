"""Opening the database: create it, check it is ours and of this version, else rebuild it.

A store written by another version of the program, or a file that is not a
database (truncated, overwritten), is rebuilt with a one-line notice: kept cards
are a cache, so starting afresh only costs time. A SQLite database that belongs
to another program is left alone and the store is off for the run.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

SCHEMA_VERSION = 2
"""2: a card's list-row summary; a file's ctime, inode and when it was checked (stat fast path)."""
APPLICATION_ID = 0x42524631  # "BRF1": marks the file as this program's store
BUSY_MS = 2000
"""How long a statement waits for another process's write before giving up."""
TOKENIZER = "unicode61 remove_diacritics 2"

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS texts(
    id INTEGER PRIMARY KEY,
    content BLOB NOT NULL UNIQUE,
    path TEXT NOT NULL,
    first_line INTEGER NOT NULL,
    last_line INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS texts_path ON texts(path);
CREATE TABLE IF NOT EXISTS cards(
    id INTEGER PRIMARY KEY,
    text_id INTEGER NOT NULL,
    rules TEXT NOT NULL,
    payload BLOB NOT NULL,
    summary BLOB NOT NULL,
    digest BLOB NOT NULL,
    first_item INTEGER NOT NULL,
    last_item INTEGER NOT NULL,
    UNIQUE(text_id, rules));
CREATE TABLE IF NOT EXISTS files(
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL,
    ino INTEGER NOT NULL,
    checked_ns INTEGER NOT NULL,
    text_id INTEGER NOT NULL,
    rules TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS files_text ON files(text_id);
CREATE TABLE IF NOT EXISTS rules(key TEXT PRIMARY KEY, used REAL NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS line_index USING fts5(
    words, text_id UNINDEXED, line UNINDEXED, start UNINDEXED, tokenize="{TOKENIZER}");
CREATE VIRTUAL TABLE IF NOT EXISTS item_index USING fts5(
    words, speaker, aliases, kind, card_id UNINDEXED, start UNINDEXED, "end" UNINDEXED,
    line UNINDEXED, tokenize="{TOKENIZER}");
"""
TABLES = ("texts", "cards", "files", "rules", "line_index", "item_index")


class NotOurs(Exception):
    """The file is another program's database: it is left alone."""


class Unusable(Exception):
    """The store cannot be used this run (a read-only folder, a full disk, no FTS5)."""


def fts5_available() -> bool:
    """Does this Python's SQLite have the FTS5 module (``brief search`` needs it)?"""
    try:
        with sqlite3.connect(":memory:") as db:
            db.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        return True
    except sqlite3.Error:
        return False


def connect(path: Path) -> sqlite3.Connection:
    """A connection in WAL mode (readers never wait for the writer), autocommit."""
    db = sqlite3.connect(str(path), timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False)
    db.execute(f"PRAGMA busy_timeout={BUSY_MS}")
    db.execute("PRAGMA synchronous=NORMAL")  # in WAL mode: safe across a crash, no fsync per commit
    return db


def open_database(path: Path) -> tuple[sqlite3.Connection, str | None]:
    """Open (creating or rebuilding) the store; return it and a one-line notice, if any.

    Raises NotOurs or Unusable when it cannot be used this run."""
    if not fts5_available():
        raise Unusable("this Python's SQLite has no FTS5 module; cards are made afresh each run")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Unusable(f"cannot create {path.parent} ({exc.strerror})") from None
    try:
        return _open(path), None
    except NotOurs:
        raise
    except _Rebuild as why:
        notice = f"store: {path} {why}; rebuilt"
        remove_database(path)
    except sqlite3.DatabaseError as exc:
        if _name(exc) == "SQLITE_NOTADB":  # not a database at all: kept aside, not deleted
            notice = f"store: {path} is not a database ({exc}); moved to {path}.damaged and rebuilt"
            set_aside(path)
        elif _name(exc) == "SQLITE_CORRUPT":
            notice = f"store: {path} was damaged ({exc}); rebuilt"
            remove_database(path)
        else:
            raise Unusable(f"cannot open {path} ({exc})") from None
    try:
        return _open(path), notice
    except (sqlite3.Error, _Rebuild) as exc:
        raise Unusable(f"cannot rebuild {path} ({exc})") from None


class _Rebuild(Exception):
    """Our store, but of another version or incomplete."""


def _name(exc: sqlite3.Error) -> str:
    return getattr(exc, "sqlite_errorname", "") or ""


def _open(path: Path) -> sqlite3.Connection:
    db = connect(path)
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if app_id == 0 and version == 0:
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise NotOurs(f"{path} is another program's database; leaving it alone "
                              f"(set BRIEF_STORE to another file)")
            _create(db)
        elif app_id != APPLICATION_ID:
            raise NotOurs(f"{path} is another program's database; leaving it alone "
                          f"(set BRIEF_STORE to another file)")
        elif version != SCHEMA_VERSION:
            raise _Rebuild(f"was written by another version (schema {version}, this is {SCHEMA_VERSION})")
        for table in TABLES:  # every table answers: a cheap look that the file is whole
            db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchall()
        return db
    except BaseException:
        db.close()
        raise


def _create(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("BEGIN IMMEDIATE")
    try:
        if db.execute("PRAGMA application_id").fetchone()[0] == 0:  # another process may have won
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA application_id={APPLICATION_ID}")
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def set_aside(path: Path) -> None:
    """Move a file that is not a database out of the way (it may be something the user
    pointed BRIEF_STORE at by mistake), replacing an earlier one set aside."""
    try:
        os.replace(path, f"{path}.damaged")
    except OSError as exc:
        raise Unusable(f"cannot move {path} aside ({exc.strerror})") from None
    remove_database(path)


def remove_database(path: Path) -> None:
    """Delete the store and its WAL files (a cache: it is made again)."""
    for name in (str(path), f"{path}-wal", f"{path}-shm", f"{path}-journal"):
        try:
            os.unlink(name)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise Unusable(f"cannot remove the damaged {name} ({exc.strerror})") from None
