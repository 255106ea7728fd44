"""The general pack's PolNeAR dev figures must not fall below what it reached (issue 10).

Cards are written as ``brief card --json`` writes them and scored by PolNeAR's own scorer
(../shared/dev/polnear/score.py), so the figures are the ones the closing notes quote. The
floors are the last reached figures less a small margin; raise them when the pack improves.
Skipped with a message when ../shared (the development sets) is absent.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from tui.articles.reader import read_article

from conftest import PROJECT

POLNEAR = PROJECT.parent / "shared" / "dev" / "polnear"
DEV = POLNEAR / "dev"

FLOORS = {"R-speaker": 0.675, "P(span)": 0.96, "speaker accuracy": 0.945}
"""Named-source recall with an acceptable speaker, span precision, and speaker accuracy on the
named-source statements found (the last closing note's figures less a margin)."""

pytestmark = pytest.mark.skipif(
    not (DEV / "gold.yaml").is_file() or not (POLNEAR / "score.py").is_file(),
    reason=f"{DEV} or {POLNEAR / 'score.py'} not found: PolNeAR lives in ../shared")

ATTR_RE = re.compile(r"^attr\s+\S+ \d+/\d+\s+(?P<rspk>[\d.]+) \d+/\d+.*?(?P<p>[\d.]+) \d+/\d+\s+[\d.]+$", re.M)
ACCURACY_RE = re.compile(r"speaker accuracy on named-source statements that were found: ([\d.]+)")


def reference_figures(text: str) -> dict[str, float]:
    """The scorer's printed figures this test holds to its floors."""
    attr, accuracy = ATTR_RE.search(text), ACCURACY_RE.search(text)
    assert attr and accuracy, f"the PolNeAR scorer's output changed shape:\n{text}"
    return {"R-speaker": float(attr["rspk"]), "P(span)": float(attr["p"]),
            "speaker accuracy": float(accuracy[1])}


def test_reference_figures_are_read_from_the_scorers_lines():
    out = ("view             R-any      R-speaker        R-coref     R-unconstr        P(span)     F1\n"
           "attr     0.564 1134/2012  0.674 716/1063  0.603 129/214  0.329 242/735  0.969 1357/1400  0.713\n"
           "speaker accuracy on named-source statements that were found: 0.952\n")
    assert reference_figures(out) == {"R-speaker": 0.674, "P(span)": 0.969, "speaker accuracy": 0.952}


def test_polnear_dev_figures_hold(tmp_path, default_engine):
    corpus = DEV / "corpus"
    cards = [default_engine.card(read_article(p)).to_json() for p in sorted(corpus.iterdir()) if p.is_file()]
    out = tmp_path / "polnear-dev.json"
    out.write_text(json.dumps(cards), encoding="utf-8")
    result = subprocess.run([sys.executable, str(POLNEAR / "score.py"), str(DEV / "gold.yaml"), str(corpus), str(out)],
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stderr
    reached = reference_figures(result.stdout)
    for name, floor in FLOORS.items():
        assert reached[name] >= floor, f"PolNeAR dev {name} {reached[name]} fell below {floor}"
