"""Whether the article calls a person "he" or "she", from its own words.

"He said" after a woman spoke does not mean her: news prose switches to the last person
the pronoun fits. An honorific says it at once ("Mrs. Roe"); otherwise the pronoun that
follows a person's name in its own sentence ("Ann Roe said she ...", "Roe took her seat")
tells, counted over every mention so that a stray "Roe said he ..." (about someone else)
is outvoted. The pronouns and honorifics come from the brief (``gendered_pronoun``,
``female_honorific``, ``male_honorific``); each answer is worked out once per person and
article, and only when a pronoun needs it.
"""

from __future__ import annotations

import re

from ..rules.brief import Brief
from ..rules.patterns import search_pattern
from .article_state import ArticleState
from .matching import sentence_start
from .model import Actor

SENTENCE_END = re.compile(r"[.!?][\s”\"’']|\n")
"""Where the sentence after a name ends: a pronoun past it may be anyone's."""

HONORIFIC_WEIGHT = 3
"""An honorific outweighs a few stray pronouns."""

SHORT_OPENING = 80
"""The longest opening phrase before a comma that a sentence's subject in apposition may follow
("The party's leader, Ann Roe, said"): after a longer one it is an appositive to an object
("... the campaign of his wife, Ann Roe, as she ..."); a subject without commas may follow
one up to ``MAX_OPENING`` long."""

MAX_OPENING = 120
"""A name further into its sentence than this is not what the sentence opens on."""

REACH = 160
"""How far after a name its own sentence's pronoun is looked for."""


class Genders:
    """The pronoun ("he" or "she") an article uses for each person, or None when it does not say."""

    def __init__(self, brief: Brief):
        self.pronoun_of: dict[str, str] = {}
        for pair in brief.words("gendered_pronoun"):
            word, _, pronoun = pair.partition("=")
            if pronoun:
                self.pronoun_of[word.lower()] = pronoun.lower()
        words = "|".join(sorted((re.escape(w) for w in self.pronoun_of), key=len, reverse=True)) or "(?!x)x"
        self.pronoun_re = re.compile(rf"(?i)(?<![\w’'-])(?:{words})(?![\w’'-])")
        self.intro_words = {w.lower() for w in brief.words("clause_intro") + brief.words("subordinator")}
        self.female = search_pattern(rf"\b{brief.word_regex('female_honorific')}\.?\s")
        self.male = search_pattern(rf"\b{brief.word_regex('male_honorific')}\.?\s")

    def of(self, ctx: ArticleState, person: Actor) -> str | None:
        """ "he", "she" or None for this person in this article (cached on the article)."""
        known = ctx.genders.get(id(person), False)
        if known is False:
            known = ctx.genders[id(person)] = self._count(ctx, person)
        return known

    def fits(self, ctx: ArticleState, person: Actor, pronoun: str) -> bool:
        """Can ``pronoun`` mean this person? Yes unless the article says otherwise."""
        gender = self.of(ctx, person)
        return gender is None or gender == pronoun or pronoun not in self.pronoun_of.values()

    def _count(self, ctx: ArticleState, person: Actor) -> str | None:
        text = ctx.text
        votes: dict[str, int] = {}
        for s, e in person.mentions:
            if self.female.search(text, max(0, s - 6), e):
                votes["she"] = votes.get("she", 0) + HONORIFIC_WEIGHT
            elif self.male.search(text, max(0, s - 6), e):
                votes["he"] = votes.get("he", 0) + HONORIFIC_WEIGHT
            floor = max(text.rfind("\n", 0, s) + 1, s - 200)
            pronoun = self.next_pronoun(ctx, person, e) \
                if self.opens_on(text, floor, s, strict=True) and not self.inside_name(ctx, s, e) else None
            if pronoun is not None:
                votes[pronoun] = votes.get(pronoun, 0) + 1
        if not votes:
            return None
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
            return None  # no clear answer: the text does not tell
        return ranked[0][0]

    @staticmethod
    def inside_name(ctx: ArticleState, start: int, end: int) -> bool:
        """Is this mention part of a longer person's name ("Clinton" in "Hillary Clinton")?"""
        return any(s < start and e >= end and a.kind == "person"
                   for s, e, a in ctx.mention_index.starting_in(start - 40, start))

    def opens_on(self, text: str, floor: int, start: int, strict: bool = False, end: int | None = None) -> bool:
        """Does the sentence, or its clause after a comma, open on the name at ``start``
        ("Roe said", "In May, Roe said", "Senator Ann Roe took", "But as Roe spoke", "Doe
        agreed, but Roe said")? A name further in is an object ("Doe backs Roe, and he ...")
        and a pronoun after it is the subject's. ``end``, where the name ends, tells an
        appositive after a long opening phrase; ``strict`` takes only openings without a
        clause of their own."""
        opening = text[sentence_start(text, floor, start):start].strip()
        if len(opening) > MAX_OPENING:
            return False
        head, comma, tail = opening.rpartition(",")
        if strict:  # only openings with no clause of their own: "In May, Roe said she"
            return all(w[:1].isupper() or w.lower() in self.intro_words for w in opening.replace(",", " ").split())
        if comma and not tail.strip():
            # an opening phrase or the role before an appositive ("The party's leader, Ann
            # Roe, said"); a long one is a clause, and a name after it an appositive to its object
            return len(opening) < SHORT_OPENING or end is not None and not text.startswith(",", end)
        return all(w[:1].isupper() or w.lower() in self.intro_words for w in tail.split())

    def next_pronoun(self, ctx: ArticleState, person: Actor, end: int) -> str | None:
        """The pronoun of the first gendered word after a name in its sentence, unless another
        person is named or a quotation opens first (then it may be theirs)."""
        text = ctx.text
        stop = SENTENCE_END.search(text, end, end + REACH)
        limit = stop.start() if stop else min(len(text), end + REACH)
        found = self.pronoun_re.search(text, end, limit)
        if found is None or any(q in text[end:found.start()] for q in "“”\""):
            return None
        if any(end <= s < found.start() and a.kind == "person" and a is not person
               for s, _, a in ctx.mention_index.starting_in(end, found.start())):
            return None
        return self.pronoun_of[found.group().lower()]
