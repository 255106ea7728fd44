"""The quote tracker: every line that carries a quote, verbatim or reworded, and how.

Candidates come from the index, found by the quote's rarest words: a match may
miss at most M of the quote's n words (M = n - 60% of n), so any M + 2 of its words
include two the line holds; the index is asked for lines holding two of the M + 2
rarest (a few selective pairs, fast on 50,000 articles), and a line that cannot hold
60% of the words is dropped before it is aligned. Each is aligned with the quote word by word (a local alignment, so the
quote may sit anywhere in a longer line): a match needs at least 60% of the
quote's words, in order, with few extra words (a similarity 2m/(n+w) of at least
0.5, for m words matched of the quote's n, in w words of the line), and must keep
the quote's first or last word: a reworded quote is known by how it starts or
ends, and words from its middle alone ("about ... Ukraine without") are a
sentence that merely shares them. Then the words that differ are listed:
changed, missing and added.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations

from .query import TOKEN as ASCII_TOKEN, Token, phrase, tokens, words
from .search import Scope, SearchError, _scope_sql

MIN_SHARE = 0.6
"""Share of the quote's words a match must have, in order."""
MIN_SIMILARITY = 0.5
"""2 * matched / (quote words + words of the match): extra words count against it."""
CANDIDATES = 50_000
"""Lines looked at, at most (a quote of very common words on a huge store)."""
MATCH, GAP = 2.0, -0.5


@dataclass(frozen=True)
class QuoteHit:
    path: str
    line: int
    start: int
    end: int
    words: str
    """The matched words as the article has them."""
    similarity: float
    differences: tuple[str, ...]
    """Empty when the words are the quote's (case and punctuation aside)."""

    @property
    def verbatim(self) -> bool:
        return not self.differences

    def to_json(self) -> dict:
        return {"file": self.path, "line": self.line, "start": self.start, "end": self.end, "words": self.words,
                "verbatim": self.verbatim, "similarity": round(self.similarity, 3),
                "differences": list(self.differences)}


def track_quote(db: sqlite3.Connection, quote: str, scope: Scope = Scope()) -> list[QuoteHit]:
    """Every line in scope carrying the quote, verbatim ones first, then by similarity and path."""
    wanted = words(quote)
    if len(wanted) < 2:
        raise SearchError("give a quote of at least two words")
    expression = _candidates_expression(db, wanted)
    if expression is None:
        return []
    where, params = _scope_sql(db, scope, None)
    try:
        rows = db.execute(f"""SELECT f.path, l.line, l.start, l.words FROM line_index l
                              JOIN files f ON f.text_id = l.text_id
                              WHERE line_index MATCH ? {where} LIMIT ?""",
                          [expression, *params, CANDIDATES]).fetchall()
    except sqlite3.OperationalError as exc:
        raise SearchError(f"the index cannot answer this quote ({exc})") from None
    matches: dict[str, tuple | None] = {}  # a line syndicated to many articles is aligned once
    hits = []
    for path, line, start, text in rows:
        if text not in matches:
            matches[text] = _align(wanted, text)
        found = matches[text]
        if found is not None:
            begin, end, similarity, differences = found
            hits.append(QuoteHit(path, line, start + begin, start + end, text[begin:end], similarity, differences))
    return sorted(hits, key=lambda h: (not h.verbatim, -h.similarity, h.path, h.line))


def _max_missing(n: int) -> int:
    return n - math.ceil(MIN_SHARE * n - 1e-9)


