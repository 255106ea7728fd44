"""Scoring one card against one gold entry, exactly as the reference scorer does.

The reference (``shared/tools/score_cards.py``) is what the project is judged by, so
``brief eval`` follows it to the letter rather than a matching rule of its own:

* Actors: a predicted actor is right when any of its forms (name or alias) is a form
  of some gold actor; a gold actor is found when some predicted actor hits it. Two
  predictions of one gold actor are both right for precision (many-to-one), which is
  why a ``Score`` keeps the predicted side (``right``) and the gold side (``found``)
  apart.
* Claims and denials: predictions in card order each take the first unused gold item
  whose evidence span they overlap and whose speaker is the same actor (one-to-one).
  The k-th gold item with the same evidence takes the k-th occurrence in the file.
* Precision with no prediction, recall with no gold item, are 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..cards.model import Actor, Card, Statement
from .labels import GoldError

CATEGORIES = ("actors", "claims", "denials")


@dataclass(frozen=True)
class Score:
    """Counts for one category; add two to pool them (micro-averaging)."""

    pred: int = 0
    right: int = 0
    """Predictions that match gold (for actors several may match one gold actor)."""
    gold: int = 0
    found: int = 0
    """Gold items that some prediction matches."""

    def __add__(self, other: Score) -> Score:
        return Score(self.pred + other.pred, self.right + other.right,
                     self.gold + other.gold, self.found + other.found)

    @property
    def tp(self) -> int:
        return self.found

    @property
    def fp(self) -> int:
        return self.pred - self.right

    @property
    def fn(self) -> int:
        return self.gold - self.found

    @property
    def precision(self) -> float:
        return self.right / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Finding:
    """One miss, false positive or wrong kind, for the rule author's to-do list."""

    file: str
    category: str
    kind: str  # "miss", "false positive" or "wrong kind"
    speaker: str
    text: str
    rule: str = ""
    line: int = 0

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        who = f"{self.speaker}: " if self.speaker else ""
        rule = f"  [{self.rule}]" if self.rule else ""
        return f"{where}: {self.kind} {self.category[:-1]}: {who}{self.text}{rule}"


@dataclass(frozen=True)
class Rights:
    """Which predictions of one card matched gold, in card order (for ``--by-rule``)."""

    actors: tuple[bool, ...] = ()
    claims: tuple[bool, ...] = ()
    denials: tuple[bool, ...] = ()


@dataclass
class Report:
    """Accumulates the scores of any number of articles (a story, or a pooled set)."""

    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    findings: list[Finding] = field(default_factory=list)
    kinds: Score = Score()
    """Kind (person/org/place) of matched actors: ``gold`` matched actors, ``found`` with the right kind."""
    articles: int = 0

    def add(self, category: str, score: Score) -> None:
        self.scores[category] = self.scores[category] + score

    def merge(self, other: Report) -> None:
        for category in CATEGORIES:
            self.add(category, other.scores[category])
        self.findings.extend(other.findings)
        self.kinds = self.kinds + other.kinds
        self.articles += other.articles

    @property
    def kind_accuracy(self) -> float:
        return self.kinds.recall


def norm(name: object) -> str:
    """The reference's name comparison: curly apostrophe, spacing and case do not count."""
    return " ".join(str(name).replace("\u2019", "'").split()).casefold()


def score_article(gold: dict, card: Card, text: str, report: Report) -> Rights:
    """Add one article's counts and findings to ``report``; say which predictions were right."""
    file = Path(card.file).name
    report.articles += 1
    alias = {norm(form): a["name"] for a in gold.get("actors") or []
             for form in (a["name"], *(a.get("aliases") or []))}
    actors = _score_actors(gold, card, alias, file, report)
    seen: dict[str, int] = {}
    claims = _score_statements("claims", gold, card, text, alias, seen, file, report)
    denials = _score_statements("denials", gold, card, text, alias, seen, file, report)
    return Rights(actors, claims, denials)


