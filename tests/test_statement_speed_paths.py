"""The statement finder's cheap pre-tests answer what the regexes they stand in front of
answered: each test runs the plain search and the fast path on many invented windows."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from tui.cards.cue_sources import COORDINATOR_ENDS
from tui.cards.cues import CueReader, Names
from tui.cards.span_rules import SpanRules
from tui.rules.brief import Rule
from tui.rules.loader import load_brief

BRIEF = Path(__file__).resolve().parent.parent / "briefs" / "default.yaml"
PIECES = ("Ada Quillon", "the board", "and", "but", "then", ",", "to", "led", "prompted", "urged", "her",
          "Tam Orrey", "  ", "\t", "\u00a0", "?", ":", "said", "also", "then,", "band", "Otto", "toto")


@pytest.fixture(scope="module")
def sources():
    return CueReader(load_brief(BRIEF)).sources


def _windows(seed: int, count: int = 4000):
    rnd = random.Random(seed)
    for _ in range(count):
        words = [rnd.choice(PIECES) for _ in range(rnd.randint(0, 7))]
        yield "".join(w + rnd.choice((" ", "", "  ", "\n")) for w in words)


def test_the_coordinator_pretest_lets_every_match_through(sources):
    """``_find`` runs ``coordinators`` only on words that end on a comma or a joining word."""
    matched = 0
    for window in _windows(7):
        found = sources.coordinators.search(window)
        if found is not None:
            matched += 1
            assert window.rstrip().endswith(COORDINATOR_ENDS), window
    assert matched > 100  # the windows reach the regex often enough to tell


def _old_caused(sources, text: str, start: int, cue_s: int, names: Names):
    """``_caused`` before its pre-test: the regex on every window."""
    m = sources.caused.search(text, start, cue_s)
    if m is None:
        return None
    s, e = m.span("s")
    return (s, e) if names.any_within(s, e) or text[s:e].lower() in sources.source_words else None


def test_the_causative_pretest_gives_what_the_regex_gave(sources):
    """``_caused`` runs its regex only on words that end on "to" (white space after it)."""
    rnd = random.Random(11)
    found = 0
    for window in _windows(11):
        window += " ".join((rnd.choice(("led", "prompted", "urged", "said")), rnd.choice(("Ada Quillon", "her", "Tam")),
                            rnd.choice(("to", "to", "toto", "and", "to,"))))
        window += rnd.choice(("", " ", "  \n", "\u2003"))
        names = Names([(m.start(), m.end(), "person") for m in re.finditer(r"Ada Quillon|Tam Orrey", window)])
        old = _old_caused(sources, window, 0, len(window), names)
        assert sources._caused(window, 0, len(window), names) == old, window
        found += old is not None
    assert found > 20  # the windows reach the regex often enough to tell


def _rule(prefilter: str) -> Rule:
    return Rule(id=f"r{prefilter}", section="classify", pattern="x", regex=re.compile("x"), file="x.yaml", line=1,
                prefilter=re.compile(prefilter))


def test_a_plain_prefilter_answers_as_its_search_did():
    """A prefilter that is plain text is answered by ``str.find``, a regex one by its search."""
    rules = SpanRules(cues=None)
    plain, regex = _rule(r"\?"), _rule(r"\b(?:not|never)\b")
    rnd = random.Random(3)
    for window in _windows(5, 500):
        text = window + " is it not? " + window
        rules.begin(text, Names())  # (the answers are kept per article)
        for _ in range(5):
            start = rnd.randint(0, len(text))
            end = rnd.randint(start, len(text))
            for rule in (plain, regex):
                assert rules.prefiltered(rule, text, start, end) == (rule.prefilter.search(text, start, end) is not None)
