"""First characters in a compiled program's info block (rules/first_set.py): the search skips
to where a match can start, and finds the same matches, groups and all, as the plain program."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from tui.cards.engine import CardEngine
from tui.rules.first_chars import guarded
from tui.rules.first_set import FOLDS
from tui.rules.patterns import PatternCache, compile_pattern

BRIEF = Path(__file__).resolve().parent.parent / "briefs" / "default.yaml"
WORDS = ("Ada Quillon", "Tam Orrey", "the board", "a spokesman", "said", "says", "told", "denied", "not", "never",
         "and", "but", "while", "that", "who", ",", ";", ":", "—", "-", "“", "”", "\"", "’s", "'", "(D-Wis.)",
         "Mr.", "Dr.", "on Monday", "also", "has", "KIN", "\u212aIN", "ſaid", "İs", "NOT", "without", "claims",
         "é", "\u00a0", "\t", "\n", "42", "officials", "reported", "according to", "he", "She", "it", ".")


def _texts(seed: int, count: int):
    rnd = random.Random(seed)
    for _ in range(count):
        words = [rnd.choice(WORDS) for _ in range(rnd.randint(0, 14))]
        yield "".join(w + rnd.choice((" ", " ", "", "  ", ", ")) for w in words)


def _spans(m: re.Match | None):
    return m and [m.span(i) for i in range(m.re.groups + 1)]


def _same(plain: re.Pattern, fast: re.Pattern, text: str, rnd: random.Random) -> int:
    """Compare search, match and finditer of both programs on ``text`` (a few pos/endpos)."""
    found = 0
    for _ in range(3):
        pos = rnd.randint(0, len(text))
        end = rnd.randint(pos, len(text))
        a = plain.search(text, pos, end)
        assert _spans(a) == _spans(fast.search(text, pos, end)), (plain.pattern[:80], text, pos, end)
        assert _spans(plain.match(text, pos, end)) == _spans(fast.match(text, pos, end))
        found += a is not None
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]
    return found


def _search_patterns() -> list[re.Pattern]:
    """Every pattern the engine of the default brief compiled with the guard and a first set."""
    seen: list[re.Pattern] = []
    ids: set[int] = set()

    def walk(obj, depth: int) -> None:
        if id(obj) in ids or depth > 6:
            return
        ids.add(id(obj))
        values = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, (list, tuple)) \
            else getattr(obj, "__dict__", {}).values()
        for value in values:
            if isinstance(value, re.Pattern):
                seen.append(value)
            elif isinstance(value, (dict, list, tuple)) or type(value).__module__.startswith("tui."):
                walk(value, depth + 1)
    engine = CardEngine.from_path(str(BRIEF))
    walk(engine, 0)
    for rule in engine.brief.rules:
        seen.extend(p for p in (rule.regex, rule.prefilter) if p is not None)
    return [p for p in {id(p): p for p in seen}.values() if isinstance(p.pattern, str)]


def test_every_search_pattern_of_the_brief_finds_what_the_plain_program_finds():
    """The engine's patterns, with the set where it was written, against ``re.compile`` of the
    guarded source, on invented text."""
    rnd = random.Random(5)
    patterns = _search_patterns()
    found = 0
    texts = list(_texts(9, 120))
    for fast in patterns:
        flags = fast.flags & ~re.UNICODE
        plain = re.compile(guarded(fast.pattern, flags), flags)
        for text in texts:
            found += _same(plain, fast, text, rnd)
    assert len(patterns) > 200 and found > 2000  # the texts reach the patterns


@pytest.mark.parametrize("pattern", [
    r"(?=[,;]|\s+(?:and\s|but\s|[—–-]))(?:,\s+but\s+|;\s+|\s+and\s+(?=\w)|\s+[—–-]\s+)",
    r"(?<![\w’'])(?:Mr\.\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*\Z",
    r"(?i)\b(?:not|never|kin)\b",
    r"\b(?i:said|says)\b|\bTold\b",
    r"(?:\s+(?:also|has))*\s+(?P<v>said|told)\b",
])
def test_hand_made_patterns(pattern):
    rnd = random.Random(2)
    plain = re.compile(pattern)
    fast = PatternCache(None).compile(pattern, guard=True)
    if guarded(pattern) == pattern:  # (else compare with the guarded source)
        assert fast.pattern == pattern
    plain = re.compile(guarded(pattern))
    found = sum(_same(plain, fast, text, rnd) for text in _texts(4, 3000))
    assert found > 100


def test_the_case_folds_of_ascii_are_all_listed():
    """Under (?i) an ASCII character matches only its two cases and the listed folds: every
    character of Unicode is tried against each."""
    folding = re.compile(r"(?i)[\x00-\x7f]")
    others = [chr(c) for c in range(128, sys.maxunicode + 1) if folding.fullmatch(chr(c))]
    for code in range(128):
        char = chr(code)
        matched = {c for c in [chr(x) for x in range(128)] + others if re.fullmatch(re.escape(char), c, re.I)}
        assert matched <= {char.lower(), char.upper(), *FOLDS.get(char.lower(), "")}, char


def test_a_pattern_that_may_match_nothing_is_left_as_compiled():
    """No set where a match may be empty (the engine's own info block then says so)."""
    fast = compile_pattern(r"(?:\bnot)?\s*", guard=True)
    assert [m.span() for m in fast.finditer("a not b")] == [m.span() for m in re.finditer(r"(?:\bnot)?\s*", "a not b")]
