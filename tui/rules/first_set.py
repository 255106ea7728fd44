"""A set of first characters in a compiled pattern's info block, so a search skips in C.

Python's regex engine jumps from one candidate position to the next in a tight C loop
only when its compiler found a literal prefix or a set of first characters, and the
compiler looks for them in the pattern's first item alone. A pattern that opens on a
lookbehind, ``\\b``, a lookahead (the hand-written ``(?=[,;]|\\s+...)`` of a clause break,
or first_chars.py's guard), alternatives that open on classes, or ``(?i)`` letters gets
neither, and the engine enters the whole pattern at every position of the text: for the
speaker-first and clause-break patterns that is most of what a failing search costs.

:func:`with_first_set` takes the program ``re.compile`` would hand the engine and, when it
has no such note, writes one into its info block: every character a match can start
with (classes such as ``\\s`` and ``\\w`` kept as classes, every case of a letter under
``(?i)``). The set is only advice to the search loop: a position whose character is out
of it is skipped, one whose character is in it is tried exactly as before. A match
starts with one of those characters, so no match is skipped, and the matches are the
same, groups and all. When the first characters cannot be listed (a match that may be
empty, opens on any character, a negated class, a back reference, a cased letter beyond
ASCII under ``(?i)``), the program is left as it is.
"""

from __future__ import annotations

import re

from .first_walk import FOLDS, first_of

try:
    from re import _compiler, _constants as C
except ImportError:  # pragma: no cover - another interpreter: programs stay as compiled
    _compiler = None

MAX_RANGE = 64
"""A case-insensitive range of more characters than this is not listed."""

Items = list[tuple]
"""Set items as the regex parser writes them: (LITERAL, code), (RANGE, (lo, hi)), (CATEGORY, name)."""


def with_first_set(code: list[int], parsed, flags: int) -> list[int]:
    """``code`` (what ``_compiler._code(parsed, flags)`` returned) with a first-character set
    in its info block when the compiler wrote neither a prefix nor a set, else ``code``."""
    if _compiler is None or flags & re.LOCALE or not code or code[0] != C.INFO:
        return code
    mask, low, high = code[2], code[3], code[4]
    if mask or low == 0:
        return code  # a prefix or set already, or a match that may be empty
    items, nullable = first_items(list(parsed.data), bool(flags & re.IGNORECASE))
    if items is None or nullable or not items:
        return code
    charset, _ = _compiler._optimize_charset(items)
    info = [C.INFO, 0, C.SRE_INFO_CHARSET, low, high]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[1 + code[1]:]


def first_items(items: list, ignorecase: bool) -> tuple[Items | None, bool]:
    """The set items a match of the sequence ``items`` can start with, and whether it can
    match nothing; None for the items when they cannot be listed (the walk: first_walk.py)."""
    return first_of(items, ignorecase, _leaf, _enter)


def _enter(ignorecase: bool, add: int) -> bool:
    """A "(?i:...)" group lists every case; a "(?-i:...)" part keeps the case-blind
    listing: a wider set is still right."""
    return ignorecase or bool(add & re.IGNORECASE)


def _leaf(op, av, ignorecase: bool) -> Items | None:
    if op is C.LITERAL:
        return _literal(av, ignorecase)
    if op is C.IN:
        return _in(av, ignorecase)
    return None  # any character, a negated literal, a back reference, a conditional


def _literal(code: int, ignorecase: bool) -> Items | None:
    char = chr(code)
    if not ignorecase:
        return [(C.LITERAL, code)]
    if not char.isascii():
        return None  # under (?i), a character beyond ASCII: its folds are left to the engine
    low = char.lower()
    return [(C.LITERAL, ord(c)) for c in sorted({low, char.upper(), *FOLDS.get(low, "")})]


def _in(items, ignorecase: bool) -> Items | None:
    found: Items = []
    for op, av in items:
        if op is C.LITERAL:
            got = _literal(av, ignorecase)
        elif op is C.RANGE:
            lo, hi = av
            if not ignorecase:
                got = [(op, av)]
            elif hi - lo >= MAX_RANGE:
                return None
            else:
                got = []
                for code in range(lo, hi + 1):
                    one = _literal(code, True)
                    if one is None:
                        return None
                    got.extend(one)
        elif op is C.CATEGORY:
            got = [(op, av)]  # \w, \s, \d: the same under (?i)
        else:
            return None  # a negated set
        if got is None:
            return None
        found.extend(got)
    return found
