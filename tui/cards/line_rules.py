"""Which line rules (boilerplate, metadata) can match a paragraph, told from its first character.

Every paragraph line was tried against every boilerplate rule of its length and every
metadata rule, each through the rule budget (``run_rule``): some 40 calls per article,
where the budget's bookkeeping cost more than the regex, and nearly all failed at the
line's first character ("By ...", "Source: ...", "Share this"). A paragraph is a
stripped line, so it opens on no whitespace; a match at its start must then open with
one of the characters the pattern can open with after a leading ``^`` and ``\\s*``.
Those characters are listed once per brief (:func:`opening_chars`, from the parse
:mod:`tui.rules.first_chars` reads for its guards); a rule whose first characters
cannot be listed is always tried. Skipping a rule that cannot match changes no card.
"""

from __future__ import annotations

import re

from ..rules.first_chars import LOCAL, sequence_first_chars

try:
    from re import _constants as C, _parser
except ImportError:  # pragma: no cover - another interpreter: every rule is tried
    _parser = None


def opening_chars(regex: re.Pattern) -> frozenset[str] | None:
    """The characters a match of ``regex`` at the start of a line that opens on no
    whitespace can begin with; None when they cannot be listed (the rule is always tried)."""
    if _parser is None or not isinstance(regex.pattern, str):
        return None
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
    except re.error:
        return None
    flags = parsed.state.flags
    if flags & (re.VERBOSE | re.LOCALE):
        return None
    items = list(parsed.data)
    while items and (items[0][0] is C.AT or _optional_space(items[0])):
        items.pop(0)  # "^", "\b" (zero width) and "\s*" (matches nothing before a non-space)
    # LOCAL: every case of a letter listed (a guard in the pattern is case-blind itself; a set test is not)
    chars, nullable = sequence_first_chars(items, LOCAL if flags & re.IGNORECASE else False)
    if chars is None or nullable:
        return None
    return frozenset(chars)


def _optional_space(item: tuple) -> bool:
    """Whether the item is ``\\s*`` (or ``\\s*?``, ``\\s{0,n}``): whitespace, possibly none."""
    op, av = item
    if op not in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) or av[0] != 0:
        return False
    sub = list(av[2].data)
    return len(sub) == 1 and sub[0][0] is C.IN and list(sub[0][1]) == [(C.CATEGORY, C.CATEGORY_SPACE)]
