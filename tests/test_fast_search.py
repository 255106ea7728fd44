"""A prefilter's faster search (tui/rules/fast_search.py) answers exactly what
``pattern.search(text, start, end)`` answers, on every span of a text."""

from __future__ import annotations

import re

import pytest

from tui.rules.fast_search import occurs, plain_text

TEXT = ("Has Quillon, as ever, spoken? As Vale has argued: the ferry, as built, was late. "
        "whom Ada told; Quillon toldx nobody. with Roe, Without Doe? aS is; \"As\" said Ada:")

PATTERNS = [r":", r"\?", r"Ada:", r"Quillon told", r"\b[Aa]s\s", r"\b[Aa]s\s[^,]{1,30}\b(?:argued|said)", r"\btold\b", r"\bwhom\s",
            r"\b[Ww]ith\s", r"\b(?:that|which|as)\s", r"(?i)as\s", r"\bAs\b|Ada", r"\b\w+:", r"^Has",
            r"\b[Aa]s(?<=\sas)\s"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_fast_search_agrees_with_search_on_every_span(pattern):
    compiled = re.compile(pattern)
    fast = occurs(compiled)
    for start in range(len(TEXT) + 1):
        for end in range(start, len(TEXT) + 1, 3):
            assert fast(TEXT, start, end) == (compiled.search(TEXT, start, end) is not None), (start, end)


def test_plain_text_is_found_without_the_engine():
    assert plain_text(re.compile(":")) == ":"
    assert plain_text(re.compile(r"\?")) == "?"
    assert plain_text(re.compile(r"as\s")) is None
    assert plain_text(re.compile(r"(?i)as")) is None  # case-blind: not the text itself
    assert plain_text(re.compile("")) is None


def test_a_boundary_before_the_span_is_seen_as_search_sees_it():
    """'\\b' at the span's first character looks at the character before the span."""
    compiled = re.compile(r"\b[Aa]s\s")
    text = "Vale has spoken"
    start = text.index("as")
    assert compiled.search(text, start, len(text)) is None  # 'h' before 'as': no boundary
    assert occurs(compiled)(text, start, len(text)) is False
    assert occurs(compiled)(text, 0, len(text)) is False
    assert occurs(compiled)("as it was", 0, 9) is True
