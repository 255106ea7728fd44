"""The clause before an attributed quotation that reports words of its own.

A quotation's attribution consumes its sentence, but news prose often puts a second
act in the same sentence: 'Doe urged voters to stay home, saying, "..."', 'Doe said A
but added, "...," Doe said.', 'Doe suggested A - "...," Doe said - and ...', 'After Roe
said A, Doe said: "..."'. This module only says where that clause is; the statement
finder reads it like any sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..articles.segment import Quote

MIN_LEAD_WORDS = 4
"""Words before a quotation (whose cue follows it) that can hold an attribution of their own."""
DASH_END = re.compile(r"\s(?:[—–]|--?)\s*\Z")
"""A dash that ends the words before a quotation: the quotation is an aside."""


class QuoteLeads:
    """Where the words before an attributed quotation may hold another attribution."""

    def __init__(self, joined_cue: re.Pattern, subordinate: re.Pattern, relative: re.Pattern):
        self.joined_cue = joined_cue
        """', saying', ' and said', ' but added': a cue that joins a clause to the one before it."""
        self.subordinate = subordinate
        """An opening subordinator ("After", "When", "While")."""
        self.relative = relative
        """', who said': a relative clause with a speech verb after the subject ('Doe, who said A,
        issued a statement: "..."'; one with another verb gave a false claim on BASIL B, pooled)."""

    def span(self, text: str, start_of: Callable[[int], int], quote: Quote, cue: tuple[int, int],
             introduced: bool, cue_clause_start: Callable[[int], int]) -> tuple[int, int] | None:
        """The clause to read, or None. ``start_of(pos)``: where the sentence holding pos starts as
        the paragraph was split; ``cue_clause_start(pos)``: the plain search back for a stop that the
        clause before a quotation's own cue has always used (the split start there gave one more
        false positive on BASIL B and nothing on PolNeAR train)."""
        if not introduced and cue[1] <= quote.outer_start:
            # 'Doe urged voters to stay home, saying, "..."': the clause before the quotation's own cue
            split = self._last_join(text, cue[0], quote.outer_start)
            if split is not None and split.start() > cue[0]:
                return cue_clause_start(cue[0]), split.start()
        lead = start_of(quote.outer_start)
        relative = self._relative_clause(text, lead, min(max(cue[1], lead), quote.outer_start))
        if relative is not None:
            return relative
        if not introduced and cue[0] >= quote.outer_end:
            # 'Doe said A but added, "...," Doe said.' / 'Doe suggested A - "...," Doe said - and ...'
            split = self._last_join(text, lead, quote.outer_start)
            if split is not None and not text[split.end():quote.outer_start].strip(" ,:—–-"):
                return self._long_enough(text, lead, split.start())
            dash = DASH_END.search(text, lead, quote.outer_start)
            if dash is not None:
                return self._long_enough(text, lead, dash.start())
        if self.subordinate.match(text, lead):
            # 'After Roe said A, Doe said: "..."': the opening clause's own attribution
            comma = text.find(",", lead, min(cue[0], quote.outer_start))
            if comma > 0:
                return self._long_enough(text, lead, comma)
        return None

    def _relative_clause(self, text: str, lead: int, end: int) -> tuple[int, int] | None:
        """ 'Doe, who said last week that A, issued a statement saying, "..."': the subject and its
        relative clause, up to the comma that closes it, before the quotation and its cue."""
        rel = self.relative.search(text, lead, end)
        if rel is None or any(mark in text[lead:rel.start()] for mark in ",;:“”\""):
            return None  # no relative clause, or one that does not follow the sentence's subject
        comma = text.rfind(",", rel.end(), end)
        return self._long_enough(text, lead, comma) if comma > rel.end() else None

    def _last_join(self, text: str, start: int, end: int):
        split = None
        for split in self.joined_cue.finditer(text, start, end):
            pass
        return split

    @staticmethod
    def _long_enough(text: str, start: int, end: int) -> tuple[int, int] | None:
        return (start, end) if len(text[start:end].split()) >= MIN_LEAD_WORDS else None
