"""A first-character guard for patterns the regex engine cannot skip through on its own.

A ``search`` tries the pattern at every position of the text. When a pattern opens on a
literal or a set of characters, Python's regex compiler notes it and the engine jumps
straight to the positions that hold one; but a pattern that opens on ``\\b``, a
lookbehind or ``(?i)`` letters gets no such note, and at every position each of its
alternatives is tried and fails on its own. The classify rules are such patterns, and
most of their time went there.

:func:`guarded` puts a lookahead for the characters a match can start with in front of
such a pattern (``(?=[niaw])`` before "\\bnot ...|\\bwithout ..."): one set test per
position instead of every alternative. A match starts with one of those characters, so
the guard lets every match through and the matches are the same, groups and all. When
the first characters cannot be listed (a pattern that may match nothing, opens on any
character, a negated or broad set, a case-insensitive part inside a case-sensitive
pattern), the pattern is left as it is.
"""

from __future__ import annotations

import re

from .first_walk import FOLDS, first_of

try:
    from re import _compiler, _constants as C, _parser
except ImportError:  # pragma: no cover - another interpreter: patterns stay as written
    _parser = None

MAX_CHARS = 64
"""A guard of more characters than this hardly skips anything: the pattern is left as it is."""
GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
LOCAL = "local"
"""The mode of a case-insensitive group inside a case-sensitive pattern (else True or False)."""


def guarded(pattern: str, flags: int = 0) -> str:
    """``pattern`` with a first-character lookahead in front, or unchanged (see module doc)."""
    if _parser is None:
        return pattern
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return pattern
    all_flags = parsed.state.flags
    if all_flags & (re.VERBOSE | re.LOCALE):
        return pattern
    if parsed.data and parsed.data[0][0] is C.ASSERT and parsed.data[0][1][0] == 1:
        return pattern  # it opens on a lookahead already (a guard written by hand, or this one)
    prefix, _, _ = _compiler._get_literal_prefix(parsed, all_flags)
    if prefix or _compiler._get_charset_prefix(parsed, all_flags):
        return pattern  # the engine already skips to where a match can start
    chars, nullable = sequence_first_chars(list(parsed.data), bool(all_flags & re.IGNORECASE))
    if chars is None or nullable or not chars or len(chars) > MAX_CHARS:
        return pattern
    lead = GLOBAL_FLAGS.match(pattern)
    head, body = (lead.group(), pattern[lead.end():]) if lead else ("", pattern)
    if GLOBAL_FLAGS.match(body):  # a second opening flag group: left alone
        return pattern
    guard = "".join(_escape(c) for c in sorted(chars))
    return f"{head}(?=[{guard}])(?:{body})"


def _escape(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char


def sequence_first_chars(items: list, ignorecase) -> tuple[set[str] | None, bool]:
    """The characters a match of the sequence ``items`` can start with, and whether it can
    match nothing at all; None for the characters when they cannot be listed (the walk:
    first_walk.py)."""
    found, nullable = first_of(items, ignorecase, _leaf, _enter)
    return (None, False) if found is None else (set(found), nullable)


def _enter(ignorecase, add: int):
    """A case-insensitive group in a case-sensitive pattern lists every case (LOCAL); a
    "(?-i:...)" part keeps the mode: the case-blind guard still holds it."""
    return LOCAL if add & re.IGNORECASE and ignorecase is False else ignorecase


def _leaf(op, av, ignorecase) -> list[str] | None:
    if op is C.LITERAL:
        chars = _cases(chr(av), ignorecase)
    elif op is C.IN:
        chars = _charset(av, ignorecase)
    else:
        return None  # any character, a back reference, a conditional: not listed
    return None if chars is None else list(chars)


def _charset(items, ignorecase) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            codes = (av,)
        elif op is C.RANGE and av[1] - av[0] < MAX_CHARS:
            codes = range(av[0], av[1] + 1)
        else:
            return None  # a negated set, a category (\w, \s), a long range
        for code in codes:
            got = _cases(chr(code), ignorecase)
            if got is None:
                return None
            chars |= got
    return chars


def _cases(char: str, ignorecase) -> set[str] | None:
    """What the guard must let through for ``char``. Under the pattern's own (?i) the guard
    is case-blind too, as the literal is; in a local (?i:...) every case is listed, which
    for a letter beyond ASCII is left to the engine (None)."""
    if ignorecase is LOCAL:
        if char.isascii():
            return {char.lower(), char.upper(), *FOLDS.get(char.lower(), "")}
        return {char} if char.lower() == char.upper() else None
    return {char.lower() if ignorecase else char}
