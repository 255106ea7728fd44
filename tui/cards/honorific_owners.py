"""Whose "Mrs. Roe" it is when two people of one article share the surname.

The mention scan gives a bare surname to the first person of that name, honorific and all,
so "Mrs. Clinton" lands on Bill Clinton when he was read first, and every statement she
makes with it. An honorific that marks gender (the brief's ``female_honorific`` and
``male_honorific``) tells which of them is meant: the person whose gender the article tells
the same way (:mod:`.genders`: their own honorific, or the pronoun after their full name; or a
family noun that names them, ``family_noun_gender``: "her husband, Bob Roe"), or else the only
one it does not tell the other way. When none or several fit, the scan's answer
stands. Only mentions that write a first name are evidence: a bare or titled surname
("Clinton", "Mrs. Clinton", "Secretary Clinton") is what may have gone to the wrong person.
"""

from __future__ import annotations

import re
from bisect import insort

from ..rules.brief import Brief
from .actors.aliases import surname
from .actors.lexicon import ActorLexicon
from .article_state import ArticleState
from .genders import HONORIFIC_WEIGHT, Genders
from .mention_index import MentionIndex
from .model import Actor


class HonorificOwners:
    """Moves each gendered-honorific surname mention to the person of that surname it fits."""

    def __init__(self, brief: Brief, lexicon: ActorLexicon):
        self.lex = lexicon
        self.genders = Genders(brief)
        self.pronoun_of = {w.rstrip(".").lower(): "she" for w in brief.words("female_honorific")}
        self.pronoun_of.update({w.rstrip(".").lower(): "he" for w in brief.words("male_honorific")})
        self.noun_gender: dict[str, str] = {}
        for pair in brief.words("family_noun_gender"):
            noun, _, pronoun = pair.partition("=")
            if pronoun:
                self.noun_gender[noun.lower()] = pronoun
        nouns = "|".join(sorted(map(re.escape, self.noun_gender), key=len, reverse=True)) or "(?!)"
        # "her husband, Bob Roe" / "his wife Ann Roe", and "Bob Roe, her husband"
        self.noun_before = re.compile(rf"(?i)(?<![\w’'-])({nouns}),?\s+$")
        self.noun_after = re.compile(rf"(?i),\s+[\w’'-]+\s+({nouns})(?![\w’'-])")

    def assign(self, text: str, actors: list[Actor]) -> None:
        """Reassign in place; ``actors`` stays in order of first mention."""
        by_surname: dict[str, list[Actor]] = {}
        for actor in actors:
            if actor.kind == "person" and " " in actor.name:
                last = surname(actor.name, self.lex)
                if last:
                    by_surname.setdefault(last, []).append(actor)
        moved = False
        for last, group in by_surname.items():
            if len(group) < 2:
                continue  # the common case: nobody else can be meant
            contested = [(actor, (s, e), pronoun) for actor in group for s, e in actor.mentions
                         if (pronoun := self._honorific(text[s:e], last)) is not None]
            if not contested:
                continue
            # both honorifics for one surname: a man and a woman are among its people
            mixed = len({pronoun for _, _, pronoun in contested}) == 2
            gender = self._genders(text, actors, group, last)
            for actor, mention, pronoun in contested:
                target = _fitting(group, gender, pronoun, actor, mixed)
                if target is not None and target is not actor:
                    _move(text, actor, target, mention)
                    moved = True
        if moved:
            actors[:] = [a for a in actors if a.mentions]
            actors.sort(key=lambda a: min(a.mentions)[0])

    def _honorific(self, surface: str, last: str) -> str | None:
        """ "she" for "Mrs. Roe", "he" for "Mr. Roe" (surname ``last``); None for any other surface."""
        word, _, rest = surface.partition(" ")
        if rest.split() != [last]:
            return None
        return self.pronoun_of.get(word.rstrip(".").lower())

    def _genders(self, text: str, actors: list[Actor], group: list[Actor], last: str) -> dict[int, str | None]:
        """Each group member's gender (by id) from the mentions that write more than the surname.
        The rest stay in the index under their present owner, so a pronoun after one of them
        is not read as another member's."""
        evidence: dict[int, Actor] = {}
        for person in group:
            own = {w for w in person.name.split() if w != last}
            evidence[id(person)] = Actor(person.name, "person", mentions=[
                (s, e) for s, e in person.mentions if own.intersection(text[s:e].split())])
        mentions = []
        for actor in actors:
            copy = evidence.get(id(actor))
            kept = set(copy.mentions) if copy is not None else ()
            mentions.extend((s, e, copy if (s, e) in kept else actor) for s, e in actor.mentions)
        mentions.sort(key=lambda m: m[0])
        ctx = ArticleState(text=text, actors=actors, mentions=mentions)
        ctx.mention_index = MentionIndex(mentions, text)
        return {key: self._told(ctx, copy) for key, copy in evidence.items()}

    def _told(self, ctx: ArticleState, person: Actor) -> str | None:
        """The gender :mod:`.genders` reads and a family noun that names the person (each as
        strong as an honorific), and the pronoun after the name as a subject after any opening
        (a weak vote: the clause may turn to someone else); None when the votes do not agree."""
        votes: dict[str | None, int] = {self.genders.of(ctx, person): HONORIFIC_WEIGHT}
        text = ctx.text
        for s, e in person.mentions:
            found = self.noun_before.search(text, max(0, s - 20), s) or self.noun_after.match(text, e, e + 30)
            if found:
                pronoun = self.noun_gender[found.group(1).lower()]
                votes[pronoun] = votes.get(pronoun, 0) + HONORIFIC_WEIGHT
            # the subject of a clause after a longer opening ("In May, when ..., Ann Roe said she")
            floor = max(text.rfind("\n", 0, s) + 1, s - 200)
            if self.genders.opens_on(text, floor, s, end=e) and not self.genders.inside_name(ctx, s, e):
                pronoun = self.genders.next_pronoun(ctx, person, e)
                votes[pronoun] = votes.get(pronoun, 0) + 1
        votes.pop(None, None)
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        if not ranked or len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
            return None
        return ranked[0][0]


def _fitting(group: list[Actor], gender: dict[int, str | None], pronoun: str, owner: Actor,
             mixed: bool) -> Actor | None:
    """Who the honorific (``pronoun``) given to ``owner`` means, or None to leave it there.

    An owner the article tells is of the other gender gives it to the one member told
    ``pronoun``, else to the one member told nothing. An owner told nothing gives it up only
    in a couple (two people of the name, ``mixed`` honorifics: one man, one woman) whose other
    member is told ``pronoun``: with a third person, or one honorific only, the owner may be of
    the same gender as the member told ("Mr. Cruz" is the son too when the father is "he")."""
    told = [p for p in group if gender[id(p)] == pronoun]
    said = gender[id(owner)]
    if said == pronoun:
        return None
    if said is None:
        return told[0] if mixed and len(group) == 2 and len(told) == 1 else None
    if told:
        return told[0] if len(told) == 1 else None
    untold = [p for p in group if gender[id(p)] is None]
    return untold[0] if len(untold) == 1 else None


def _move(text: str, actor: Actor, target: Actor, mention: tuple[int, int]) -> None:
    """The mention and its surface leave ``actor`` for ``target``."""
    actor.mentions.remove(mention)
    insort(target.mentions, mention)
    surface = text[mention[0]:mention[1]]
    if surface not in target.aliases:
        target.aliases.append(surface)
    if surface in actor.aliases and all(text[s:e] != surface for s, e in actor.mentions):
        actor.aliases.remove(surface)
