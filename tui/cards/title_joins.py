"""Two sources joined by "and" where the second carries a title ("Rep. Ann Roe and state House
Speaker Tom Varga said", "Roe and harbour master Sen. Varga"): the title words after the
conjunction belong to the second name, so the list holds both names and each speaks
(CONVENTIONS.md, two speakers of one statement). The title ends on a word of the brief's
``titles`` or ``name_prefix`` lexicons; anything else between the names keeps them apart.
"""

from __future__ import annotations

from ..rules.brief import Brief
from ..rules.patterns import search_pattern

TITLE_WORDS = 3
"""The most words a title between the conjunction and the second name may have."""


class TitledJoin:
    """Tells whether the words between two names join them as a list with a title before the second."""

    def __init__(self, brief: Brief, join: str):
        """``join`` is the brief's name join (source_vocabulary.name_join): a comma or a conjunction."""
        self.pattern = search_pattern(rf"{join}(?:[\w.’'-]+\s+){{1,{TITLE_WORDS}}}")
        self.heads = frozenset(t.split()[-1] for t in brief.words("titles")) | frozenset(brief.words("name_prefix"))
        self.conjunctions = frozenset(w.lower() for w in brief.words("list_conjunction"))

    def joins(self, text: str, end: int, start: int) -> bool:
        """Do text[end:start] (between one name's end and the next name's start) join two names
        with a conjunction and a title of the second ("and state House Speaker")?"""
        if self.pattern.fullmatch(text, end, start) is None:
            return False
        words = text[end:start].split()
        return words[-1] in self.heads and not self.conjunctions.isdisjoint(w.lower() for w in words)
