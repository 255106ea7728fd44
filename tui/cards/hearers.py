"""The hearer of an occasion of speaking is no source.

'In a statement to the Gazette, her adviser, Tom Vale, said: "..."' and 'During an interview
with Gazette reporter Ann Roe, Tom Vale said ...' name two people before the verb: the one
after the occasion noun and its preposition ("statement to", "interview with") heard the words,
the one after it said them. A rule that takes the first name it finds must skip the hearer and
look again after it. The occasion nouns and the prepositions are the brief's lexicons
(occasion_noun, hearer_preposition).
"""

from __future__ import annotations

from ..rules.brief import Brief, Rule
from ..rules.budget import run_rule
from ..rules.patterns import search_pattern
from .matching import Hit

HEARER_WORDS = 6
"""How many words may stand between the preposition and the hearer's name ("an interview with
NBC News senior correspondent Ann Roe"): a longer run is no one hearer's name."""


class Hearers:
    """Tells whether a name is the hearer of an occasion named just before it."""

    def __init__(self, brief: Brief):
        self.lead = search_pattern(
            rf"(?<![\w’'-])(?:{brief.word_regex('occasion_noun')})\s+(?:{brief.word_regex('hearer_preposition')})"
            rf"\s+(?:[\w.’'&-]+\s+){{0,{HEARER_WORDS}}}$")

    def heard(self, text: str, floor: int, name_start: int) -> bool:
        """Does the name at ``name_start`` follow an occasion noun and its preposition, with no
        comma or stop between them and the name (text[floor:name_start] is the sentence before it)?"""
        return self.lead.search(text, max(floor, name_start - 200), name_start) is not None

    def search_past(self, rule: Rule, text: str, start: int, end: int) -> Hit | None:
        """The rule's first match in text[start:end] whose speaker is no hearer: a match that
        takes the hearer is tried again after the hearer's name (anchors keep their meaning)."""
        piece = text[start:end]
        m = run_rule(rule, rule.regex.search, piece)
        while m is not None and m.start("speaker") >= 0 and self.heard(text, start, start + m.start("speaker")):
            m = run_rule(rule, rule.regex.search, piece, m.end("speaker"))
        return Hit(m, start) if m else None

