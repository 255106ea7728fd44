"""Scoring cards against gold labels written to shared/gold/GUIDELINE.md.

``evaluate`` cards one story's articles and scores them; ``evaluate_stories`` does it
for several and pools them (micro-averaging: the counts are summed, then P/R/F1 taken),
which gives the same figures as the reference scorer on the pooled files. The matching
rule itself lives in ``scoring.py``; reading gold files and sets in ``labels.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..articles.model import Article
from ..cards.model import Card

from ..articles.reader import read_article
from ..cards.engine import CardEngine
from ..rules.budget import budget_for_card
from .labels import GoldError, Story, find_stories, load_gold
from .rules import RuleTally
from .scoring import CATEGORIES, Finding, Report, Score, score_article

__all__ = ["CATEGORIES", "Finding", "GoldError", "Report", "Score", "Story", "StoryReport", "evaluate",
           "evaluate_stories", "evaluate_story", "find_stories", "load_gold", "score_article"]


@dataclass(frozen=True)
class StoryReport:
    story: Story
    report: Report


def evaluate(gold_path: str | Path, corpus_dir: str | Path, engine: CardEngine,
             tally: RuleTally | None = None) -> Report:
    """One gold file against the articles in ``corpus_dir``."""
    return evaluate_story(Story(Path(gold_path).stem, Path(gold_path), Path(corpus_dir)), engine, tally)


def evaluate_story(story: Story, engine: CardEngine, tally: RuleTally | None = None,
                   card_of: Callable[[Article], Card] | None = None) -> Report:
    """``card_of`` makes an article's card (the store's, when the command has one)."""
    report = Report()
    card_of = card_of or engine.card
    for entry in load_gold(story.gold):
        path = story.corpus / entry["file"]
        if not path.is_file():
            raise GoldError(f"{story.gold}: {entry['file']}: no such article in {story.corpus}; "
                            "fix the file name or give the right corpus folder")
        article = read_article(path)
        if not article.ok:
            raise GoldError(article.error or f"{path}: unreadable")
        card = card_of(article)
        try:
            rights = score_article(entry, card, article.text, report)
        except GoldError as exc:
            raise GoldError(f"{story.gold}: {exc}") from None
        if tally is not None:
            with budget_for_card():  # the classify rules run again: the same time limit as on the card
                tally.add(card, article.text, rights)
    return report


def evaluate_stories(stories: list[Story], engine: CardEngine, tally: RuleTally | None = None,
                     card_of: Callable[[Article], Card] | None = None) -> tuple[list[StoryReport], Report]:
    """Each story's report and the pooled one."""
    reports = [StoryReport(story, evaluate_story(story, engine, tally, card_of)) for story in stories]
    pooled = Report()
    for r in reports:
        pooled.merge(r.report)
    return reports, pooled
