"""Source resolution: which actor a source phrase ("Mr. Doe", "he", "the company",
"officials familiar with the matter") names, and why.

The phrase comes from an attribution rule; the answer comes from the article's own
mentions and the speaker in focus, with the speaker model (speakers.py) for roles,
staff and pronouns. Each answer leaves a sentence in ``ctx.how`` for the why view.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..articles.segment import Paragraph
from ..rules.brief import Brief
from ..rules.patterns import compile_pattern
from .actors import ActorLexicon
from .antecedents import introduced_here
from .article_state import ArticleState
from .cue_sources import NAME_JOIN
from .descriptors import Descriptors
from .matching import sentence_start, unique_actors
from .model import Actor
from .speakers import SpeakerModel


ANAPHORIC = ("the", "that", "this")
"""Determiners before a role that point back at a body or person named before ("that committee")."""


class SourceResolver:
    """Source phrases to speaker names, with the focus kept up to date."""

    def __init__(self, brief: Brief, lexicon: ActorLexicon, speakers: SpeakerModel):
        self.lex = lexicon
        self.speakers = speakers
        words = brief.word_regex
        self.source_cut = compile_pattern(rf"\b{words('source_cut')}\b")
        self.office_of = compile_pattern(rf"(?i)\b{words('office_of')}\b")
        self.contraction = compile_pattern(rf"([a-z]+)['’]{words('contraction')}$")
        self.role_words = set(brief.words("role"))
        self.unnamed_words = set(brief.words("unnamed"))
        self.pronouns = {p.lower() for p in brief.words("pronoun")}
        self.org_roles = set(brief.words("org_role"))
        self.person_pronouns = {w.lower() for w in brief.words("person_pronoun")}
        self.org_pronouns = {w.lower() for w in brief.words("org_pronoun")}
        self.offices = set(brief.words("office"))
        self.person_roles = set(brief.words("descriptive_role"))
        self.name_prefixes = set(brief.words("name_prefix"))
        self.subordinators = {w.lower() for w in brief.words("subordinator")}
        # "he said." or "he said, “..." closing the sentence: a tag after the words said
        self.parenthetical_tag = compile_pattern(r"(?:\s+[\w’'-]+){1,3}?\s*(?:[.;!?]|,?\s*[“”\"‘]|$)")
        self.name_join = compile_pattern(NAME_JOIN + r"(?:[A-Z][\w’'-]*\.?\s+){0,3}")  # titles may follow
        self.title_gap = compile_pattern(r"\s+(?:[A-Z][\w’'-]*\.?\s+){0,2}")
        self.and_join = compile_pattern(r"\band\b")
        self.relative_before = compile_pattern(rf"\b{words('relative_pronoun')}\s+\Z")
        self.descriptors = Descriptors(brief)
        self.openers = set(brief.words("sentence_opener"))
        self.object_leads = set(brief.words("object_preposition"))
        self.opener_tail = compile_pattern(rf"\s+(?:{words('opener_tail')})\b")

    def resolve(self, ctx: ArticleState, start: int, end: int, para: Paragraph | None) -> list[str] | None:
        """Speaker names for a phrase; [] when it names no one we can use; None for untied unnamed sources."""
        ctx.how, ctx.source = "a name in the source words", (start, end)
        text = ctx.text
        phrase = text[start:end]
        ctx.last_via_role = any(w in self.role_words for w in phrase.lower().split())
        cut = self.source_cut.search(phrase)
        if cut and cut.start() > 0:
            end = start + cut.start()
            phrase = text[start:end]
        # Overlap, not containment: the mention of "Mr. Smith" starts before the name the rule captured.
        inside = unique_actors(ctx.mention_index.overlapping(start, end))
        lowered = phrase.lower().split()
        places = all(a.kind == "place" for a in inside) if inside else phrase.strip() in self.lex.state_words
        named = self.speakers.named_after_role(ctx, lowered, start, end, places)
        if named is not None:
            ctx.how = f"the name set off by commas after the role '{phrase.strip()}'"
            return [named.name]
        first = lowered[0] if lowered else ""
        contracted = self.contraction.match(first)
        if contracted:
            if contracted.group(1) not in self.pronouns:
                return []  # "We've said", "I'd told": no one the text names
            first = lowered[0] = contracted.group(1)  # "He'd said": the pronoun's speaker
        if all(a.kind != "person" for a in inside) and self.descriptors.is_descriptor(phrase.split()):
            fit = self.descriptors.fit(ctx, phrase.split(), start)
            if fit is not None:
                ctx.how = (f"'{phrase.strip()}' fits {fit.person.name} alone: the article introduces them with "
                           f"the words {', '.join(fit.words)}" + (" (leaving out its optional words)" if fit.loose else ""))
                return [fit.person.name]
        if first == "the" and lowered[-1] in self.person_roles and all(a.kind == "place" for a in inside):
            inside = []  # "the former pilot and U.S. senator": a place in a description names no one
        if inside:
            holder = self.speakers.named_holder(ctx, phrase, inside)
            if holder is not None:
                ctx.how = f"a role the article gives to {holder.name} by name ('{phrase.strip()}')"
                return [holder.name]  # "Doe's lawyer" when the article names the lawyer
            office = self.office_of.search(phrase)
            persons = [a for a in inside if a.kind == "person"]
            if all(a.kind == "place" for a in inside) and (any(w in self.role_words for w in lowered)
                                                           or phrase.split()[-1] in self.lex.party_words):
                if lowered[-1] in self.lex.national_bodies and len(inside) == 1:
                    # "the Chinese government", "Saudi authorities": the state itself (CONVENTIONS.md 5)
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
            if first == "the" and any(w in self.role_words for w in lowered) and ctx.focus \
                    and lowered[-1] not in self.org_roles:  # "the Doe campaign" is Doe's, not his aide's
                focus = ctx.actor(ctx.focus)
                if focus is not None and focus.kind == "person" and self.speakers.introduced_with(ctx, focus, inside):
                    ctx.how = f"the role {ctx.focus} was introduced with, and {ctx.focus} spoke last"
                    return [ctx.focus]
            if len(inside) > 1 and re.search(r"\band\b", phrase) and not persons[1:2]:
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
        party = None if inside else self.lex.lookup(self.speakers.party_group(phrase.strip()) or "")
        if party is not None:
            ctx.how = f"'{phrase.strip()}' act as a group: their party speaks"
            return [self._named_actor(ctx, party.name, party.kind, phrase.strip(), start)]
        staff = None if inside else self.speakers.staff_pronoun(lowered)
        if staff is not None:  # "his campaign said": the person the pronoun means (CONVENTIONS.md 2)
            holder = self.speakers.named_holder(ctx, phrase, [])
            if holder is not None:
                ctx.how = f"'{phrase.strip()}' is the one person the article names in that role"
                return [holder.name]
            first, lowered = staff, [staff]
        author = None if inside else self.speakers.document_author(ctx, lowered, ctx.focus, start, end)
        if author is not None:
            ctx.how = f"'{phrase.strip()}' speaks for its author, {author.name}, who spoke or was named last"
            return [author.name]
        if first in self.org_pronouns and len(lowered) == 1 and text.startswith(("’s", "'s"), start + len(first)):
            return []  # "It's a big if, but Doe was in Lakeside, emphasizing ...": an empty subject
        if first in self.pronouns and len(lowered) == 1:
            if first in self.org_pronouns:
                # "Slate produced a profile ..., it said": the body named in the sentence
                opening = self._sentence_opening(ctx, start)
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
        if any(w.strip(",.") in self.unnamed_words for w in lowered):
            outlet = self.tied_outlet(ctx)
            if outlet:
                ctx.how = "unnamed sources tied to the outlet that reports them"
                return [outlet]
            body_word = next((w for w in lowered[:-1] if w in self.org_roles), None)
            if body_word is not None and lowered[-1] in self.unnamed_words:
                # "senior administration officials said": officials of the body the article names so
                body = self.speakers.body_called(ctx, body_word, start, None)
                if body is None:  # named only later in the article: the one body so called
                    bodies = {a.name for a in ctx.actors if a.kind == "org" and body_word in a.name.lower().split()}
                    body = ctx.actor(bodies.pop()) if len(bodies) == 1 else None
                if body is not None:
                    ctx.how = f"'{phrase.strip()}' speak for the body the article names so, {body.name}"
                    return [body.name]
            if first == "the" and ctx.focus and any(w in self.role_words for w in lowered[-1:]) \
                    and lowered[-1] not in ("sources", "people", "individuals", "officials", "report", "reports"):
                ctx.how = "the role of whoever spoke last"
                return [ctx.focus]
            return None
        if first in ANAPHORIC and any(w in self.role_words for w in lowered):
            focus = ctx.actor(ctx.focus)
            if lowered[-1] in self.org_roles:
                # "the company said" after the company spoke
                ctx.how = f"'{phrase.strip()}' is the body that spoke last"
                if focus is None or focus.kind != "org":
                    focus = self.speakers.body_called(ctx, lowered[-1], start, focus)
                    ctx.how = f"'{phrase.strip()}' is the body or candidate the article last named so"
                return [focus.name] if focus is not None else None
            holder = self.speakers.role_holder(ctx, lowered[-1], start)
            if holder is None and lowered[-1] in self.offices:
                # "Gordon Brown has delivered a speech ... The chancellor said": news prose
                # names a one-holder office for the person it has just named.
                holder = self.speakers.last_person(ctx, start)
            ctx.how = f"'{phrase.strip()}' is the person last named with that role"
            if holder is None and lowered[-1] in self.person_roles:
                # "The former pilot and senator said": no senator named, so the person in
                # focus, or the person named last
                holder = ctx.actor(ctx.focus_person) or self.speakers.last_person(ctx, start, 600)
                ctx.how = f"'{phrase.strip()}' describes the person in focus or named last; no one is named so"
            return [holder.name] if holder else None  # "the judge" after "Judge Letitia Clark"
        if any(w in self.role_words for w in lowered):
            holder = self.speakers.named_holder(ctx, phrase, [])
            ctx.how = f"'{phrase.strip()}' is the one person the article names in that role"
            return [holder.name] if holder is not None else None  # "attorney says": the one named
        words = phrase.split()
        # "The Hill", "The Federalist": a paper's name (not "The A.G.", an abbreviated title)
        paper = len(words) > 1 and words[0] in self.lex.name_articles and all(w.lower() != w for w in words[1:]) \
            and not any(w.upper() == w for w in words[1:])
        body = words[1:] if paper else words
        if len(words) == 1 and words[0] + "." in self.name_prefixes:
            return []  # "said Gov" cut at the title's point: the name after it is the source, not "Gov"
        if words and words[-1] + "." in self.name_prefixes:
            return []  # "said Army Capt" cut at the title's point: the name after it is the source
        before = text[max(0, start - 30):start].split()
        if before and before[-1] in self.object_leads:
            return []  # "Speaking in Harlem, Doe ...", "voters in Lakeland said": the object of a preposition
        if len(words) == 1 and self._opener_only(ctx, start, words[0]):
            return []  # "Shortly after the call, ...", "Similarly, ...": a word that only opens sentences
        if body and not phrase.isupper() and body[0][:1].isupper() and body[-1][:1].isupper() \
                and all(w[:1].isupper() or w.capitalize() in self.lex.particles for w in body) \
                and not any(w in self.lex.not_names or w in self.lex.demonyms for w in body):
            # a capitalised run shaped like a name ("Ann de Roe"); not all capitals (a dateline, a slogan)
            return [self._new_actor(ctx, phrase, start, "org" if paper else "person")]
        return []

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

    def _opener_only(self, ctx: ArticleState, start: int, word: str) -> bool:
        """Is this single capitalised word, which no actor matched, the first word of its
        sentence, with a time word after it ("Minutes later, ...", "Shortly after ...") or a
        known sentence opener ("Similarly, ..."), and nowhere else in the article capitalised
        inside a sentence? Then it is an ordinary word, not a name only this sentence uses
        ("Allianz, the insurer, said" keeps its name)."""
        text = ctx.text
        if text[self._sentence_opening(ctx, start):start].strip(" \t“‘\"'(—–-"):
            return False
        if word not in self.openers and not self.opener_tail.match(text, start + len(word)):
            return False  # "Varga said": a surname the article may use only here
        for m in re.finditer(rf"(?<![\w’'.-]){re.escape(word)}(?![\w’'-])", text):
            before = text[max(0, m.start() - 3):m.start()].rstrip(" \t“‘\"'(")
            if before and before[-1] not in ".!?:\n":
                return False  # "... said Varga": a name in the middle of a sentence
        return True

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
            if chain and not self.name_join.fullmatch(ctx.text, chain[-1][1], m[0]):
                if not self.title_gap.fullmatch(ctx.text, chain[-1][1], m[0]):
                    return None
                chain.pop()  # "House Speaker Ann Roe", "Democrat Roe": the name before is a title
            chain.append(m)
        names = list(dict.fromkeys(a.name for _, _, a in reversed(chain)))  # the nearest first: it keeps the focus
        linked = any(self.and_join.search(ctx.text, a[1], b[0]) for a, b in zip(chain, chain[1:]))
        return names if len(names) == len(chain) > 1 and linked else None

    @staticmethod
    def _sentence_opening(ctx: ArticleState, pos: int) -> int:
        """Where the sentence holding ``pos`` starts, as the paragraph was split ("Mr." ends
        no sentence); a plain search back for a stop where the split is not at hand."""
        index = ctx.sentence_index
        at = index.holding(pos) if index is not None else None
        if at is not None:
            return index.sentences[at].start
        return sentence_start(ctx.text, ctx.para_start, pos)

    def _one_person_before(self, ctx: ArticleState, start: int, pronoun: str) -> Actor | None:
        """ "When the draft reached Mr. Roe, he dismissed it": the one person the pronoun's own
        sentence names before it, outside quotation marks, is whom it means."""
        text = ctx.text
        # (the relative pronoun is the word right before: a short window, not the text since 0)
        if self.parenthetical_tag.match(text, start + len(pronoun)) \
                or self.relative_before.search(text, max(0, start - 40), start):
            return None  # "The plan failed badly, he said.": the words before are what he said, not who
        opening = self._sentence_opening(ctx, start)
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
        return person if self.speakers.gender_fits(text, person, pronoun) else None

    def tied_outlet(self, ctx: ArticleState) -> str | None:
        if ctx.last_outlet and ctx.sentence_no - ctx.last_outlet[1] <= 1:
            return ctx.last_outlet[0]
        return ctx.source_outlet

    def note_outlets(self, ctx: ArticleState, start: int, end: int) -> None:
        """The first outlet named inside the sentence is the one its unnamed sources speak for."""
        media = ctx.media_mentions
        for i in range(bisect_left(ctx.media_starts, start), len(media)):
            s, e, name = media[i]
            if s > end:
                return  # sorted by start: no later one ends inside
            if e <= end:
                ctx.last_outlet = (name, ctx.sentence_no)
                return

    def set_focus(self, ctx: ArticleState, speaker: str, index: int) -> None:
        ctx.focus = speaker
        ctx.focus_para = index
        ctx.focus_via_role = ctx.last_via_role
        actor = ctx.actor(speaker)
        if actor is not None and actor.kind == "person":
            ctx.focus_person = speaker

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

    @staticmethod
    def _named_actor(ctx: ArticleState, name: str, kind: str, surface: str, start: int) -> str:
        """The actor called ``name``, added with this mention if the article had none."""
        actor = ctx.actor(name)
        if actor is None:
            actor = Actor(name=name, kind=kind, aliases=[surface], rule="actor.speaker-party")
            ctx.actors.append(actor)
            actor.mentions.append((start, start + len(surface)))
        return name

    def _new_actor(self, ctx: ArticleState, phrase: str, start: int, kind: str) -> str:
        name = phrase.strip()
        actor = ctx.actor(name)
        if actor is None:
            actor = Actor(name=name, kind=kind, aliases=[name], rule="actor.speaker-name")
            ctx.actors.append(actor)
        actor.mentions.append((start, start + len(name)))
        ctx.mentions.append((start, start + len(name), actor))
        return name
