"""Plain-text tables for ``brief eval``: per-story figures, the pooled block, rules."""

from __future__ import annotations

import os

from .gold import StoryReport
from .rules import RuleTally
from .scoring import CATEGORIES, Report

NAME_WIDTH = 26


def score_block(report: Report) -> list[str]:
    """P/R/F1 with the counts behind them, one line per category, then kind accuracy."""
    lines = [f"{'':9} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'right':>6} {'gold':>6} {'found':>6}"]
    for category in CATEGORIES:
        s = report.scores[category]
        lines.append(f"{category:9} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                     f"{s.pred:6} {s.right:6} {s.gold:6} {s.found:6}")
    lines.append(kind_line(report))
    return lines


def kind_line(report: Report) -> str:
    k = report.kinds
    return f"kind right (person/org/place) for matched actors: {k.recall:.3f} ({k.found}/{k.gold})"


def story_table(stories: list[StoryReport]) -> list[str]:
    """One line per story: P R F1 of each category and kind accuracy."""
    lines = [f"{'':{NAME_WIDTH}} {'':4}" + "".join(f"  {c:^17}" for c in CATEGORIES) + "   kind",
             f"{'story':{NAME_WIDTH}} {'arts':>4}" + f"  {'P':>5} {'R':>5} {'F1':>5}" * len(CATEGORIES) + "  right"]
    for s in stories:
        r = s.report
        name = s.story.name if len(s.story.name) <= NAME_WIDTH else s.story.name[:NAME_WIDTH - 1] + "…"
        cells = "".join(f"  {r.scores[c].precision:.3f} {r.scores[c].recall:.3f} {r.scores[c].f1:.3f}"
                        for c in CATEGORIES)
        lines.append(f"{name:{NAME_WIDTH}} {r.articles:4}{cells}  {r.kind_accuracy:.3f}")
    return lines


def findings_block(stories: list[StoryReport]) -> list[str]:
    lines = []
    for s in stories:
        findings = s.report.findings
        if findings:
            lines.append(f"\n{s.story.name}: {len(findings)} misses, false positives and wrong kinds:")
            lines.extend(f"  {f}" for f in findings)
    return lines


def rules_block(tally: RuleTally) -> list[str]:
    """Items made and right per rule, then the attribution and classify rules that never fired."""
    lines = ["\nby rule: card items each rule made, how many matched gold (right), precision",
             f"  {'section':11} {'rule':40} {'category':8} {'made':>5} {'right':>5} {'P':>6}"]
    for row in tally.rows():
        c = row.count
        lines.append(f"  {row.section:11} {row.rule:40} {row.category:8} {c.made:5} {c.right:5} {c.precision:6.3f}")
    unfired = tally.never_fired()
    lines.append(f"\nnever fired: {len(unfired)} attribution and classify rules of the brief made no item")
    lines.extend(f"  {r.section:11} {r.id:40} {_short(r.file)}:{r.line}" for r in unfired)
    return lines


def _short(path: str) -> str:
    """A rule's file relative to the current folder when it lies below it."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative
