"""A source phrase that holds actor mentions ("Mr. Doe", "Doe's lawyer", "the Chinese
government", "Roe and Poe", "the office of Ann Roe"): which of them speaks. A mixin of
``SourceResolver``; each answer leaves its reason in ``ctx.how``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .actors import ActorLexicon
from .article_state import ArticleState
from .model import Actor
from .speakers import SpeakerModel
from .title_joins import TitledJoin

SENTENCE_END = re.compile("[.!?][”\"’']?\\s+(?=[A-Z“\"‘])|\n")
"""Where a sentence ends inside a window of text (a full stop before a capital, or a line break)."""


class NamedSources:
    """``_named_inside`` and the name lists, fuller names and offices it reads."""

    lex: ActorLexicon
    speakers: SpeakerModel
    office_of: re.Pattern
    name_join: re.Pattern
    member_joint: re.Pattern
    member_tail: re.Pattern
    titled_join: TitledJoin
    title_gap: re.Pattern
    and_join: re.Pattern
    role_words: set[str]
    org_roles: set[str]
    name_prefixes: set[str]
    definite: set[str]
    object_leads: set[str]
    _named_actor: Callable[..., str]

    def _named_inside(self, ctx: ArticleState, phrase: str, inside: list[Actor], lowered: list[str],
                      first: str, start: int, end: int) -> list[str] | None:
        """Which of the actors ``inside`` the phrase speaks; None for an unnamed source tied to them."""
        holder = self.speakers.named_holder(ctx, phrase, inside)
        if holder is not None:
            ctx.how = f"a role the article gives to {holder.name} by name ('{phrase.strip()}')"
            return [holder.name]  # "Doe's lawyer" when the article names the lawyer
        office = self.office_of.search(phrase)
        persons = [a for a in inside if a.kind == "person"]
        if all(a.kind == "place" for a in inside) and (any(w in self.role_words for w in lowered)
                                                       or phrase.split()[-1] in self.lex.party_words):
            if len(inside) == 1 and (lowered[-1] in self.lex.national_bodies or self._state_of(phrase) is not None):
                # "the Chinese government", "Saudi authorities", "the government in Lakeland": the
                # state itself (CONVENTIONS.md 5)
                ctx.how = f"'{phrase.strip()}' is the state the article names, {inside[0].name}"
                return [inside[0].name]
            return None  # "a former official from the West", "one Lakeland Democrat" are unnamed
        orgs = [a for a in inside if a.kind == "org"]
        if office and orgs:
            ctx.how = "the office of a named body speaks for it"
            return [orgs[0].name]
        if office and persons:
            ctx.how = "the office of a named person"
            return [self._office_of(ctx, persons[0], start + office.start(), end)]
        if first in self.definite and any(w in self.role_words for w in lowered) and ctx.focus \
                and lowered[-1] not in self.org_roles:  # "the Doe campaign" is Doe's, not his aide's
            focus = ctx.actor(ctx.focus)
            if focus is not None and focus.kind == "person" and self.speakers.introduced_with(ctx, focus, inside) \
                    and (not persons or self._introduced_as(ctx, focus, lowered[-1])):
                ctx.how = f"the role {ctx.focus} was introduced with, and {ctx.focus} spoke last"
                return [ctx.focus]
        if len(inside) > 1 and self.and_join.search(phrase) and not persons[1:2]:
            ctx.how = "two named sources joined by 'and'"
            return [a.name for a in inside]
        joined = self._joined_names(ctx, start, end) if persons[1:] else None
        if joined:
            ctx.how = "each name joined by 'and' speaks"
            return joined
        head = self.speakers.head_person(ctx, start, end) if persons[1:] else None
        if head is not None and head is not persons[0]:
            ctx.how = f"the person the source words name last, {head.name}; the names before describe them"
            return [head.name]
        ctx.how = "named in the source words"
        if persons:
            self._fuller_name(ctx, start, persons[0])
        return [(persons or inside)[0].name]

    @staticmethod
    def _introduced_as(ctx: ArticleState, person: Actor, role: str) -> bool:
        """Does the role word stand next to one of the person's mentions ("Doe adviser Ann Roe",
        "Ann Roe, a Doe adviser")? Asked when the role belongs to a named person ("the senior
        Doe adviser"): that person's name near the one in focus does not make them the adviser."""
        word = re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)
        for s, e in person.mentions:
            before, after = ctx.text[max(0, s - 60):s], ctx.text[e:e + 60]
            before = SENTENCE_END.split(before)[-1]  # the mention's own sentence only
            after = SENTENCE_END.split(after)[0]
            if word.search(before) or word.search(after):
                return True
        return False

    def _state_of(self, phrase: str) -> str | None:
        """ "the government in Lakeland", "the authorities of Lakeland": a word for the state, a
        preposition, then only the capitalised words of the place's name; that name, or None."""
        words = phrase.split()
        for i, word in enumerate(words[:-2]):
            if word.lower() in self.lex.national_bodies and words[i + 1] in self.object_leads:
                place = words[i + 2:]
                return " ".join(place) if all(w[:1].isupper() for w in place) else None
        return None

    def _state_named(self, ctx: ArticleState, phrase: str, start: int) -> str | None:
        """The place a state body of a place the gazetteer knows speaks for ("the government in
        Lakeland", said where the article names Lakeland nowhere else): that place's actor."""
        place = self._state_of(phrase)
        known = self.lex.lookup(place) if place else None
        if known is None or known.kind != "place":
            return None
        ctx.how = f"'{phrase.strip()}' is the state of {known.name}"
        return self._named_actor(ctx, known.name, known.kind, place, start + phrase.index(place))

    def _joined_names(self, ctx: ArticleState, start: int, end: int) -> list[str] | None:
        """The actors of a phrase that is only names joined by 'and' or commas ("Ann Roe and
        Tom Poe", "Roe, Poe and the Harbour Board"): each speaks (CONVENTIONS.md, two
        speakers of one statement). None when anything else stands between two names."""
        mentions = sorted((m for m in ctx.mention_index.starting_in(start, end) if start <= m[0] < end),
                          key=lambda m: (m[0], -m[1]))
        chain: list = []
        for m in mentions:
            if chain and m[0] < chain[-1][1]:
                continue  # a mention inside a longer one
            if chain and self.member_tail.fullmatch(ctx.text, chain[-1][1], m[1]):
                continue  # "Ann Roe of Lakeland and ...": the place says where the member is from
            if chain and not self.name_join.fullmatch(ctx.text, chain[-1][1], m[0]) \
                    and not self.member_joint.fullmatch(ctx.text, chain[-1][1], m[0]) \
                    and not self.titled_join.joins(ctx.text, chain[-1][1], m[0]):
                if not self.title_gap.fullmatch(ctx.text, chain[-1][1], m[0]):
                    return None
                chain.pop()  # "House Speaker Ann Roe", "Democrat Roe": the name before is a title
            chain.append(m)
        names = list(dict.fromkeys(a.name for _, _, a in reversed(chain)))  # the nearest first: it keeps the focus
        linked = any(self.and_join.search(ctx.text, a[1], b[0]) for a, b in zip(chain, chain[1:]))
        return names if len(names) == len(chain) > 1 and linked else None

    def _fuller_name(self, ctx: ArticleState, start: int, person: Actor) -> None:
        """ "said David Autor" where the article's mentions know only "Autor": the first
        name the source words put before the surname is a form of the same person, so the
        card lists it among the actor's aliases (titles, places and parties are not names)."""
        if " " in person.name:
            return
        text = ctx.text
        at = next((s for s, e in person.mentions if start < s <= start + 40 and text[s:e].endswith(person.name)), None)
        if at is None:
            return
        words = text[start:at].split()
        lex = self.lex
        if not 1 <= len(words) <= 2 or not words[0][:1].isupper() or any(
                w in self.name_prefixes or w in lex.not_names or w in lex.title_words or w in lex.title_ends
                or w in lex.state_words or w in lex.party_words or w in lex.body_words or w in lex.months
                or w in lex.weekdays or w in lex.function_words or w.lower() in self.role_words
                or not (w[:1].isupper() or w.capitalize() in lex.particles) for w in words):
            return
        fuller = " ".join(words + [person.name])
        if fuller not in person.aliases:
            person.aliases.append(fuller)

    def _office_of(self, ctx: ArticleState, person: Actor, start: int, end: int) -> str:
        name = f"Office of {person.name}"
        surface = ctx.text[start:end].strip()
        actor = ctx.actor(name)
        if actor is None:
            actor = Actor(name=name, kind="org", rule="actor.office-of")
            ctx.actors.append(actor)
        if surface not in actor.aliases:
            actor.aliases.append(surface)
            actor.mentions.append((start, start + len(surface)))
        return name
