"""``brief eval --by-rule``: how many card items each rule made and how many were right.

A rule author tuning a pack needs to know which rules earn their keep, which mostly
misfire, and which never fire at all on a labelled set; the card items already carry
the ids, so this only counts them against the scorer's verdicts.

Each claim or denial counts for its attribution rule and, when one decided its label,
its classify rule. The card records the classifier of a denial (``Statement.rule``) but
not of a claim, so a claim's ``label: claim`` classifier is found again here the way the
engine finds it: the first classify rule, in brief order, whose trigger words and
pattern match the claim's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..cards.model import Card, Statement
from ..rules.brief import Brief, Rule
from ..rules.budget import run_rule
from .scoring import Rights

WORD_RE = re.compile(r"[a-z]+")
COUNTED_SECTIONS = ("attribution", "classify")
"""Sections whose unfired rules ``--by-rule`` lists (the others do not make items)."""


@dataclass(frozen=True)
class RuleCount:
    made: int = 0
    right: int = 0

    def __add__(self, other: RuleCount) -> RuleCount:
        return RuleCount(self.made + other.made, self.right + other.right)

    @property
    def precision(self) -> float:
        return self.right / self.made if self.made else 0.0


@dataclass(frozen=True)
class RuleRow:
    section: str
    """The brief section of the rule; "actors" for actor rules, "engine" for ids the engine sets itself."""
    rule: str
    category: str
    count: RuleCount


class RuleTally:
    """Counts per (rule id, category) over any number of scored cards."""

    def __init__(self, brief: Brief):
        self.brief = brief
        self.by_id: dict[str, Rule] = {r.id: r for r in brief.rules}
        self.classifiers = brief.section("classify")
        self.counts: dict[tuple[str, str], RuleCount] = {}

    def add(self, card: Card, text: str, rights: Rights) -> None:
        for actor, right in zip(card.actors, rights.actors):
            self._count(actor.rule or "(no rule)", "actors", right)
        for category in ("claims", "denials"):
            for item, right in zip(getattr(card, category), getattr(rights, category)):
                attribution = item.attribution or item.rule
                self._count(attribution, category, right)
                classifier = self._classifier(item, attribution, text)
                if classifier:
                    self._count(classifier, category, right)

    def _count(self, rule: str, category: str, right: bool) -> None:
        key = (rule, category)
        self.counts[key] = self.counts.get(key, RuleCount()) + RuleCount(1, int(right))

    def _classifier(self, item: Statement, attribution: str, text: str) -> str | None:
        if item.kind == "denial":
            return item.rule if item.rule != attribution else None
        return claim_classifier(self.classifiers, text, item.start, item.end)

    def rows(self) -> list[RuleRow]:
        """Every rule that made an item, by section, then most items first."""
        order = {name: i for i, name in enumerate(("actors", "attribution", "classify", "engine"))}
        rows = [RuleRow(self._section(rule, category), rule, category, count)
                for (rule, category), count in self.counts.items()]
        return sorted(rows, key=lambda r: (order.get(r.section, 9), -r.count.made, r.rule, r.category))

    def _section(self, rule: str, category: str) -> str:
        if rule in self.by_id:
            return self.by_id[rule].section
        return "actors" if category == "actors" else "engine"

    def never_fired(self) -> list[Rule]:
        """Attribution and classify rules of the brief that made no item."""
        fired = {rule for rule, _ in self.counts}
        return [r for r in self.brief.rules if r.section in COUNTED_SECTIONS and r.id not in fired]


def claim_classifier(rules: list[Rule], text: str, start: int, end: int) -> str | None:
    """The ``label: claim`` rule that kept this clause a claim, if one did."""
    words: frozenset[str] | None = None
    piece = text[start:end]
    for rule in rules:
        if rule.trigger_words:
            if words is None:
                words = frozenset(WORD_RE.findall(piece.lower()))
            if rule.trigger_words.isdisjoint(words):
                continue
        if rule.prefilter is not None and run_rule(rule, rule.prefilter.search, text, start, end) is None:
            continue
        if run_rule(rule, rule.regex.search, piece):
            return rule.id if rule.label == "claim" else None
    return None
