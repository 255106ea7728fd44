"""Where reported content begins and ends around a cue.

Between a speech verb and its content news prose puts times, places, hearers and relays
("said on Sunday during an interview that ...", "commented, as reported by Reuters,
that ..."); after a follow-on clause a quotation may carry the content on to the full
stop. These bounds are the same for every attribution form, so they live apart from the
rules that find the attribution.
"""

from __future__ import annotations

import re
from collections.abc import Set

from ..rules.brief import Brief
from ..rules.patterns import search_pattern
from .span_rules import WORD_RE

OPENING_QUOTES = ("“", '"')
FULL_STOP_RE = re.compile(r"[.!?][”\"’']*(?=\s|$)")
MAX_WORDS_BEFORE_THAT = 14
"""More words than this between a verb and "that" are a statement of their own."""
CUE_LOOKBACK = 40
"""How far before a clause a speech verb and its "that" are looked for."""
MIN_WORDS_AFTER_THAT = 3
"""Fewer words than this after "that" are no clause ("through that contest")."""


def full_stop(text: str, start: int, limit: int) -> int:
    """The end of the sentence going on at ``start``, quotation marks and all."""
    m = FULL_STOP_RE.search(text, start, limit)
    return m.end() if m else limit


class ContentStart:
    """Where the content after a speech verb starts: after 'that' when only a time, a
    place, a hearer or a relay stands between the verb and it."""

    def __init__(self, brief: Brief, trigger_words: Set[str]):
        words = brief.word_regex
        self.that = search_pattern(rf"\b{words('complementizer')}\s+")
        # "..., but noted that |experts say ...": a speech verb and its "that" just before a clause
        self.cue_that = search_pattern(rf"\b(?:{words('cue_verbs')})\s+{words('complementizer')}\s+$")
        self.relayed_by = search_pattern(
            rf"[\s,]*{words('relay_as')}\s+(?:\w+\s+){{1,2}}{words('relay_by')}\s+[^,]{{1,60}},\s*")
        # A pronoun, a speech verb or an auxiliary before "that" starts a clause of its own
        self.clause_words = ({p.lower() for p in brief.words("pronoun")} | set(trigger_words)
                             | {w.lower() for w in brief.words("auxiliary")})
        # "accused Roe of backing the plan before that became unpopular": "that" right after a
        # subordinator is a pronoun, no complementizer
        self.pronoun_that_leads = {w.lower() for w in brief.words("subordinator")}

    def opened_by_cue(self, text: str, pos: int) -> bool:
        """Does a speech verb and its "that" end right at ``pos`` ("... but noted that |experts
        say ...")? Then the clause at ``pos`` is that verb's content, whoever speaks inside it."""
        return self.cue_that.search(text, max(0, pos - CUE_LOOKBACK), pos) is not None

    def after_that(self, text: str, cs: int, ce: int) -> int:
        """Skip 'on Sunday during an interview ... that' between the verb and the content."""
        relayed = self.relayed_by.match(text, cs, ce)
        if relayed:
            cs = relayed.end()  # 'commented, as reported by Reuters, that ...'
        first_clause_end = ce
        for stop in (",", "“", "\""):
            at = text.find(stop, cs, ce)
            if at >= 0:
                first_clause_end = min(first_clause_end, at)
        m = self.that.search(text, cs, first_clause_end)
        if not m:
            return cs
        if len(text[m.end():ce].split()) < MIN_WORDS_AFTER_THAT:
            return cs  # "pledged to stay through that contest": "that" is a determiner, not a clause's start
        between = WORD_RE.findall(text[cs:m.start()].lower())
        # "said he rejected the idea that ...", "said the plan would resemble that of ...": a
        # subject or verb before "that" starts the statement itself, which keeps its own words.
        if len(between) > MAX_WORDS_BEFORE_THAT or not self.clause_words.isdisjoint(between):
            return cs
        if between[-1:] and between[-1] in self.pronoun_that_leads:
            return cs  # "... of backing the plan before that became unpopular": a pronoun's clause
        return m.end()
