"""Trimming a statement's content span so it reads as the words said.

Two leftovers of the construction around a quotation used to reach the card:

- an opening quotation mark at the end of a span ("he understands Ukrainians
  may feel “"), when the span stops where a quotation begins;
- an object pronoun and its preposition before a quotation at the start of a
  denial's object ("it as “disinformation.”" from "dismissed it as ..."): the
  verb's leftovers, not what was rejected. Without the quotation ("cited it as
  an example of ...") the words are the statement's own and stay.

The trim only moves the span's edges inward, so the text is still the exact
slice ``article[start:end]``. The words to drop at the start are the brief's
(lexicons ``dangling_object`` and ``dangling_preposition``), never Python's;
quotation marks are characters, the same in every language the engine reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..rules.brief import Brief
from .model import Statement

QUOTES = "\u201c\u2018\u00ab\u2039\u201e\"'"
"""Marks that open a quotation (“ ‘ « ‹ „ and the straight ones) when a space stands
before them; after a word or a stop they close one (“Mostly False.“ is a typo'd close)."""


@dataclass(frozen=True)
class SpanTrim:
    """The brief's words for a dangling start, compiled once per engine."""

    lead: re.Pattern[str] | None
    """``object preposition`` before a quotation mark at the start of a span
    (case-insensitive), or None."""

    @classmethod
    def from_brief(cls, brief: Brief) -> SpanTrim:
        objects = [w for w in brief.words("dangling_object") if w.strip()]
        preps = [w for w in brief.words("dangling_preposition") if w.strip()]
        if not objects or not preps:
            return cls(None)
        alt = "|".join
        pattern = (rf"(?:{alt(map(re.escape, objects))})\s+(?:{alt(map(re.escape, preps))})\s+"
                   rf"(?=[{re.escape(QUOTES)}])")
        return cls(re.compile(pattern, re.IGNORECASE))


def trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces and quotation marks that open what follows."""
    while end > start:
        ch = text[end - 1]
        if ch.isspace():
            end -= 1
        elif ch in QUOTES and (end - 1 == start or text[end - 2].isspace()):
            end -= 1
        else:
            break
    return end


def trim_start(text: str, start: int, end: int, trim: SpanTrim) -> int:
    """``start`` moved past a dangling object pronoun and preposition, if the span starts so."""
    if trim.lead is None:
        return start
    m = trim.lead.match(text, start, end)
    return m.end() if m else start


def trim_span(text: str, start: int, end: int, trim: SpanTrim) -> tuple[int, int]:
    """The span's edges moved inward over the leftovers; the span itself if nothing would remain."""
    new_start = trim_start(text, start, end, trim)
    new_end = trim_end(text, new_start, end)
    if new_end <= new_start or not text[new_start:new_end].strip():
        return start, end
    return new_start, new_end


def trim_statements(text: str, statements: list[Statement], trim: SpanTrim) -> list[Statement]:
    """Each statement with its content span trimmed (its text is the new slice)."""
    out = []
    for st in statements:
        start, end = trim_span(text, st.start, st.end, trim)
        if (start, end) != (st.start, st.end):
            st = replace(st, start=start, end=end, text=text[start:end])
        out.append(st)
    return out
