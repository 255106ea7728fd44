"""Quotations in a paragraph, with offsets into the original text, tolerant of the
mismatched, missing and run-together marks that scraped news carries.

Split from :mod:`.segment` (which uses it for every paragraph): the marks' rules are a
job of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE_CHARS_RE = re.compile("[“”‘’\"']")


@dataclass(slots=True)
class Quote:
    """The inside of a quotation (marks excluded)."""

    start: int
    end: int
    opened: bool = True
    """False when the text has a closing mark with no opening one (scraped text does)."""
    closed: bool = True
    open_len: int = 1
    close_len: int = 1
    """Width of the marks: 2 for the typewriter double quote written as two apostrophes ('')."""

    @property
    def outer_start(self) -> int:
        """Where the opening mark starts."""
        return self.start - self.open_len

    @property
    def outer_end(self) -> int:
        """Just after the closing mark."""
        return self.end + self.close_len


SINGLE_CLOSE_RE = re.compile(r"’(?![^\W\d_])")
"""A closing single mark: not an apostrophe inside a word. A '‘' before a lower-case word opens
a quotation ("calls the plan ‘stupid’") only when one follows in the paragraph."""


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotations in one paragraph, tolerant of the mismatched marks scrapers leave.

    An opening mark with no close runs to the paragraph's end (the convention for
    quotes continued in the next paragraph); a closing mark with no opening one
    closes a quote that began at the paragraph start or after the previous quote.
    """
    quotes: list[Quote] = []
    open_at: int | None = None
    open_char = ""
    last_end = start
    open_len = 1
    skip_to = start
    inner = False
    """Inside a double quotation, a single one is open ('“When they said, ‘We will win,’ we ...”'):
    its closing mark after a comma ends it, not the double quotation around it."""
    for qm in QUOTE_CHARS_RE.finditer(text, start, end):
        i = qm.start()
        if i < skip_to:
            continue
        ch = text[i]
        width = 1
        if text.startswith("''", i):
            ch, width, skip_to = '"', 2, i + 2  # '' is a double quote in typewriter text
        prev = text[i - 1] if i > start else " "
        nxt = text[i + width] if i + width < end else " "
        if open_at is None:
            if ch == "“" or (ch == '"' and (prev.isspace() or prev in "([:—–-" or i == start)) or \
                    (ch in "‘'" and (prev.isspace() or i == start) and nxt.isupper()) or \
                    (ch == "‘" and (prev.isspace() or i == start) and nxt.islower()
                     and SINGLE_CLOSE_RE.search(text, i + 1, end) is not None) or \
                    (ch == "”" and (prev.isspace() or i == start) and i + 1 < end):
                open_at, open_char, open_len, inner = i + width, ch, width, False
            elif ch == "”" or (ch == '"' and i > start) or (ch == "’" and prev in ".,!?" and not nxt.isalpha()):
                q_start = _skip_space(text, last_end, i)
                if i - q_start > 1:
                    quotes.append(Quote(q_start, _trim_end(text, q_start, i), opened=False, close_len=width))
                last_end = i + width
        else:
            closes = ch in "”\"" or (ch == "’" and open_char == "‘" and not nxt.isalpha())
            if ch in "‘'" and open_char in "“\"" and _opens_inner(ch, open_char, prev, nxt):
                inner = True
                continue
            if ch in "’'" and prev in ".,!?" and not nxt.isalpha() and not _double_follows(text, i + 1, end):
                if inner:
                    inner = False  # '“..., ‘We will win,’ we ...”': the single quotation ends, not the double
                    continue
                closes = True  # not in '"... a calm before the storm,' " he said': the inner quote ends there
            elif ch in "’'" and inner and not nxt.isalpha():
                inner = False
            if ch == "“" and open_char in "“\"" and prev in ".,!?" and (nxt.isspace() or i + 1 >= end):
                closes = True  # '"It is late,“ said Roe': an opening mark typed for the closing one
            if ch in "“\"" and open_char in "“\"" and _reopens(text, open_at, i, nxt):
                # 'said: "It is late. "We will wait."': paragraphs of one quotation run together,
                # each reopened without a close; each is a quotation (a paragraph) of its own
                quotes.append(Quote(open_at, _trim_end(text, open_at, i), closed=False, open_len=open_len, close_len=0))
                open_at, open_char, open_len, inner = i + width, ch, width, False
                continue
            if closes and i > open_at:
                quotes.append(Quote(open_at, i, open_len=open_len, close_len=width))
                open_at = None
                last_end = i + width
    if open_at is not None and end - open_at > 1:
        quotes.append(Quote(open_at, _trim_end(text, open_at, end), closed=False, open_len=open_len))
    return [q for q in quotes if q.end > q.start]


def _reopens(text: str, open_at: int, i: int, nxt: str) -> bool:
    """Is the double mark at ``i``, inside an open quotation, a new paragraph's opening mark?
    It follows a space after a sentence's end and comes before a capital: '... wait. "We ...'."""
    if not text[i - 1:i].isspace() or not (nxt.isupper() or nxt in "[‘'"):
        return False
    before = text[open_at:i].rstrip()
    return len(before) > 1 and before[-1] in ".!?"


def _opens_inner(ch: str, open_char: str, prev: str, nxt: str) -> bool:
    """Does a single mark open a quotation inside a double one? A curly '‘' after a space or a
    dash, or a straight one inside straight double marks, before a word."""
    if not (prev.isspace() or prev in "([—–-") or not (nxt.isalpha() or nxt.isdigit()):
        return False
    return ch == "‘" or ch == "'" and open_char == '"'


def _double_follows(text: str, start: int, end: int) -> bool:
    """Does a double closing mark follow, after at most a space? ('... storm,' "')"""
    rest = text[start:min(end, start + 3)].lstrip(" ")
    return rest.startswith(("”", '"'))


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ".,;"):
        start += 1
    return start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
