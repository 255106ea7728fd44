"""Search across every stored article: its lines, or the claims and denials on its card.

A search for words finds lines (ranked by BM25, as FTS5 computes it), each with the
speakers whose statements are on that line; a search with a speaker or a kind
(claims, denials) finds card items instead, matched on their words and, for the
speaker, on the card's name and aliases. Only the current version of each file is
searched, with the rules it was last carded with (or the rules asked for), and only
the files in scope when the caller gives paths.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .query import match_expression, phrase, speaker_expression

MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
"""Private-use characters around matched words in FTS5's highlight()."""
DEFAULT_LIMIT = 50


class SearchError(ValueError):
    """A query the index cannot answer (said in one line)."""


@dataclass(frozen=True)
class Hit:
    path: str
    line: int
    start: int
    """Offset of the first matched word (or the statement) in the file's text."""
    end: int
    kind: str
    """"claim", "denial", or "text" for a line that is not searched as a card item."""
    speaker: str | None
    words: str
    rank: float
    at: int = 0
    """Where the matched words start in ``words`` (a line can be long: show around them)."""

    def to_json(self) -> dict:
        return {"file": self.path, "line": self.line, "start": self.start, "end": self.end, "kind": self.kind,
                "speaker": self.speaker, "words": self.words, "rank": round(self.rank, 4)}


@dataclass(frozen=True)
class Scope:
    """Which rows to search: paths (None = every stored file) and rules (None = each
    file's latest)."""

    paths: list[str] | None = None
    rules: str | None = None


def _scope_sql(db: sqlite3.Connection, scope: Scope, card_alias: str | None) -> tuple[str, list]:
    sql, params = "", []
    if scope.paths is not None:
        db.execute("CREATE TEMP TABLE IF NOT EXISTS scope(path TEXT PRIMARY KEY)")
        db.execute("DELETE FROM temp.scope")
        db.executemany("INSERT OR IGNORE INTO temp.scope VALUES (?)", [(p,) for p in scope.paths])
        sql += " AND f.path IN (SELECT path FROM temp.scope)"
    if card_alias:
        if scope.rules is None:
            sql += f" AND {card_alias}.rules = f.rules"
        else:
            sql += f" AND {card_alias}.rules = ?"
            params.append(scope.rules)
    return sql, params


def _marked(highlighted: str) -> tuple[int, int]:
    """Where the first highlighted words are in the unmarked text."""
    at = highlighted.find(MARK_OPEN)
    if at < 0:
        return 0, 0
    close = highlighted.find(MARK_CLOSE, at)
    return at, (close - 1 if close > at else at)


def search(db: sqlite3.Connection, query: str, scope: Scope = Scope(), speaker: str | None = None,
           kind: str | None = None, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """Hits for ``query``, best first. With ``speaker`` or ``kind`` the hits are card items."""
    words = match_expression(query)
    if speaker is not None or kind is not None:
        who = speaker_expression(speaker) if speaker is not None else None
        if speaker is not None and who is None:
            raise SearchError(f"the speaker {speaker!r} has no words to look for")
        return _items(db, " AND ".join(e for e in (words, who) if e), scope, kind, limit)
    if words is None:
        raise SearchError(f"the query {query!r} has no words to look for; give a word, a \"phrase\" or --speaker")
    return _lines(db, words, scope, limit)


def _run(db: sqlite3.Connection, sql: str, params: list) -> list[tuple]:
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        raise SearchError(f"the index cannot answer this query ({exc})") from None


def _lines(db: sqlite3.Connection, expression: str, scope: Scope, limit: int) -> list[Hit]:
    where, params = _scope_sql(db, scope, None)
    rows = _run(db, f"""
        SELECT f.path, l.line, l.start, l.words, bm25(line_index) AS r,
               highlight(line_index, 0, '{MARK_OPEN}', '{MARK_CLOSE}'), c.first_item, c.last_item
        FROM line_index l JOIN files f ON f.text_id = l.text_id
        LEFT JOIN cards c ON c.text_id = f.text_id AND c.rules = {'f.rules' if scope.rules is None else '?'}
        WHERE line_index MATCH ? {where} ORDER BY r LIMIT ?""",
        ([] if scope.rules is None else [scope.rules]) + [expression, *params, limit])
    hits = []
    for path, line, start, words, rank, marked, first, last in rows:
        at, end = _marked(marked)
        speakers = []
        if first is not None and last >= first:
            speakers = [r[0] for r in db.execute(
                "SELECT DISTINCT speaker FROM item_index WHERE rowid BETWEEN ? AND ? AND line = ?",
                (first, last, line))]
        hits.append(Hit(path, line, start + at, start + end, "text", ", ".join(speakers) or None, words, rank, at))
    return hits


def _items(db: sqlite3.Connection, expression: str, scope: Scope, kind: str | None, limit: int) -> list[Hit]:
    """Card items: ranked by BM25 when there are words or a speaker to rank by; a kind alone
    ("every denial") comes in the order the cards were stored, which stops at ``limit``."""
    where, params = _scope_sql(db, scope, "c")
    ranked = bool(expression)
    if kind is not None:
        expression = " AND ".join(e for e in (expression, "{kind} : " + phrase([kind])) if e)
    order = "ORDER BY 8" if ranked else "ORDER BY i.rowid"
    sql = f"""SELECT f.path, i.line, i.start, i."end", i.kind, i.speaker, i.words,
                     {'bm25(item_index, 4.0, 2.0, 1.0, 0.0)' if ranked else '0.0'}
              FROM item_index i JOIN cards c ON c.id = i.card_id JOIN files f ON f.text_id = c.text_id
              WHERE item_index MATCH ? {where} {order} LIMIT ?"""
    return [Hit(path, line, start, end, kind_, speaker, words, rank)
            for path, line, start, end, kind_, speaker, words, rank in _run(db, sql, [expression, *params, limit])]
