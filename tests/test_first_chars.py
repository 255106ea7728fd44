"""The first-character guard (rules/first_chars.py): a lookahead only where the regex
engine cannot skip on its own, and the same matches with it as without."""

import re

import pytest

from tui.rules.first_chars import guarded
from tui.rules.patterns import PatternCache

TEXTS = ["Ann Roe was not involved at all.", "Without his consent, Doe went.", "NEVER again",
         "It is mine.", "nothing to do with it", "Sam said no.", ""]


@pytest.mark.parametrize("pattern", [
    r"(?i)(?:\bnot\b|\bnever\b)[^.]{0,20}?\binvolved\b|\bwithout\s+(?P<who>his|her)\b",
    r"\b(?:is|are)\s+not\s+(?P<whose>mine|yours)\b|\bNEVER\b",
    r"(?<![\w’'])(?:[Nn]othing|[Aa]ll)\s+to\s+do",
    r"\b(?i:not|never|n[’']t)\b|\bWithout\b",
])
def test_guard_added_and_matches_unchanged(pattern):
    new = guarded(pattern)
    assert "(?=[" in new
    for text in TEXTS:
        for pos in range(len(text) + 1):
            a, b = re.compile(pattern).search(text, pos), re.compile(new).search(text, pos)
            assert (a and [a.span(i) for i in range(a.re.groups + 1)]) == \
                (b and [b.span(i) for i in range(b.re.groups + 1)])


def test_case_insensitive_guard_keeps_every_case():
    assert re.compile(guarded(r"(?i)\bnot\b")).search("It is NOT so").span() == (6, 9)
    local = re.compile(guarded(r"\b(?i:kin)\b"))
    assert local.search("A KIN b").span() == (2, 5)
    assert local.search("A \u212aIN b").span() == (2, 5)  # the Kelvin sign is a case of "k"


@pytest.mark.parametrize("pattern", [
    r"said\b",            # a literal prefix: the engine skips already
    r"(?:\bno)?\s*",      # may match nothing
    r"\b\w+ly\b",         # opens on any word character
    r"\b(?i:ñot)\b",      # a letter beyond ASCII, case-insensitive inside a case-sensitive pattern
    r"[^.]+\.",           # a negated set
    r"(?=[nN])(?:\bnot\b)",  # a guard already (guarding twice adds nothing)
])
def test_left_alone(pattern):
    assert guarded(pattern) == pattern


def test_compiled_with_guard_reads_as_written(tmp_path):
    for cache in (PatternCache(None), PatternCache(tmp_path / "patterns.marshal")):
        regex = cache.compile(r"(?i)\bnot\b", guard=True)
        assert regex.pattern == r"(?i)\bnot\b" and regex.search("It is NOT so").span() == (6, 9)
