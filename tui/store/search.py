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

from .query import first_match, match_expression, phrase, query_words, speaker_expression

DEFAULT_LIMIT = 50
CANDIDATES = 4
"""Best-ranked matches read per hit wanted before the scope is checked (see ``_best``)."""


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
    return _lines(db, words, query_words(query), scope, limit)


def _run(db: sqlite3.Connection, sql: str, params: list) -> list[tuple]:
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        raise SearchError(f"the index cannot answer this query ({exc})") from None


def _best(db: sqlite3.Connection, table: str, expression: str, top, limit: int) -> list[tuple]:
    """``top(k)``: the query's rows among the ``k`` best-ranked matches of the index alone.

    Ranking the index alone is cheap; joining each match to its file and card to check the
    scope is not (a common word matches tens of thousands of lines). So the scope is
    checked for the best few first, and for every match only when too few of those pass
    (most lines belong to the files searched, so this is rare)."""
    first = limit * CANDIDATES
    rows = top(first)
    if len(rows) < limit and _run(db, f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", [expression])[0][0] > first:
        rows = top(-1)  # LIMIT -1: every match
    return rows


def _lines(db: sqlite3.Connection, expression: str, marks: list[tuple[str, bool]], scope: Scope,
           limit: int) -> list[Hit]:
    where, params = _scope_sql(db, scope, None)
    rules = [] if scope.rules is None else [scope.rules]

    def top(k: int) -> list[tuple]:
        # CROSS JOIN keeps SQLite from scanning the index again for each of the best rows
        return _run(db, f"""
            WITH ranked AS (SELECT rowid AS id, text_id, bm25(line_index) AS r FROM line_index
                            WHERE line_index MATCH ? ORDER BY r LIMIT ?)
            SELECT f.path, l.line, l.start, l.words, ranked.r, c.first_item, c.last_item
            FROM ranked CROSS JOIN line_index l ON l.rowid = ranked.id JOIN files f ON f.text_id = ranked.text_id
            LEFT JOIN cards c ON c.text_id = f.text_id AND c.rules = {'f.rules' if scope.rules is None else '?'}
            WHERE 1 {where} ORDER BY ranked.r LIMIT ?""",
            [expression, k, *rules, *params, limit])

    hits = []
    for path, line, start, words, rank, first, last in _best(db, "line_index", expression, top, limit):
        at, end = first_match(words, marks)
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
    if not ranked:  # in stored order: the first ``limit`` in scope end the scan
        rows = _run(db, f"""SELECT f.path, i.line, i.start, i."end", i.kind, i.speaker, i.words, 0.0
                            FROM item_index i JOIN cards c ON c.id = i.card_id JOIN files f ON f.text_id = c.text_id
                            WHERE item_index MATCH ? {where} ORDER BY i.rowid LIMIT ?""", [expression, *params, limit])
    else:
        def top(k: int) -> list[tuple]:
            return _run(db, f"""
                WITH ranked AS (SELECT rowid AS id, bm25(item_index, 4.0, 2.0, 1.0, 0.0) AS r FROM item_index
                                WHERE item_index MATCH ? ORDER BY r LIMIT ?)
                SELECT f.path, i.line, i.start, i."end", i.kind, i.speaker, i.words, ranked.r
                FROM ranked JOIN item_index i ON i.rowid = ranked.id JOIN cards c ON c.id = i.card_id
                JOIN files f ON f.text_id = c.text_id
                WHERE 1 {where} ORDER BY ranked.r LIMIT ?""", [expression, k, *params, limit])

        rows = _best(db, "item_index", expression, top, limit)
    return [Hit(path, line, start, end, kind_, speaker, words, rank)
            for path, line, start, end, kind_, speaker, words, rank in rows]