def _candidates_expression(db: sqlite3.Connection, wanted: list[str]) -> str | None:
    """Lines that hold k of the M + k rarest distinct words of the quote (k = 2, or 1 for a
    quote of too few words); None when no line can hold enough of them."""
    distinct = list(dict.fromkeys(wanted))
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.line_terms USING fts5vocab(main, 'line_index', 'row')")
    found = dict(db.execute(f"SELECT term, doc FROM temp.line_terms WHERE term IN ({','.join('?' * len(distinct))})",
                            distinct).fetchall())
    missing = _max_missing(len(wanted)) - sum(1 for w in wanted if w not in found)
    if missing < 0:
        return None  # more of the quote's words are in no line at all than a match may miss
    present = sorted((w for w in distinct if w in found), key=lambda w: (found[w], w))
    k = 2 if len(present) >= missing + 2 else 1
    chosen = present[:missing + k]
    if len(chosen) < k:
        return None
    if k == 1:
        return " OR ".join(phrase([w]) for w in chosen)
    return " OR ".join(f"({phrase([a])} AND {phrase([b])})" for a, b in combinations(chosen, 2))


def _align(wanted: list[str], text: str) -> tuple[int, int, float, tuple[str, ...]] | None:
    """Where in ``text`` the quote is (start, end), its similarity and the words that differ."""
    have = set(words(text)) if not text.isascii() else set(ASCII_TOKEN.findall(text.lower()))
    if sum(1 for w in wanted if w not in have) > _max_missing(len(wanted)):
        return None  # cannot hold 60% of the quote's words: not worth aligning
    found = tokens(text)
    span = _local_alignment(wanted, [t.word for t in found])
    if span is None:
        return None
    (q_from, q_to), (t_from, t_to), matched = span
    n, w = len(wanted), t_to - t_from
    similarity = 2 * matched / (n + w)
    if matched < MIN_SHARE * n or similarity < MIN_SIMILARITY or (q_from > 0 and q_to < n):
        return None
    # widen to the quote's unmatched ends, so "nothing about" -> "the fate of" reads as a change
    t_from = max(0, t_from - q_from)
    t_to = min(len(found), t_to + (n - q_to))
    window = found[t_from:t_to]
    differences = _differences(wanted, window, text)
    return window[0].start, window[-1].end, similarity, differences


def _local_alignment(q: list[str], t: list[str]) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """Smith-Waterman over words: the best-scoring stretch of ``t`` against a stretch of
    ``q`` (+2 a word in common, -0.5 a word more or less or changed). Returns the two
    stretches and how many words they share."""
    rows, cols = len(q) + 1, len(t) + 1
    score = [[0.0] * cols for _ in range(rows)]
    best, best_at = 0.0, None
    for i in range(1, rows):
        for j in range(1, cols):
            diagonal = score[i - 1][j - 1] + (MATCH if q[i - 1] == t[j - 1] else GAP)
            value = max(0.0, diagonal, score[i - 1][j] + GAP, score[i][j - 1] + GAP)
            score[i][j] = value
            if value > best:
                best, best_at = value, (i, j)
    if best_at is None:
        return None
    i, j = best_at
    matched = 0
    end_i, end_j = i, j
    while i > 0 and j > 0 and score[i][j] > 0:
        if q[i - 1] == t[j - 1] and score[i][j] == score[i - 1][j - 1] + MATCH:
            matched, i, j = matched + 1, i - 1, j - 1
        elif score[i][j] == score[i - 1][j - 1] + GAP:
            i, j = i - 1, j - 1
        elif score[i][j] == score[i - 1][j] + GAP:
            i -= 1
        else:
            j -= 1
    return (i, end_i), (j, end_j), matched


def _differences(wanted: list[str], window: list[Token], text: str) -> tuple[str, ...]:
    """The words that differ, compared folded, shown as the article writes them."""
    have = [t.word for t in window]
    shown = [text[t.start:t.end] for t in window]
    out = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, wanted, have, autojunk=False).get_opcodes():
        if op == "replace":
            out.append(f'"{" ".join(wanted[a1:a2])}" -> "{" ".join(shown[b1:b2])}"')
        elif op == "delete":
            out.append(f'missing "{" ".join(wanted[a1:a2])}"')
        elif op == "insert":
            out.append(f'added "{" ".join(shown[b1:b2])}"')
    return tuple(out)
