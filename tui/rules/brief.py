"""The compiled brief: rules, lexicons and the actor gazetteer, ready to run.

A brief is compiled once and then applied to any number of articles, so every
regex here is built at load time and never per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as _field

from .lexicons import lexicon_regex

SECTIONS = ("boilerplate", "metadata", "attribution", "classify")
"""Rule sections, in the order the engine runs them."""


@dataclass
class Rule:
    """One rule from a YAML file, with where it was written so the reader can show it."""

    id: str
    section: str
    pattern: str
    regex: re.Pattern
    file: str
    line: int
    description: str = ""
    form: str | None = None
    """attribution: how the match becomes a statement (the forms are listed in
    rules/rule_compiler.py ATTRIBUTION_FORMS and explained in the README, "Writing rules")."""
    label: str | None = None
    """classify: "denial" or "claim"."""
    category: str = ""
    """Denial rules: which kind of denial (rejection, falsity, knowledge ...), so the
    reader can say why an item is a denial in the analyst's words, not a rule id."""
    field: str | None = None
    """metadata: which article field the match fills."""
    speaker: str | None = None
    """attribution: a fixed speaker ("source" = the outlet the article cites)."""
    examples_match: list[str] = _field(default_factory=list)
    examples_no_match: list[str] = _field(default_factory=list)
    source: str = ""
    """The rule's YAML text, for the "why" view."""
    trigger_words: frozenset[str] = frozenset()
    """Lower-case words of which one must occur before the pattern is tried (a set
    lookup, cheaper than any regex)."""
    prefilter: re.Pattern | None = None
    """A cheap regex that must occur before the full pattern is tried: the rule's
    ``trigger`` key, or else its (?P<verb>...) group on its own. Most sentences have
    no speech verb and most clauses no negation, so most rules are skipped unrun."""


@dataclass
class GazetteerEntry:
    """A known actor: canonical name, kind and every surface form to look for."""

    name: str
    kind: str
    aliases: list[str] = _field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    media: bool = False
    file: str = ""
    line: int = 0

    @property
    def id(self) -> str:
        return "gazetteer." + re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")


@dataclass
class Brief:
    name: str
    title: str
    files: list[str]
    lexicons: dict[str, list[str]]
    macros: dict[str, str]
    """Named regex fragments, already expanded (lexicons and nested macros inlined)."""
    rules: list[Rule]
    actors: list[GazetteerEntry]
    digest: str
    """Short hash of every rule file's bytes: names the rule set in a briefing."""

    def section(self, name: str) -> list[Rule]:
        return [r for r in self.rules if r.section == name]

    def rule(self, rule_id: str) -> Rule | None:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        return None

    def words(self, lexicon: str) -> list[str]:
        return self.lexicons.get(lexicon, [])

    def word_regex(self, lexicon: str) -> str:
        """A lexicon as one regex alternation (a prefix trie); an empty one never matches."""
        words = self.words(lexicon)
        return lexicon_regex(words) if words else "(?!)"