def _score_actors(gold: dict, card: Card, alias: dict[str, str], file: str, report: Report) -> tuple[bool, ...]:
    gold_actors = gold.get("actors") or []
    gold_kind = {a["name"]: a.get("kind") for a in gold_actors}
    matched: dict[str, Actor] = {}  # gold name -> the first predicted actor that hits it
    rights = []
    for actor in card.actors:
        hits = {alias[f] for f in map(norm, (actor.name, *actor.aliases)) if f in alias}
        rights.append(bool(hits))
        for name in sorted(hits, key=str):
            matched.setdefault(name, actor)
        if not hits:
            report.findings.append(Finding(file, "actors", "false positive", "", f"{actor.name} ({actor.kind})", actor.rule))
    for g in gold_actors:
        if g["name"] not in matched:
            report.findings.append(Finding(file, "actors", "miss", "", f"{g['name']} ({g.get('kind', '?')})"))
    right_kind = 0
    for name, actor in matched.items():
        if actor.kind == gold_kind.get(name):
            right_kind += 1
        else:
            report.findings.append(Finding(file, "actors", "wrong kind", "",
                                           f"{actor.name} is {actor.kind}, gold {name} is {gold_kind.get(name)}", actor.rule))
    report.add("actors", Score(len(card.actors), sum(rights), len(gold_actors), len(matched)))
    report.kinds = report.kinds + Score(gold=len(matched), found=right_kind)
    return tuple(rights)


def _evidence_spans(category: str, gold: dict, text: str, seen: dict[str, int], file: str) -> list[tuple[str, int, int, str]]:
    spans = []
    for g in gold.get(category) or []:
        evidence = g["evidence"]
        # The k-th gold item with the same evidence takes its k-th occurrence (as the reference does).
        at = -1
        for _ in range(seen.get(evidence, 0) + 1):
            at = text.find(evidence, at + 1)
        seen[evidence] = seen.get(evidence, 0) + 1
        if at < 0:
            at = text.find(evidence)
        if at < 0:
            raise GoldError(f"{file}: {category[:-1]} evidence not found verbatim in the article: "
                            f"{evidence!r}; copy it exactly from the file")
        spans.append((g["speaker"], at, at + len(evidence), evidence))
    return spans


def _score_statements(category: str, gold: dict, card: Card, text: str, alias: dict[str, str],
                      seen: dict[str, int], file: str, report: Report) -> tuple[bool, ...]:
    golds = _evidence_spans(category, gold, text, seen, file)
    predicted: list[Statement] = getattr(card, category)
    used: set[int] = set()
    rights = []
    for p in predicted:
        hit = next((i for i, (speaker, s, e, _) in enumerate(golds)
                    if i not in used and p.start < e and s < p.end and _speaker_is(p.speaker, speaker, card, alias)),
                   None)
        rights.append(hit is not None)
        if hit is None:
            report.findings.append(Finding(file, category, "false positive", p.speaker, p.text[:120],
                                           p.rule, line=text.count("\n", 0, p.start) + 1))
        else:
            used.add(hit)
    for i, (speaker, s, _, evidence) in enumerate(golds):
        if i not in used:
            report.findings.append(Finding(file, category, "miss", speaker, evidence, line=text.count("\n", 0, s) + 1))
    report.add(category, Score(len(predicted), sum(rights), len(golds), len(used)))
    return tuple(rights)


def _speaker_is(predicted: str, gold_speaker: str, card: Card, alias: dict[str, str]) -> bool:
    """The predicted speaker is a form of the gold speaker, or names a predicted actor one of whose forms is."""
    n = norm(predicted or "")
    if alias.get(n) == gold_speaker:
        return True
    return any(norm(a.name) == n and any(alias.get(norm(f)) == gold_speaker for f in (a.name, *a.aliases))
               for a in card.actors)
