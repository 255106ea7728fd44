"""Whether a prefilter pattern occurs in a span, answered faster than ``search`` when that is safe.

Python's regex engine scans a text quickly only for a pattern that opens on a literal or a
character class: it then jumps from one candidate character to the next. A pattern that
opens on an assertion such as ``\\b`` is tried at every position instead, so
``\\b[Aa]s\\s`` costs ten times what ``[Aa]s\\s`` does on a sentence (5 µs against 0.5 µs),
and a few such prefilters ran on every sentence with a common trigger word ("has").

:func:`occurs` gives, for a compiled pattern P, a function ``(text, start, end) -> bool``
that answers exactly ``P.search(text, start, end) is not None``:

- P plain text (":", "\\?"): ``str.find``.
- P opening on ``\\b`` and then a letter or a class: the pattern Q without that ``\\b`` matches wherever P does (an
  assertion dropped only widens a pattern), so Q's matches are where P can start; P is
  tried at each of them in turn with ``match`` (same text, same ``pos`` and ``endpos``, so
  ``\\b``, ``^`` and lookbehinds see what ``search`` showed them).
- Anything else: ``P.search`` itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

try:
    from re import _constants as C, _parser
except ImportError:  # pragma: no cover - another interpreter: every pattern is searched as it is
    _parser = None

Occurs = Callable[[str, int, int], bool]


def occurs(pattern: re.Pattern) -> Occurs:
    """``lambda text, start, end: pattern.search(text, start, end) is not None``, faster when it can be."""
    literal = plain_text(pattern)
    if literal:
        def find(text: str, start: int, end: int) -> bool:
            return text.find(literal, start, end) >= 0
        find.literal = literal  # (a caller may run the find itself: see cards/span_rules.py)
        return find
    wider = _without_leading_boundary(pattern)
    if wider is not None:
        return _tried_where_wider_matches(pattern.match, wider.search)

    def search(text: str, start: int, end: int) -> bool:
        return pattern.search(text, start, end) is not None
    return search


def plain_text(pattern: re.Pattern) -> str | None:
    """The text a pattern stands for when it is nothing but literal characters under no flag
    that changes how they match (":" or "\\?"), else None."""
    if _parser is None or pattern.flags & ~re.UNICODE:
        return None
    try:
        parsed = _parser.parse(pattern.pattern)
    except re.error:
        return None
    if parsed.state.flags & ~re.UNICODE or not parsed.data:
        return None
    chars = []
    for op, av in parsed.data:
        if op is not C.LITERAL:
            return None
        chars.append(chr(av))
    return "".join(chars)


def _without_leading_boundary(pattern: re.Pattern) -> re.Pattern | None:
    """The pattern without the ``\\b`` it opens on (a wider pattern), or None."""
    text = pattern.pattern
    if not text.startswith("\\b") or not (text[2:3].isalnum() or text[2:3] == "["):
        return None  # only a pattern that then opens on a letter or a class, which the engine scans for
        # (after a group or an alternation the engine scans as it would have, and trying each place
        # in Python costs more than it saves)
    try:
        return re.compile(text[2:], pattern.flags)
    except re.error:
        return None


def _tried_where_wider_matches(match: Callable, wider_search: Callable) -> Occurs:
    def tried(text: str, start: int, end: int) -> bool:
        pos = start
        while (found := wider_search(text, pos, end)) is not None:
            at = found.start()
            if match(text, at, end) is not None:
                return True
            pos = at + 1
        return False
    return tried
