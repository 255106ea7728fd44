"""Whom a lone pronoun source means: "it" the body its sentence or the text named last, "he"
or "she" the one person its sentence opens on, the person a paragraph turned to, or whoever
spoke last. A mixin of ``SourceResolver``; each answer leaves its reason in ``ctx.how``.
"""

from __future__ import annotations

import re

from .antecedents import introduced_here
from .article_state import ArticleState
from .model import Actor
from .speakers import SpeakerModel


class PronounSources:
    """``_pronoun_speaker`` and the sentence-level tests it makes."""

    speakers: SpeakerModel
    org_pronouns: set[str]
    person_pronouns: set[str]
    subordinators: set[str]
    parenthetical_tag: re.Pattern
    relative_before: re.Pattern

    def _pronoun_speaker(self, ctx: ArticleState, start: int, first: str) -> list[str]:
        """Whom the pronoun ``first`` at ``start``, the whole source phrase, means."""
        if first in self.org_pronouns:
            # "Slate produced a profile ..., it said": the body named in the sentence
            opening = ctx.sentence_opening(start, ctx.para_start)
            body = next((a for s, e, a in ctx.mention_index.reversed_between(opening, start)
                         if opening <= s and e <= start and a.kind == "org"), None)
            if body is not None:
                ctx.how = f"'{first}' is the body named earlier in its sentence"
                return [body.name]
            focus = ctx.actor(ctx.focus)
            body = self.speakers.last_org(ctx, start) if focus is None or focus.kind != "org" else None
            if body is not None:
                ctx.how = f"'{first}' is the body named last before it"
                return [body.name]
        if first not in self.person_pronouns:
            ctx.how = f"'{first}' is whoever spoke last"
            return [ctx.focus] if ctx.focus else []
        named = self._one_person_before(ctx, start, first)
        if named is not None:
            ctx.how = f"'{first}' is the one person named before it in its sentence, {named.name}"
            return [named.name]
        newcomer = introduced_here(ctx, self.speakers, start, first)
        if newcomer is not None:
            ctx.how = f"'{first}' is the person this paragraph turned to"
            return [newcomer.name]
        focus = ctx.actor(ctx.focus)
        if focus is not None and focus.kind == "person" and not self.speakers.gender_fits(ctx, focus, first):
            other = self._fitting_person(ctx, start, first)
            if other is not None:  # "Ann Roe said ... He added": not Roe, whom the article calls "she"
                ctx.how = f"'{first}' is the person named last whom the article calls so; {focus.name} is not"
                return [other.name]
        if focus is not None and (focus.kind == "person" or ctx.focus_via_role):
            ctx.last_via_role = ctx.focus_via_role  # "He added", "He further stated": same voice
            ctx.how = f"'{first}' is whoever spoke last"
            return [focus.name]  # "a State Department spokesman said ... He added" is the department
        if ctx.focus_person:
            ctx.how = f"'{first}' is the person who spoke last (not a body)"
            return [ctx.focus_person]
        # No one has spoken yet: "he" is the person named last before it.
        person = self.speakers.last_person(ctx, start)
        ctx.how = f"'{first}' is the person named last before it"
        return [person.name] if person else []

    def _fitting_person(self, ctx: ArticleState, start: int, pronoun: str, within: int = 1500) -> Actor | None:
        """The person named last before ``start`` whom the article calls by ``pronoun`` (an
        honorific or the pronouns after their name say so): who "he" is when the speaker in
        focus is a woman."""
        for s, e, actor in ctx.mention_index.reversed_between(start - within, start):
            if e <= start and start - s < within and actor.kind == "person" \
                    and self.speakers.genders.of(ctx, actor) == pronoun:
                return actor
        return None

    def _one_person_before(self, ctx: ArticleState, start: int, pronoun: str) -> Actor | None:
        """ "When the draft reached Mr. Roe, he dismissed it": the one person the pronoun's own
        sentence names before it, outside quotation marks, is whom it means."""
        text = ctx.text
        # (the relative pronoun is the word right before: a short window, not the text since 0)
        if self.parenthetical_tag.match(text, start + len(pronoun)) \
                or self.relative_before.search(text, max(0, start - 40), start):
            return None  # "The plan failed badly, he said.": the words before are what he said, not who
        opening = ctx.sentence_opening(start, ctx.para_start)
        floor = max(opening, *(text.rfind(mark, opening, start) + 1 for mark in "“”\""))
        named = [(s, e, a) for s, e, a in ctx.mention_index.starting_in(floor, start)
                 if floor <= s and e <= start and a.kind == "person"]
        if len({id(a) for _, _, a in named}) != 1:
            return None
        s, e, person = named[0]
        # Only a name that opens the sentence or its opening clause ("When the memo reached
        # Mr. Roe, he ..."): one inside a clause of content ("The Doe plan failed, he said")
        # or a modifier ("a Doe rally") is not whom the pronoun means.
        lead = text[opening:s].split()
        if lead and not any(w.strip("“\"‘'").lower() in self.subordinators for w in lead[:2]) \
                and not all(w[:1].isupper() for w in lead):  # "But when ...": a joining word may come first
            return None
        return person if self.speakers.gender_fits(ctx, person, pronoun) else None
