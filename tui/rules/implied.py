"""When a rule's verb prefilter tells the engine nothing its trigger words have not told it.

A rule without a ``trigger`` key gets its ``(?P<verb>...)`` group on its own as a cheap
regex to try first (rule_compiler.py). When that group is made of exactly the rule's
trigger lexicons, a sentence that passed the trigger-word test almost always holds the
verb too ("said" as a word: the prefilter passed 98.6% of the BBC sentences it was
tried on), and searching a sentence for a trie of a hundred verbs cost more than the
few full runs it saved. Such a prefilter is dropped, but only when dropping it cannot
change a result: every match of the rule passes through the verb group
(:func:`verb_group_implied`), and the group holds no anchor or lookaround whose answer
could differ between the sentence searched alone and within the whole text. Then the
full pattern matches only where the prefilter would have matched, and the rule gives
the same matches with or without it.
"""

from __future__ import annotations

import re

try:
    from re import _constants as C, _parser
except ImportError:  # pragma: no cover - another interpreter: prefilters stay
    _parser = None

CONTEXT = ("AT", "ASSERT", "ASSERT_NOT", "GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE",
           "GROUPREF_LOC_IGNORE", "GROUPREF_UNI_IGNORE")
"""Operators whose answer depends on text around the match (or on another group)."""


def verb_group_implied(pattern: str, group: str = "verb") -> bool:
    """Does every match of ``pattern`` hold a match of its ``group`` compiled alone
    (the group on every path, under no flag the group alone would not have, and
    matching the same text wherever it stands)?"""
    if _parser is None:
        return False
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return False
    index = parsed.state.groupdict.get(group)
    if index is None or parsed.state.flags & ~re.UNICODE:
        return False  # a global flag the group compiled alone would lack
    return _on_every_path(list(parsed.data), index)


def _on_every_path(items: list, index: int) -> bool:
    for op, av in items:
        if op is C.SUBPATTERN:
            group, add, remove, sub = av
            if group == index:
                return _context_free(list(sub.data))
            if not (add or remove) and _on_every_path(list(sub.data), index):
                return True
        elif op is C.ATOMIC_GROUP:
            if _on_every_path(list(av.data), index):
                return True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _, sub = av
            if low >= 1 and _on_every_path(list(sub.data), index):
                return True
        elif op is C.BRANCH:
            if all(_on_every_path(list(alt.data), index) for alt in av[1]):
                return True
    return False


def _context_free(items: list) -> bool:
    for op, av in items:
        if str(op) in CONTEXT:
            return False
        if op is C.SUBPATTERN:  # its own flags ("(?i:...)") go with it when the group stands alone
            if not _context_free(list(av[3].data)):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _context_free(list(av.data)):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if not _context_free(list(av[2].data)):
                return False
        elif op is C.BRANCH:
            if not all(_context_free(list(alt.data)) for alt in av[1]):
                return False
    return True


def redundant_prefilter(pattern: str, lexicons: str) -> bool:
    """Is the verb prefilter of the (expanded) ``pattern`` worth nothing after the trigger-word
    test and safe to drop? Its verb group is exactly ``lexicons`` (the rule's trigger lexicons,
    expanded, as one alternation), case-blind or not, and is implied by every match
    (:func:`verb_group_implied`). A case-blind trie is the dearest prefilter of all: the
    opening participle's cost 70 µs a sentence against 7 µs for the rule itself, anchored
    at the sentence's start, and it passed every BBC sentence it was tried on."""
    group = group_text(pattern, "verb")
    if group is None:
        return False
    verb = _unwrapped(group[len("(?P<verb>"):-1])
    if verb.startswith("(?i:") and group_text("(?P<x>" + verb[4:], "x") == "(?P<x>" + verb[4:]:
        # "(?i:{lexicon})": the words in any case, which is how the trigger-word test reads them
        verb = _unwrapped(verb[4:-1])
    return verb == _unwrapped(f"(?:{lexicons})") and verb_group_implied(pattern)


def _unwrapped(regex: str) -> str:
    """``regex`` without the non-capturing groups that wrap all of it ("(?:(?:a|b))" -> "a|b")."""
    while regex.startswith("(?:") and group_text("(?P<x>" + regex[3:], "x") == "(?P<x>" + regex[3:]:
        regex = regex[3:-1]
    return regex


def group_text(pattern: str, name: str) -> str | None:
    """The named group of a pattern, parentheses included (balanced, escapes and classes skipped)."""
    at = pattern.find(f"(?P<{name}>")
    if at < 0:
        return None
    depth, i, in_class = 0, at, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return pattern[at:i + 1]
        i += 1
    return None
