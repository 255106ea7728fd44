"""The source of a cue inside a relative clause: the name "who" or "which" refers to.

"Ann Roe, who said ...", "Sen. Ann Roe of Lakeside, the head of the Harbour Board, who said
...", and a person's relative clause whose own verb comes first ("Ann Roe, who saw the vote
and said ...", "Ann Roe, who a week ago surprised the board by saying ..."): the relative
pronoun's antecedent speaks, not the subject of the sentence around it. A mixin of ``SourceFinder``
(cue_sources.py), which compiles the patterns and word sets read here from the brief's
lexicons (``relative_pronoun``, ``relative_pronoun_thing``).
"""

from __future__ import annotations

import re

from .clause_subjects import CLAUSE_MARKS
from .names_index import Names

Found = tuple[tuple[int, int], str]


class RelativeSources:
    """``_relative_source`` (the cue right after "who") and ``_relative_clause`` (a cue the
    relative clause's first verb hands on to with "and" or a participle)."""

    relatives: set[str]
    thing_relatives: set[str]
    relative_tail: re.Pattern[str]
    thing_tail: re.Pattern[str]
    relative_head: re.Pattern[str]
    place_of: re.Pattern[str]

    def _relative_source(self, text: str, start: int, pos: int, last_word: str, names: Names) -> Found | None:
        """The antecedent of the relative pronoun that ends text[start:pos]; None when there is none
        we can use ("the plan, which says ...": only a named body speaks through "which")."""
        if last_word in self.thing_relatives:
            rel = self.thing_tail.search(text, start, pos)
            if rel is None or not any(kind != "person" for _, _, kind in names.within(*rel.span("s"))):
                return None
            return rel.span("s"), "the body a relative pronoun refers to"
        rel = self.relative_tail.search(text, start, pos)  # "..., Ann Roe, who said ...": the name before
        if rel is None:
            return None
        if not any(kind == "person" for _, _, kind in names.within(*rel.span("s"))):
            # "Ann Roe, the head of the Lakeside Trust, who said ...", "Sen. Ann Roe of Lakeside, the
            # head of ..., who said": "who" is the person before the appositive
            person = [(s, e) for s, e, kind in names.within(start, rel.start("s"))
                      if kind == "person" and self._ends_before_comma(text, e, rel.start("s"), names)]
            if person:
                return person[-1], "the person a relative pronoun refers to, before an appositive"
        return rel.span("s"), "the name a relative pronoun refers to"

    def _ends_before_comma(self, text: str, end: int, limit: int, names: Names) -> bool:
        """Does a comma follow the name ending at ``end``, straight away or after the place it
        is from ("Ann Roe, ...", "Ann Roe of Lakeside, ..."; not "Ann Roe of the Harbour Board")?"""
        if text[end:limit].lstrip().startswith(","):
            return True
        of = self.place_of.match(text, end, limit)  # the capitalised words after "of" and before a comma
        return of is not None and text[of.end():limit].lstrip().startswith(",") \
            and all(kind == "place" for _, _, kind in names.within(end, of.end()))

    def _relative_clause(self, text: str, start: int, limit: int, names: Names) -> Found | None:
        """ "Ann Roe, who saw the vote and said ...": when the clause that a joined or participle
        cue goes on from opens with a relative pronoun, its antecedent is the cue's source."""
        lead = text[start:limit]
        cut = max(lead.rfind(mark) for mark in CLAUSE_MARKS if mark not in (",", "—", "–")) + 1
        head = None
        for head in self.relative_head.finditer(text, start + cut, limit):
            pass
        if head is None or any(mark in text[head.end():limit] for mark in CLAUSE_MARKS):
            return None  # no relative pronoun, or a clause mark after it: "who" is not the clause's subject
        found = self._relative_source(text, start, head.end(), head.group("r").lower(), names)
        if found is None:
            return None
        return found[0], found[1] + "; the relative clause the cue goes on from"
