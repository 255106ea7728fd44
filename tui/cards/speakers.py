"""The speaker model: who "he", "the senator" or "Doe's lawyer" is in this article.

Statements name their source in many ways besides a full name; these functions
answer from the article's own mentions, so every choice can be explained by the
words that made it (an honorific, the role word next to a name, who spoke last).
The English they need (honorifics by gender, one-holder roles) comes from the brief.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..rules.brief import Brief
from ..rules.patterns import search_pattern
from .article_state import ArticleState
from .genders import Genders
from .matching import sentence_start
from .model import Actor
from .roles import RoleHolders

class SpeakerModel(RoleHolders):
    """Antecedents for pronouns, roles and unnamed staff, from an article's mentions."""

    def __init__(self, brief: Brief):
        super().__init__(brief)
        self.definite = {w.lower() for w in brief.words("definite_article")}
        self.genders = Genders(brief)
        self.possessive_pronouns = dict(pair.lower().split("=", 1) for pair in brief.words("possessive_pronoun")
                                        if "=" in pair)
        self.staff = {w.lower() for w in brief.words("staff")}
        self.outlet_roles = {w.lower() for w in brief.words("outlet_role")}
        self.documents = {w.lower() for w in brief.words("document")}
        self.party_members = {w.lower() for w in brief.words("party_member")}
        self.party_plurals = dict(pair.split("=", 1) for pair in brief.words("party_plural") if "=" in pair)
        self.roles = set(brief.words("role"))
        self.appositive_lead = search_pattern(r"\s*,\s+")
        self.title_run = search_pattern(r"(?:[A-Z][\w.]*\s+){0,3}")
        self.appositive_close = search_pattern(rf"\s*(?:,|{brief.macros.get('speaker_tag', '(?!x)x')})")
        self.name_links = {w.lower() for w in brief.words("name_links")}

    def head_person(self, ctx: ArticleState, start: int, end: int) -> Actor | None:
        """The person a source phrase is about: "Roe spokesman Jo Bell", "Doe campaign
        manager Al Pike", "Doe's rival, Sen. Ann Roe". A name before a role noun or an
        owner's possessive describes the head, and the named head speaks for himself
        (CONVENTIONS.md 2); a linking word ("and", "of", "for") or a comma not after a
        possessive keeps the first name ("Ann Roe, a lawyer for Doe")."""
        text = ctx.text
        # longest first at one start: "Paul" (another person's surname) inside "Paul Ryan" is no name
        found = sorted(((s, e, a) for s, e, a in ctx.mention_index.starting_in(max(0, start - 40), end)
                        if s < end and e > start and a.kind == "person"), key=lambda m: (m[0], -m[1]))
        if not found:
            return None
        head = found[0]
        for mention in found[1:]:
            if mention[2] is head[2] or mention[0] < head[1]:
                continue
            if not self._describes(text[head[1]:mention[0]]):
                break
            head = mention
        return head[2]

    def _describes(self, between: str) -> bool:
        """Do these words, between two names, make the first a description of the second?"""
        owner = between.startswith(("’s", "'s", "’", "'"))
        rest = between[2 if between[:2] in ("’s", "'s") else 1:] if owner else between
        if any(ch in rest for ch in ";:()[]\"“”‘—–") or "''" in rest or ("," in rest and not owner):
            return False
        words = rest.replace(",", " ").lower().split()
        # nothing between ("Maricopa County Recorder Helen Purcell" found as two names): the
        # first is a title run the name finder did not tell from a name
        return (owner or bool(words) or not rest.strip()) and not any(w in self.name_links for w in words)

    def gender_fits(self, ctx: ArticleState, person: Actor, pronoun: str) -> bool:
        """ "He" is not a person the text calls "Mrs Hassan" or "she", nor "she" one it calls
        "Mr Brown" or "he" (genders.py)."""
        return self.genders.fits(ctx, person, pronoun)

    def staff_pronoun(self, words: Sequence[str]) -> str | None:
        """The pronoun a staff phrase hangs on ("his campaign", "her top aides" -> "he",
        "she"): the conventions give unnamed staff's words to the person they work for.
        A possessive alone ("his claim that ...") is its pronoun too."""
        if not words or words[0] not in self.possessive_pronouns:
            return None
        if len(words) > 1 and (words[-1].strip(",.") not in self.staff or len(words) > 4):
            return None
        return self.possessive_pronouns[words[0]]

    def party_group(self, phrase: str) -> str | None:
        """The party's plural ("Republicans") for "Republican lawmakers", "Democratic leaders":
        members acting as a group speak for the party (CONVENTIONS.md 2)."""
        words = phrase.split()
        if len(words) != 2 or words[1].lower() not in self.party_members:
            return None
        return self.party_plurals.get(words[0])

    def document_author(self, ctx: ArticleState, words: Sequence[str], focus: str | None,
                        before: int, after: int | None = None) -> Actor | None:
        """The author of "the statement", "the e-mail" or "the tweet": a document speaks for
        whoever issued it (CONVENTIONS.md 2). News prose introduces it first ("Doe's lawyer
        said in a statement", "Roe tweeted"): the author is the possessor right before an
        earlier mention of the word, or the subject of the sentence that mentions it; with
        no earlier mention, the speaker in focus. A person named in an appositive right
        after it ("The memo, signed by Jane Roe, ...") is its author first."""
        if len(words) != 2 or words[0] not in self.definite or words[1] not in self.documents:
            return None
        signer = self._signer(ctx, after) if after is not None else None
        if signer is not None:
            return signer
        stem = re.escape(words[1][:-1] if words[1].endswith("s") else words[1])
        floor = max(0, before - 3000)
        earlier = [m.start() for m in re.finditer(rf"(?i)\b{stem}", ctx.text[floor:before - len(words[1]) - 4])]
        for at in reversed(earlier[-3:]):
            at += floor
            signer = self._signer(ctx, at + len(words[1]))
            if signer is not None:
                return signer
            opening = sentence_start(ctx.text, max(0, at - 400), at)
            inside = [(s, e, a) for s, e, a in ctx.mention_index.starting_in(opening, at)
                      if opening <= s and e <= at and a.kind != "place"]
            owner = next((a for s, e, a in reversed(inside)
                          if ctx.text.startswith(("’s", "'s", "’", "'"), e) and at - e < 20), None)
            if owner is not None or inside:
                return owner or inside[0][2]
        return ctx.actor(focus)

    def body_called(self, ctx: ArticleState, noun: str, before: int, focus: Actor | None) -> Actor | None:
        """Who "the department" or "the campaign" is when no body spoke last: the body named
        last whose name has that word ("the Justice Department"), or for staff such as a
        campaign the person in focus (a campaign speaks for its candidate)."""
        for s, e, actor in ctx.mention_index.reversed_between(before - 2000, before):
            if before - s > 2000:
                break
            if e <= before and actor.kind == "org" and noun in actor.name.lower().split():
                return actor
        if noun in self.outlet_roles:
            return self.outlet_called(ctx, before)
        return focus if focus is not None and focus.kind == "person" and noun in self.staff else None

    @staticmethod
    def outlet_called(ctx: ArticleState, before: int) -> Actor | None:
        """Who "the newspaper" or "a paper" is: the outlet named last before ``before``, else the
        one outlet the article names later ("A newspaper reported ... The Dunmore Gazette said")."""
        k = bisect_left(ctx.media_starts, before)
        if k:
            return ctx.actor(ctx.media_mentions[k - 1][2])
        names = {name for _, _, name in ctx.media_mentions}
        return ctx.actor(names.pop()) if len(names) == 1 else None

    def named_after_role(self, ctx: ArticleState, words: list[str], start: int, end: int,
                         places_only: bool = False) -> Actor | None:
        """The person named in commas right after a role phrase ("Doe's press secretary, Ann
        Roe, said", "The party chairman, Ann Roe, called"): the role holder speaks, not the
        principal. The phrase holds a role word (or only a place: "Alarmed by the vote in
        Lakeland, Senator Ann Roe said") and names no person but a possessor."""
        if not places_only and not any(w.strip(",.") in self.roles or w.strip(",.") in self.staff
                                       for w in words[-3:]):
            return None
        text = ctx.text
        for s, e, actor in ctx.mention_index.starting_in(max(0, start - 40), end):
            if e > start and actor.kind == "person" and not text.startswith(("’s", "'s"), e) \
                    and not (e < end and text[e:e + 1].isspace() and text[e + 1:e + 2].islower()):
                return None  # "Ann Roe, the chairman," names its person already ("the Acme chief
                # executive, Ann Roe,": a name right before the role word only qualifies it)
        lead = self.appositive_lead.match(text, end)
        if lead is None:
            return None
        for s, e, actor in ctx.mention_index.starting_in(lead.end(), lead.end() + 30):
            if actor.kind == "person" and self.title_run.fullmatch(text, lead.end(), s) \
                    and self.appositive_close.match(text, e):
                return actor  # the name may follow a title: ", Senator Ann Roe, the ..."
        return None

    @staticmethod
    def _signer(ctx: ArticleState, after: int) -> Actor | None:
        """The person named in an appositive right after a document ("The cable, sent under
        Ambassador Jane Roe's signature, ..."): its author."""
        if not ctx.text.startswith(",", after):
            return None
        close = ctx.text.find(",", after + 1, after + 120)
        return next((a for s, e, a in ctx.mention_index.starting_in(after, close)
                     if after < s and e <= close and a.kind == "person"), None)

    @staticmethod
    def last_org(ctx: ArticleState, before: int, within: int = 400) -> Actor | None:
        """The body named last before ``before``: who "it said" means when its own
        sentence names none."""
        for s, e, actor in ctx.mention_index.reversed_between(before - within, before):
            if e > before or actor.kind != "org":
                continue
            if before - s >= within:
                return None
            opening = ctx.text[sentence_start(ctx.text, max(0, s - 200), s):s].rpartition("\n")[2].split()
            if all(w[:1].isupper() for w in opening) and len(opening) < 4:
                return actor  # "The Lakeside Board ... It said": its sentence opens on the body
        return None

    @staticmethod
    def last_person(ctx: ArticleState, before: int, within: int = 400) -> Actor | None:
        """The person named last before ``before``, if named close enough to mean them."""
        return next((a for s, e, a in ctx.mention_index.reversed_between(before - within, before)
                     if e <= before and a.kind == "person" and before - s < within), None)

    @staticmethod
    def introduced_with(ctx: ArticleState, person: Actor, orgs: list[Actor]) -> bool:
        """Was the person named next to this body before ("NSC coordinator John Kirby")?"""
        for s, _ in person.mentions:
            window_start = max(0, s - 80)
            for os, oe, actor in ctx.mention_index.starting_in(window_start, s + 120):
                if actor in orgs and window_start <= os and oe <= s + 120:
                    return True
        return False

    @staticmethod
    def tagged_person(ctx: ArticleState, tag: str) -> Actor | None:
        """The one person a transcript's capital tag names ("ROE:" for Ann Roe): a name or
        alias of theirs, or their surname, in capitals, which joins their aliases. None when no one
        or more than one fits."""
        fits = [a for a in ctx.actors if a.kind == "person"
                and any(form.upper() == tag for form in (*a.aliases, a.name, a.name.split()[-1]))]
        if len(fits) != 1:
            return None
        if tag not in fits[0].aliases:
            fits[0].aliases.append(tag)  # the tag is a form the article calls them by ("TAPPER")
        return fits[0]

    @staticmethod
    def transcript_person(ctx: ArticleState, phrase: str, start: int) -> Actor | None:
        """'JANE ROE: ...' opening a line of a transcript whose later lines are tagged 'ROE:':
        a full name in capitals before a colon names a person (kept as printed). A capital
        label ('BREAKING NEWS:') has no such later tag, so it names no one."""
        words = phrase.split()
        text = ctx.text
        if not 2 <= len(words) <= 3 or not all(w.isalpha() and w.isupper() and len(w) > 1 for w in words) \
                or text[start + len(phrase):start + len(phrase) + 1] != ":" or text[start - 1:start] not in ("", "\n"):
            return None
        if f"\n{words[-1]}:" not in text[start:]:
            return None
        actor = next((a for a in ctx.actors if a.kind == "person" and a.name.upper() == phrase), None)
        if actor is None:
            actor = Actor(name=phrase, kind="person", aliases=[phrase], rule="actor.transcript-tag")
            ctx.actors.append(actor)
            actor.mentions.append((start, start + len(phrase)))
            ctx.mentions.append((start, start + len(phrase), actor))
        return actor
