"""Scoring cards against gold labels written to shared/gold/GUIDELINE.md.

Matching follows DESIGN.md: a predicted item matches a gold item when the speaker
is the same actor (canonical name or any alias, on either side) and the predicted
span overlaps the gold evidence. Matching is one-to-one, so two predictions over
one gold item count one hit and one false positive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..articles.reader import read_article
from ..cards.engine import CardEngine
from ..cards.model import Card

CATEGORIES = ("actors", "claims", "denials")


class GoldError(Exception):
    pass


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Finding:
    """One miss or false positive, for the rule author's to-do list."""

    file: str
    category: str
    kind: str  # "miss" or "false positive"
    speaker: str
    text: str
    rule: str = ""
    line: int = 0

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        who = f"{self.speaker}: " if self.speaker else ""
        rule = f"  [{self.rule}]" if self.rule else ""
        return f"{where}: {self.kind} {self.category[:-1]}: {who}{self.text}{rule}"


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    findings: list[Finding] = field(default_factory=list)


def _norm(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


def load_gold(path: str | Path) -> list[dict]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GoldError(f"{path}:1: cannot read the gold file ({exc.__class__.__name__}); "
                        "check it is UTF-8 YAML in the guideline's format") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise GoldError(f"{path}:1: no 'articles:' list; write the gold file in the guideline's format")
    return data["articles"]


def evaluate(gold_path: str | Path, corpus_dir: str | Path, engine: CardEngine) -> Report:
    report = Report()
    for entry in load_gold(gold_path):
        path = Path(corpus_dir) / str(entry.get("file", ""))
        article = read_article(path)
        if not article.ok:
            raise GoldError(article.error or f"{path}: unreadable")
        card = engine.card(article)
        score_article(entry, card, article.text, report)
    return report


def score_article(gold: dict, card: Card, text: str, report: Report) -> None:
    file = Path(card.file).name
    gold_actors = gold.get("actors") or []
    gold_names = {g["name"]: {_norm(g["name"])} | {_norm(a) for a in g.get("aliases") or []} for g in gold_actors}
    pred_names = {a.name: {_norm(a.name)} | {_norm(x) for x in a.aliases} for a in card.actors}

    # Actors: one-to-one by shared name or alias.
    used: set[str] = set()
    score = report.scores["actors"]
    for g in gold_actors:
        hit = next((a.name for a in card.actors if a.name not in used and pred_names[a.name] & gold_names[g["name"]]), None)
        if hit:
            used.add(hit)
            score.tp += 1
        else:
            score.fn += 1
            report.findings.append(Finding(file, "actors", "miss", "", f"{g['name']} ({g.get('kind', '?')})"))
    for a in card.actors:
        if a.name not in used:
            score.fp += 1
            report.findings.append(Finding(file, "actors", "false positive", "", f"{a.name} ({a.kind})", a.rule))

    for category in ("claims", "denials"):
        predicted = getattr(card, category)
        score = report.scores[category]
        taken: set[int] = set()
        for g in gold.get(category) or []:
            evidence = str(g.get("evidence", ""))
            at = text.find(evidence)
            if at < 0:
                raise GoldError(f"{file}: evidence not found verbatim: {evidence!r}; fix the gold file")
            g_start, g_end = at, at + len(evidence)
            g_names = gold_names.get(g["speaker"], {_norm(g["speaker"])})
            hit = None
            for i, p in enumerate(predicted):
                if i in taken or not (p.start < g_end and g_start < p.end):
                    continue
                if pred_names.get(p.speaker, {_norm(p.speaker)}) & g_names:
                    hit = i
                    break
            if hit is None:
                score.fn += 1
                report.findings.append(Finding(file, category, "miss", g["speaker"], evidence,
                                               line=text.count("\n", 0, g_start) + 1))
            else:
                taken.add(hit)
                score.tp += 1
        for i, p in enumerate(predicted):
            if i not in taken:
                score.fp += 1
                report.findings.append(Finding(file, category, "false positive", p.speaker, p.text[:120],
                                               p.rule, line=text.count("\n", 0, p.start) + 1))
