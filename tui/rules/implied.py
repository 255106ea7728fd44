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

LATER_SAFE = ("AT_BOUNDARY", "AT_NON_BOUNDARY", "AT_END", "AT_END_STRING", "AT_UNI_BOUNDARY",
              "AT_UNI_NON_BOUNDARY", "AT_LOC_BOUNDARY", "AT_LOC_NON_BOUNDARY")
"""Anchors that look at the characters on both sides of a place, or at the end: once the group
has taken a character, what they see lies inside the sentence searched either way."""
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
                return _context_free(list(sub.data), 0)
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


def _context_free(items: list, before: int) -> bool:
    """Do ``items`` match the same text wherever they stand, searched in the sentence alone or
    in the whole text up to the sentence's end? ``before``: the fewest characters the group has
    taken before them. An assertion that looks back (a lookbehind, ``\\b``, ``^``) may look
    before the sentence only where the group has taken nothing yet; a lookahead sees only what
    follows, up to the sentence's end in both searches. So a lookahead is allowed, and inside
    it (and anywhere) a ``\\b`` or ``$`` once at least one character has been taken."""
    for op, av in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT") and av[0] == 1:  # a lookahead: it takes nothing itself
            if not _context_free(list(av[1].data), before):
                return False
            continue
        if name == "AT" and before > 0 and str(av) in LATER_SAFE:
            pass
        elif name in CONTEXT:
            return False
        if op is C.SUBPATTERN:  # its own flags ("(?i:...)") go with it when the group stands alone
            if not _context_free(list(av[3].data), before):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _context_free(list(av.data), before):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if not _context_free(list(av[2].data), before):
                return False
        elif op is C.BRANCH:
            if not all(_context_free(list(alt.data), before) for alt in av[1]):
                return False
        before += _fewest(op, av)
    return True


def _fewest(op, av) -> int:
    """The fewest characters one item takes."""
    return _parser.SubPattern(_parser.State(), [(op, av)]).getwidth()[0]


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
    verb = _without_leading_lookaheads(verb)
    return verb == _unwrapped(f"(?:{lexicons})") and verb_group_implied(pattern)


def _without_leading_lookaheads(verb: str) -> str:
    """The verb without lookaheads in front of its words ("(?:(?!state\\s+...))said|..."): they
    only narrow which of the words count (a noun use of "state"), and the trigger words passed
    the sentence already; a prefilter that is the words less a few uses is worth as little."""
    while verb.startswith("("):
        end = _balanced_end(verb, 0)
        if end is None or end == len(verb):
            return verb
        try:
            parsed = _parser.parse(verb[:end]).data
        except re.error:
            return verb
        if not parsed or not all(str(op) in ("ASSERT", "ASSERT_NOT") and av[0] == 1 for op, av in parsed):
            return verb
        verb = _unwrapped(verb[end:])
    return verb


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
    end = _balanced_end(pattern, at)
    return pattern[at:end] if end is not None else None


def _balanced_end(pattern: str, at: int) -> int | None:
    """Where the group that opens at ``at`` ends (after its ")"), or None."""
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
                return i + 1
        i += 1
    return None
