"""Is a run of words a title before a name ("front-runner", "Dale County GOP Chairman",
"California Gov.")? The clause-subject search asks this to step over a title to the person it
names, and to tell a title's head from a verb ("Doe adviser Ann Roe" / "the ad hits Ann Roe").

A mixin of ``ClauseSubjects`` (and so of ``SourceFinder``, which compiles the word sets read here
from the brief's lexicons).
"""

from __future__ import annotations

import re

from .names_index import Names

SINGULAR_S = ("ss", "us", "is", "ics")
"""Endings of singular words that end in s ("boss", "counsel" aside): no verb's third person."""


class SubjectTitles:
    """Title tests over the brief's title, opener and article words."""

    openers: set[str]
    articles: set[str]
    title_breaks: set[str]
    source_words: set[str]
    title_heads: frozenset[str]
    long_titles: re.Pattern

    def _role_then_title(self, gap: str) -> bool:
        """'The other candidate on the stage, former Secretary of State Ann Roe, drew ...': a role,
        one comma, then only title words before the name (a title of several words, "Secretary of
        State", read as one), so the name in commas is the clause's subject, as after a bare comma."""
        if gap.count(",") != 1:
            return False
        words = self.long_titles.sub("Title", gap[gap.index(",") + 1:]).split()
        if any(w.lower() in self.openers or w.lower() in self.articles for w in words):
            return False  # "That is, when the ...", "Three years ago, the ...": a clause opens after the comma
        return self._title_gap(words, capitals=True) or self._capital_titles(" ".join(words))

    def _titled(self, text: str, s: int, e: int, limit: int, names: Names) -> tuple[int, int]:
        """A name that only opens a title of the person named next ("Democratic front-runner
        Ann Roe", "Acme chief executive Ann Roe"): that person is the subject."""
        after = names.within(e, limit)
        for s2, e2, kind in after[:1]:
            if kind == "person" and self._title_gap(text[e:s2].split(), capitals=False):
                return s2, e2
        # (a body's name may stand inside the title run: "Dale County GOP Chairman Ann Roe")
        person = next(((s2, e2) for s2, e2, kind in after[:3] if kind == "person"), None)
        if person is not None and self._capital_title(text[e:person[0]].split()):
            return person
        return s, e

    def _capital_title(self, words: list[str]) -> bool:
        """A run of capitalised title words that ends on a title ("Dale County GOP Chairman Ann Roe",
        "Ferrovia Communications Office Secretary Ann Roe"): the name before only says where the
        title is held. A headline's verb ("Roe Blasts Vale") is no title."""
        return 0 < len(words) <= 4 and words[-1] in self.title_heads and all(
            w[:1].isupper() and not w.endswith((",", "’s", "'s")) and w.lower() not in self.openers for w in words)

    @staticmethod
    def _capital_titles(gap: str) -> bool:
        """Only a place and a title before the name in commas (", Vermont Sen. Ann Roe,")."""
        words = gap.split()
        return 0 < len(words) <= 3 and all(w[:1].isupper() and not w.endswith((",", "’s", "'s")) for w in words)

    def _title_gap(self, words: list[str], capitals: bool) -> bool:
        """Can these words be a title before a name ("front-runner", "chief executive")? No
        comma, no verb-like or joining word; capitalised words too when ``capitals``."""
        return 0 < len(words) <= 4 and all(
            (capitals and w[:1].isupper() and not w.endswith(",") and w.lower() not in self.openers)
            or (w.islower() and w not in self.title_breaks and not w.endswith(("ed", "ing", "ly", ",")))
            for w in words) and any(w.islower() for w in words) and not self._verb_head(words[-1])

    def _verb_head(self, word: str) -> bool:
        """Is the last word before the second name a verb's third person ("Doe often questions Ann
        Roe's ties", "the Lin ad hits Ann Roe"), not a title's head ("Doe adviser Ann Roe")? A
        title names one holder, so its head is singular; a staff or role word ("aides") still is one."""
        return word.islower() and word.endswith("s") and not word.endswith(SINGULAR_S) \
            and word not in self.source_words

    def _title_only(self, lead: str) -> bool:
        """Nothing, or only capitalised title words ("California Gov.", "Mrs.") before a name:
        no opening word ("After Ann Roe, ..."), which would make the name no subject."""
        return not lead or self._capital_titles(lead) and self.openers.isdisjoint(w.lower() for w in lead.split())
