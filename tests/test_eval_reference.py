"""``brief eval`` agrees exactly with the reference scorer on the BASIL dev set.

The reference (shared/tools/score_cards.py) scores the pooled files that
shared/tools/pool_gold.py writes, from ``brief card --json`` output; ``brief eval`` scores
the set folder story by story and pools the counts. Both must print the same
figures, to the last digit, pooled and for every story. Skipped when ../shared is absent.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tui.articles.reader import read_article
from tui.evaluation.gold import evaluate_stories, find_stories

from conftest import PROJECT

SHARED = PROJECT.parent / "shared"
BASIL = SHARED / "dev" / "basil"
TOOLS = SHARED / "tools"
LINE_RE = re.compile(r"^(actors|claims|denials)\s+P (\S+) R (\S+) F1 (\S+)\s+\(pred (\d+), gold (\d+)\)$", re.M)

pytestmark = pytest.mark.skipif(
    not (BASIL / "gold").is_dir() or not (TOOLS / "score_cards.py").is_file(),
    reason=f"{BASIL} or {TOOLS / 'score_cards.py'} not found: the reference comparison needs ../shared")


def reference(gold: Path, corpus: Path, engine, work: Path) -> dict[str, tuple[str, ...]]:
    """The reference scorer's figures for cards written as ``brief card --json`` writes them."""
    cards = [engine.card(read_article(p)).to_json() for p in sorted(corpus.iterdir()) if p.is_file()]
    out = work / f"cards-{gold.stem}-{corpus.name}.json"
    out.write_text(json.dumps(cards), encoding="utf-8")
    result = subprocess.run([sys.executable, str(TOOLS / "score_cards.py"), str(gold), str(corpus), str(out)],
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    assert "not in file" not in result.stderr, result.stderr
    return {m[1]: m.groups()[1:] for m in LINE_RE.finditer(result.stdout)}


def ours(report) -> dict[str, tuple[str, ...]]:
    return {c: (f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.pred), str(s.gold))
            for c, s in report.scores.items()}


def test_pooled_and_per_story_figures_agree_with_the_reference_scorer(tmp_path, default_engine):
    pooled_dir = tmp_path / "pooled"
    subprocess.run([sys.executable, str(TOOLS / "pool_gold.py"), str(BASIL), str(pooled_dir)], check=True)
    reports, pooled = evaluate_stories(find_stories([str(BASIL)]), default_engine)
    assert len(reports) >= 8
    expected = reference(pooled_dir / "gold.yaml", pooled_dir / "corpus", default_engine, tmp_path)
    assert len(expected) == 3
    assert ours(pooled) == expected
    for r in reports:
        assert ours(r.report) == reference(r.story.gold, r.story.corpus, default_engine, tmp_path), r.story.name
