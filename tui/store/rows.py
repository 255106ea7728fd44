"""The writer's SQL: a text and its lines, a card and its items, what a path held.

Inside one transaction of the writer. Full-text rows are given explicit, consecutive
row ids, so an article's lines (and a card's items) are one range that is deleted
with one statement when the file changes or its rules are forgotten. A path keeps
only its latest text; the store keeps cards for the last few rule sets used.
"""

from __future__ import annotations

import sqlite3
import time

from ..articles.model import Article, FileStat
from ..cards.model import Card
from ..workspace import Summary
from . import codec
from .index import item_rows, line_rows
from .keys import content_key

MAX_RULES = 4
"""Rule sets whose cards are kept; each edit of a brief in the reader makes a new one."""


def _next_rowid(db: sqlite3.Connection, table: str) -> int:
    row = db.execute(f"SELECT rowid FROM {table} ORDER BY rowid DESC LIMIT 1").fetchone()
    return (row[0] if row else 0) + 1


def write_card(db: sqlite3.Connection, article: Article, card: Card, rules: str,
               stat: FileStat | None) -> None:
    """Keep the card (and index it) and, with ``stat`` (taken before the text was read),
    what the path held."""
    key = content_key(article)
    text_id = _text(db, article, key)
    if db.execute("SELECT 1 FROM cards WHERE text_id = ? AND rules = ?", (text_id, rules)).fetchone() is None:
        payload = codec.encode(article, card)
        summary = codec.encode_summary(Summary.of(article, card))
        items = item_rows(article, card)
        first = _next_rowid(db, "item_index")
        cur = db.execute("INSERT INTO cards(text_id, rules, payload, summary, digest, first_item, last_item) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (text_id, rules, payload, summary, codec.check(key, rules, payload, summary),
                          first, first + len(items) - 1))
        db.executemany(
            'INSERT INTO item_index(rowid, words, speaker, aliases, kind, card_id, start, "end", line) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(first + n, r.words, r.speaker, r.aliases, r.kind, cur.lastrowid, r.start, r.end, r.line)
             for n, r in enumerate(items)])
        _use_rules(db, rules)
    if stat is not None:
        write_seen(db, article.path, stat, text_id, rules)


def write_seen(db: sqlite3.Connection, path: str, stat: FileStat, text_id: int, rules: str) -> None:
    """``path`` held text ``text_id`` when ``stat`` was taken (just before it was read)."""
    db.execute("INSERT INTO files(path, size, mtime_ns, ctime_ns, ino, checked_ns, text_id, rules) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
               "ctime_ns = excluded.ctime_ns, ino = excluded.ino, checked_ns = excluded.checked_ns, "
               "text_id = excluded.text_id, rules = excluded.rules",
               (path, stat.size, stat.mtime_ns, stat.ctime_ns, stat.ino, stat.checked_ns, text_id, rules))


def _text(db: sqlite3.Connection, article: Article, key: bytes) -> int:
    """The id of this text, indexing its lines the first time; older texts of the path go."""
    row = db.execute("SELECT id FROM texts WHERE content = ?", (key,)).fetchone()
    if row is not None:
        return row[0]
    for old in db.execute("SELECT id FROM texts WHERE path = ?", (article.path,)).fetchall():
        forget_text(db, old[0])
    lines = line_rows(article.text)
    first = _next_rowid(db, "line_index")
    cur = db.execute("INSERT INTO texts(content, path, first_line, last_line) VALUES (?, ?, ?, ?)",
                     (key, article.path, first, first + len(lines) - 1))
    text_id = cur.lastrowid
    db.executemany("INSERT INTO line_index(rowid, words, text_id, line, start) VALUES (?, ?, ?, ?, ?)",
                   [(first + n, r.words, text_id, r.line, r.start) for n, r in enumerate(lines)])
    return text_id


def forget_text(db: sqlite3.Connection, text_id: int) -> None:
    first, last = db.execute("SELECT first_line, last_line FROM texts WHERE id = ?", (text_id,)).fetchone()
    db.execute("DELETE FROM line_index WHERE rowid BETWEEN ? AND ?", (first, last))
    for card_id, in db.execute("SELECT id FROM cards WHERE text_id = ?", (text_id,)).fetchall():
        forget_card(db, card_id)
    db.execute("DELETE FROM texts WHERE id = ?", (text_id,))


def forget_card(db: sqlite3.Connection, card_id: int) -> None:
    first, last = db.execute("SELECT first_item, last_item FROM cards WHERE id = ?", (card_id,)).fetchone()
    if last >= first:
        db.execute("DELETE FROM item_index WHERE rowid BETWEEN ? AND ?", (first, last))
    db.execute("DELETE FROM cards WHERE id = ?", (card_id,))


def _use_rules(db: sqlite3.Connection, rules: str) -> None:
    """Note the rules as used now; past MAX_RULES rule sets, the oldest one's cards go."""
    new = db.execute("SELECT 1 FROM rules WHERE key = ?", (rules,)).fetchone() is None
    db.execute("INSERT INTO rules(key, used) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET used = excluded.used",
               (rules, time.time()))
    if not new:
        return
    for key, in db.execute("SELECT key FROM rules ORDER BY used DESC LIMIT -1 OFFSET ?", (MAX_RULES,)).fetchall():
        for card_id, in db.execute("SELECT id FROM cards WHERE rules = ?", (key,)).fetchall():
            forget_card(db, card_id)
        db.execute("DELETE FROM rules WHERE key = ?", (key,))
