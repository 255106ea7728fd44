"""The source after its cue: "..., said Ann Roe, a council member.", "..., says harbour
historian Ann Roe.", "said former Lakeside congressman Ann Roe". A mixin of ``CueReader``:
an inverted source counts only when the sentence ends with it (or an appositive does), and
never when it heard the words rather than said them.
"""

from __future__ import annotations

import re

from .fragments import MAX_TITLE_WORDS
from .hearers import Hearers
from .names_index import Names

CLOSING_QUOTES = "”\"'’"
TITLE_REACH = 80
"""How far after a cue a titled inverted source can start ("said former Lakeside congressman Ann Roe")."""
TITLE_STOPS = ",;:“”\"()"
"""Marks that cannot stand inside a title before a name: the words after them are content."""


class InvertedSources:
    """``_inverted``, ``_titled_name`` and ``_ends_source``: a source that follows its cue."""

    inverted: re.Pattern
    inverted_titled: re.Pattern
    tell_end: re.Pattern
    auxiliaries: set[str]
    pronouns: set[str]
    hearers: Hearers
    date_words: set[str]
    """Days and months: "..., Doe, the chief engineer, said on Tuesday." names no source after the cue."""
    inversion_verbs: set[str]
    """Verbs of saying that news prose puts before their subject ("..., said Ann Roe"); after any
    other cue a name is its object ("..., criticized Ann Roe on two fronts")."""

    def invertible(self, text: str, cue_s: int, cue_e: int) -> bool:
        """Can the cue text[cue_s:cue_e] stand before its subject? Only a verb of saying can."""
        return not self.inversion_verbs.isdisjoint(text[cue_s:cue_e].lower().split())

    def _inverted(self, text: str, start: int, end: int, cue_s: int, cue_e: int,
                  names: Names = Names()) -> tuple[int, int] | None:
        """The source right after a cue that follows the content and a comma, when only an
        appositive or a time follows the source ("..., said Ann Roe, a council member.")."""
        if not text[start:cue_s].rstrip().rstrip(CLOSING_QUOTES).endswith(",") \
                or self.tell_end.search(text, cue_s, cue_e) or text[cue_s:cue_e].split()[0].endswith("ing") \
                or not self.invertible(text, cue_s, cue_e):
            return None  # "..., comparing Vale to ...": the name after a participle is its object

        for pattern in (self.inverted, self.inverted_titled):
            after = pattern.match(text, cue_e, end)
            if after is not None and self._ends_source(text, after.end(), end) \
                    and self.auxiliaries.isdisjoint(text[after.end():end].lower().split()) \
                    and after.group("s").split()[0] not in self.date_words:
                return self._unless_heard(text, cue_s, after.span("s"))
        titled = self._titled_name(text, cue_e, end, names)
        if titled is not None and self.auxiliaries.isdisjoint(text[titled[1]:end].lower().split()):
            return self._unless_heard(text, cue_s, titled)
        return None

    def _unless_heard(self, text: str, cue_s: int, source: tuple[int, int]) -> tuple[int, int] | None:
        """No inverted source that heard the words ('..., Tom Vale wrote in a memo to inspector Ann
        Roe.': the subject before the cue wrote it)."""
        return None if self.hearers.heard(text, cue_s, source[0]) else source

    def _titled_name(self, text: str, pos: int, end: int, names: Names) -> tuple[int, int] | None:
        """A person named right after a cue behind title words ("..., said former Lakeside
        congressman Ann Roe.", "said Democratic strategist Ann Roe", "said Lakeside State
        University professor Ann Roe"), when only an appositive
        or nothing follows: the first name after the cue, with a short gap of no punctuation."""
        for s, e, kind in names.within(pos, min(end, pos + TITLE_REACH)):
            gap = text[pos:s].rstrip()
            gap = gap[:-1] if gap.endswith(",") else gap  # "said a leading advocate, Ann Roe of ..."
            words = gap.lower().split()
            if kind != "person" and len(words) + len(text[s:e].split()) < MAX_TITLE_WORDS \
                    and not any(c in text[pos:e] for c in TITLE_STOPS):
                continue  # "said Lakeside State University professor Ann Roe": a body in the title
            if kind != "person" or len(words) > MAX_TITLE_WORDS or any(c in gap for c in TITLE_STOPS) \
                    or not self.auxiliaries.isdisjoint(words) or not self.pronouns.isdisjoint(words) \
                    or any(w.endswith(("n’t", "n't")) for w in words):
                # "said she hadn’t thought about enlisting Ann Roe": a clause, not a title
                return None
            return (s, e) if self._ends_source(text, e, end) else None
        return None

    def _ends_source(self, text: str, pos: int, end: int) -> bool:
        """Does an inverted source end the sentence ("..., said Ann Roe, a council member.")
        rather than open the content ("..., told Ann Roe the audit was late")?"""
        rest = text[pos:end].strip(" .!?")
        return not rest or rest.startswith((",", "(", "—", "–", "-")) or self.is_fragment(text, pos, end)
