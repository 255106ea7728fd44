"""The words each person is introduced with in one article: the title run before a mention
("Ohio Gov."), a party tag after it ("(R-Ky.)"), an appositive (", the former secretary of
state,") and "of Kentucky". ``Descriptors`` matches a descriptor phrase against these profiles.

A mixin of ``Descriptors`` (descriptors.py), which compiles the patterns and word sets read
here from the brief's lexicons and turns words into meanings.
"""

from __future__ import annotations

import re
from typing import Callable

from .article_state import ArticleState
from .model import Actor
from .roles import SENTENCE_BREAK

BEFORE_REACH = 90
"""How far before a mention its title run can start ("Former Secretary of State and ...")."""
AFTER_REACH = 110
"""How far after a mention a party tag or an appositive can end."""
TITLE_WORDS = 9
"""At most this many words of a title run before a name count."""
CUT = re.compile(r"[,;:“”\"()\n—–]")
"""Marks that end a title run: the words before them say something else."""


class Introductions:
    """Per-article profiles: each person's first mention and the meanings they are introduced with."""

    heads: set[str]
    title_vocabulary: set[str]
    party_tag: re.Pattern
    appositive: re.Pattern
    of_place: re.Pattern
    letters: dict[str, str]
    meanings: Callable[[list[str]], set[str]]
    """``Descriptors.meanings``: "Ky." and "Kentucky" are one meaning."""

    def _profiles(self, ctx: ArticleState) -> list[tuple[Actor, int, frozenset[str]]]:
        """Each person's first mention and the meanings of the words the article
        introduces them with, found once per article."""
        index = ctx.mention_index

        def build() -> list:
            seen: dict[int, tuple[Actor, int, set[str]]] = {}
            previous = 0
            for s, e, actor in index.mentions[:index.sorted_count]:
                if actor.kind == "person":
                    entry = seen.setdefault(id(actor), (actor, s, set()))
                    entry[2].update(self._described(ctx.text, max(previous, s - BEFORE_REACH), s, e))
                previous = max(previous, e) if e <= s + 200 else previous
            names = {}
            for actor, first, words in seen.values():
                own = names.setdefault(id(actor), self.meanings(actor.name.split()))
                words -= own - self.heads  # a name's own words describe no one ("Jon Ohio")
            return [(actor, first, frozenset(words)) for actor, first, words in seen.values()]

        return index.cached(("descriptor profiles",), build)

    def _title_run(self, words: list[str]) -> list[str]:
        """The words right before a name that read as its title ("Former Secretary of State and
        Democratic presidential candidate", "billionaire businessman"): capitalised words and
        descriptor words, back to the first other word ("criticism of Obama" gives Obama none)."""
        run: list[str] = []
        for word in reversed(words[-TITLE_WORDS:]):
            bare = word.strip("’'").lower().rstrip(".")
            if not (word[:1].isupper() or bare in self.title_vocabulary):
                break
            run.append(word)
        return run[::-1]

    def _described(self, text: str, lo: int, s: int, e: int) -> set[str]:
        """The meanings of the title run before one mention ("Ohio Gov."), the words of the
        mention before the name, a party tag after it ("(R-Ky.)"), an appositive after it
        (", the former secretary of state,") and "of Kentucky"."""
        window = text[lo:s] if lo < s else ""
        cut = max((m.end() for m in CUT.finditer(window)), default=0)
        stop = max((m.end() for m in SENTENCE_BREAK.finditer(window)), default=0)
        run = self._title_run(window[max(cut, stop):].split())
        words = self.meanings(run + text[s:e].split()[:-1])
        tag = self.party_tag.match(text, e, min(len(text), e + AFTER_REACH))
        if tag is not None:
            party = self.letters.get(tag.group("party"))
            if party:
                words.add(party)
            words |= self.meanings(tag.group("state").split())
            return words
        apposition = self.appositive.match(text, e, min(len(text), e + AFTER_REACH))
        if apposition is not None:
            inner = apposition.group("words").split()
            if inner and inner[0].lower() in self.articles:
                words |= self.meanings(inner)
        place = self.of_place.match(text, e, min(len(text), e + AFTER_REACH))
        if place is not None:
            words |= self.meanings(place.group("words").split())
        return words
