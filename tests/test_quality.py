"""Card quality on the seeds, measured as ``brief eval`` measures it (issue 2's targets)."""

from __future__ import annotations

import pytest

from tui.articles.reader import read_article
from tui.cards.model import Card
from tui.evaluation.gold import Report, evaluate, load_gold, score_article

from conftest import GOLD, SEEDS

TARGETS = {
    "track-two": {"actors": 0.90, "claims": 0.85, "denials": 0.85},
    "default": {"actors": 0.80, "claims": 0.75, "denials": 0.75},
}


@pytest.fixture(scope="module")
def reports(default_engine, track_two_engine):
    return {"track-two": evaluate(GOLD, SEEDS, track_two_engine),
            "default": evaluate(GOLD, SEEDS, default_engine)}


@pytest.mark.parametrize("brief, category", [(b, c) for b, t in TARGETS.items() for c in t])
def test_f1_reaches_the_target(reports, brief, category):
    report = reports[brief]
    score = report.scores[category]
    target = TARGETS[brief][category]
    misses = "\n".join(str(f) for f in report.findings if f.category == category)
    assert score.f1 >= target, (f"{brief} {category}: F1 {score.f1:.3f} < {target} "
                                f"(P {score.precision:.3f} R {score.recall:.3f})\n{misses}")


def test_gold_covers_every_seed():
    files = {entry["file"] for entry in load_gold(GOLD)}
    assert files == {p.name for p in SEEDS.glob("*.txt")}


def test_an_empty_card_scores_zero_recall():
    """The scorer is not vacuous: predicting nothing must miss every gold item."""
    gold = load_gold(GOLD)[0]
    article = read_article(SEEDS / gold["file"])
    report = Report()
    score_article(gold, Card(file=article.path, title=""), article.text, report)
    for category in ("actors", "claims", "denials"):
        s = report.scores[category]
        assert s.tp == 0 and s.fn == len(gold.get(category) or []) > 0
        assert s.f1 == 0.0


def test_a_wrong_speaker_does_not_match(track_two_engine):
    """Overlap alone is not enough: the speaker must be the gold speaker (or an alias)."""
    gold = next(g for g in load_gold(GOLD) if g.get("claims"))
    article = read_article(SEEDS / gold["file"])
    card = track_two_engine.card(article)
    for claim in card.claims:
        claim.speaker = "Nobody In Particular"
    report = Report()
    score_article(gold, card, article.text, report)
    assert report.scores["claims"].tp == 0
