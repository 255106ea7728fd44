"""Every match of a pattern that opens on a lookahead, found by searching for the lookahead.

A pattern written ``(?=X)Y`` (the brief's ``clause_break``: "(?=[,;]|\\s+(?:and\\s|but\\s
...))" in front of its alternatives) lets the regex engine give up at most positions after
one test, but the engine still starts an attempt at every position of the text: it scans
quickly only for a pattern that opens on a literal or a set of characters, and a lookahead
is neither. ``X`` alone often is, so a search for ``X`` jumps from one place where the
lookahead holds to the next, and the whole pattern is tried only there.

:func:`lead_scanner` gives, for a compiled pattern P, a function ``(text, pos, endpos)`` whose
matches are exactly those of ``P.finditer(text, pos, endpos)``: P can match only where its
lookahead X matches (same text, same ``pos`` and ``endpos``, so X sees what it saw inside
P); at each such place in turn P is tried with ``match``, and after a match the search
goes on from its end, as ``finditer`` does. An empty match hands the rest to ``finditer``
itself, which has its own rule for what follows one. The matches differ only in their
``pos`` (where that ``match`` began), which no caller reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

try:
    from re import _constants as C, _parser
except ImportError:  # pragma: no cover - another interpreter: every pattern is scanned as it is
    _parser = None

Scanner = Callable[[str, int, int], Iterator[re.Match]]


def lead_scanner(pattern: re.Pattern) -> Scanner:
    """``pattern.finditer`` or, when the pattern opens on a lookahead, the same matches
    found through it (see the module doc)."""
    lead = leading_lookahead(pattern)
    if lead is None:
        return pattern.finditer
    match, search, finditer = pattern.match, lead.search, pattern.finditer

    def scan(text: str, pos: int, endpos: int) -> Iterator[re.Match]:
        while (found := search(text, pos, endpos)) is not None:
            at = found.start()
            m = match(text, at, endpos)
            if m is None:
                pos = at + 1
                continue
            if m.end() == at:  # an empty match: finditer knows where the next one may start
                yield from finditer(text, at, endpos)
                return
            yield m
            pos = m.end()
    return scan


def leading_lookahead(pattern: re.Pattern) -> re.Pattern | None:
    """The pattern inside the lookahead the pattern opens on, compiled with its flags, or
    None. Its text is cut from the pattern's and checked against the parse of the whole."""
    text = pattern.pattern
    if _parser is None or not isinstance(text, str) or not text.startswith("(?="):
        return None
    try:
        op, (direction, inside) = _parser.parse(text, pattern.flags).data[0]
    except (re.error, ValueError, TypeError):
        return None
    if op is not C.ASSERT or direction != 1:
        return None
    wanted = repr(inside.data)
    close = text.find(")", 3)
    while close > 0:
        candidate = text[3:close]
        try:
            if repr(_parser.parse(candidate, pattern.flags).data) == wanted:
                return re.compile(candidate, pattern.flags)
        except re.error:
            pass
        close = text.find(")", close + 1)
    return None
