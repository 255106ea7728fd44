"""The default pack's ``clause_break`` opens with a hand-written lookahead that lets the regex
engine skip every position no break can start at (a speed device, see briefs/default.yaml).
It must never hide a break: with and without it the macro finds the same breaks. A new
alternative that starts some other way must widen the lookahead, and this test says so."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.cards.engine import CardEngine

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = [
    "Roe denied the report, saying it was false, and added that she had never met him.",
    "Lee said the plan would work; critics disagreed, while others noted that it was late.",
    "Doe rejected the claims - noting that the audit was incomplete - and then left.",
    "Kessel misspoke but noted that experts say the bridge is safe, although Varga said it was not.",
    "The mayor spoke before pointing out that the council had voted, after denying the story.",
    "Vale called it a smear, whereas Pike said the figures were right, even as Lin disputed them.",
    "She said, ''We will win,'' adding that the race was close — and that turnout mattered.",
    "Ann Roe and Tom Lee have said so, but Roe later said that she was wrong; Lee did not.",
]


def without_lookahead(pattern: str) -> str:
    """The pattern with its opening ``(?=...)`` group removed (parentheses matched, escapes skipped)."""
    assert pattern.startswith("(?=")
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class: its parentheses are literal
            i = pattern.index("]", i + 2) + 1
            continue
        depth += char == "("
        depth -= char == ")"
        i += 1
        if depth == 0:
            return pattern[i:]
    raise AssertionError("unbalanced lookahead")


def texts() -> list[str]:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    return SENTENCES + [p.read_text(encoding="utf-8") for p in seeds]


def test_the_lookahead_hides_no_break():
    macro = CardEngine.from_path(str(ROOT / "briefs" / "default.yaml")).brief.macros["clause_break"]
    guarded, plain = re.compile(macro), re.compile(without_lookahead(macro))
    assert plain.pattern != guarded.pattern
    found = 0
    for text in texts():
        spans = [m.span() for m in guarded.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], text[:80]
        found += len(spans)
    assert found > 20  # the texts do exercise the breaks


def test_a_narrower_lookahead_would_be_caught():
    """The check can fail: a lookahead that admits commas only hides the other breaks."""
    macro = CardEngine.from_path(str(ROOT / "briefs" / "default.yaml")).brief.macros["clause_break"]
    narrowed = re.compile("(?=,)" + without_lookahead(macro))
    plain = re.compile(without_lookahead(macro))
    with pytest.raises(AssertionError):
        for text in SENTENCES:
            assert [m.span() for m in narrowed.finditer(text)] == [m.span() for m in plain.finditer(text)]
