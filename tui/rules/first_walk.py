"""The walk over a parsed regex that finds what a match can start with.

Two speed-ups need the first characters of a pattern: the guard of first_chars.py (a
lookahead of characters written into the pattern) and the info-block set of
first_set.py (set items written into the compiled program). They differ in what they
collect for one character-consuming item (a set of characters, or charset items as the
regex compiler writes them) and in how a ``(?i:...)`` group changes the case mode, but
the walk is the same and must stay the same for both: zero-width items (``^``, ``\\b``,
lookarounds) pass the question on to the next item, a branch collects from every
alternative, a repeat from its body (and makes the item optional when it may repeat
zero times), a group from its contents. :func:`first_of` is that walk, written once;
the caller hands it the per-item function and the case-mode rule.
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

try:
    from re import _constants as C
except ImportError:  # pragma: no cover - another interpreter: callers return early
    C = None

FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""The characters beyond ASCII that a case-insensitive ASCII letter matches (tests check
all of Unicode); both listings need them."""
T = TypeVar("T")
Mode = Any
"""The case mode the caller threads through the walk (a bool, or first_chars.LOCAL)."""
Leaf = Callable[[Any, Any, Mode], "list[T] | None"]
"""What one item that consumes a character can start with (``op, av, mode``); None when
it cannot be listed (any character, a back reference, a conditional, ...)."""
Enter = Callable[[Mode, int], Mode]
"""The case mode inside a group, from the mode outside and the group's added flags."""


def first_of(items: list, mode: Mode, leaf: Leaf, enter: Enter) -> tuple[list | None, bool]:
    """What a match of the sequence ``items`` can start with (the leaves' findings in
    pattern order), and whether it can match nothing; None when it cannot be listed."""
    found: list = []
    for op, av in items:
        got, nullable = _item(op, av, mode, leaf, enter)
        if got is None:
            return None, False
        found.extend(got)
        if not nullable:
            return found, False
    return found, True


def _item(op, av, mode: Mode, leaf: Leaf, enter: Enter) -> tuple[list | None, bool]:
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return [], True  # zero width: the next item holds the first character
    if op is C.SUBPATTERN:
        _, add, _, sub = av
        return first_of(list(sub.data), enter(mode, add), leaf, enter)
    if op is C.ATOMIC_GROUP:
        return first_of(list(av.data), mode, leaf, enter)
    if op is C.BRANCH:
        found: list = []
        nullable = False
        for alternative in av[1]:
            got, empty = first_of(list(alternative.data), mode, leaf, enter)
            if got is None:
                return None, False
            found.extend(got)
            nullable = nullable or empty
        return found, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, sub = av
        got, empty = first_of(list(sub.data), mode, leaf, enter)
        return (None, False) if got is None else (got, empty or low == 0)
    return leaf(op, av, mode), False  # a character-consuming item: the caller's to list
