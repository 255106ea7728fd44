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
from ..rules.patterns import search_pattern
from .actors import ActorLexicon
from .actors.slashes import slash_joined
from .article_state import ArticleState
from .source_vocabulary import name_join
from .descriptors import Descriptors
from .matching import unique_actors
from .model import Actor
from .named_sources import NamedSources
from .body_sources import BodySources
from .pronoun_sources import PronounSources
from .speakers import SpeakerModel
from .title_joins import TitledJoin
from .unnamed_principals import UnnamedPrincipals, opens_article



class SourceResolver(NamedSources, PronounSources, BodySources):
    """Source phrases to speaker names, with the focus kept up to date."""

    def __init__(self, brief: Brief, lexicon: ActorLexicon, speakers: SpeakerModel):
        self.lex = lexicon
        self.speakers = speakers
        words = brief.word_regex
        self.source_cut = search_pattern(rf"\b{words('source_cut')}\b")
        self.office_of = search_pattern(rf"(?i)\b{words('office_of')}\b")
        self.contraction = search_pattern(rf"([a-z]+)['’]{words('contraction')}$")
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
        self.parenthetical_tag = search_pattern(r"(?:\s+[\w’'-]+){1,3}?\s*(?:[.;!?]|,?\s*[“”\"‘]|$)")
        self.name_join = search_pattern(name_join(brief) + r"(?:[A-Z][\w’'-]*\.?\s+){0,3}")  # titles may follow
        self.title_gap = search_pattern(r"\s+(?:[A-Z][\w’'-]*\.?\s+){0,2}")
        self.titled_join = TitledJoin(brief, name_join(brief))
        self.and_join = search_pattern(rf"\b(?:{words('list_conjunction')})\b")
        self.anaphoric = {w.lower() for w in brief.words("anaphoric_determiner")}
        self.definite = {w.lower() for w in brief.words("definite_article")}
        self.group_heads = {w.lower() for w in brief.words("group_head")}
        self.relative_before = search_pattern(rf"\b{words('relative_pronoun')}\s+\Z")
        self.descriptors = Descriptors(brief)
        self.unnamed_principals = UnnamedPrincipals(brief)
        self.openers = set(brief.words("sentence_opener"))
        self.determiners = {w.lower() for w in brief.words("determiner")}
        self.object_leads = set(brief.words("object_preposition"))
        self.role_links = {w.lower() for w in brief.words("object_lead")}  # "a spokeswoman for Pelham"
        self.opener_tail = search_pattern(rf"\s+(?:{words('opener_tail')})\b")

    def resolve(self, ctx: ArticleState, start: int, end: int, para: Paragraph | None) -> list[str] | None:
        """Speaker names for a phrase; [] when it names no one we can use; None for untied unnamed sources."""
        ctx.how, ctx.source = "a name in the source words", (start, end)
        text = ctx.text
        phrase = text[start:end]
        ctx.last_via_role = not self.role_words.isdisjoint(phrase.lower().split())
        cut = self.source_cut.search(phrase)
        if cut and cut.start() > 0:
            end = start + cut.start()
            phrase = text[start:end]
        # Overlap, not containment: the mention of "Mr. Smith" starts before the name the rule captured.
        inside = unique_actors(ctx.mention_index.outermost(start, end))
        lowered = phrase.lower().split()
        places = all(a.kind == "place" for a in inside) if inside else phrase.strip() in self.lex.state_words
        named = self.speakers.named_after_role(ctx, lowered, start, end, places)
        if named is not None:
            ctx.how = f"the name set off by commas after the role '{phrase.strip()}'"
            return [named.name]
        principal = self._unnamed_principal(ctx, phrase, start)
        if principal is not None:
            return [principal.name]
        first = lowered[0] if lowered else ""
        contracted = self.contraction.match(first)
        if contracted:
            if contracted.group(1) not in self.pronouns:
                return []  # "We've said", "I'd told": no one the text names
            first = lowered[0] = contracted.group(1)  # "He'd said": the pronoun's speaker
        described = self.descriptors.phrase_words(text, start, end)
        if all(a.kind != "person" for a in inside) and self.descriptors.is_descriptor(described):
            fit = self.descriptors.fit(ctx, described, start, ctx.actor(ctx.focus_person))
            if fit is not None:
                ctx.how = (f"'{phrase.strip()}' describes the person in focus, {fit.person.name}; no one else is "
                           "introduced so" if fit.by_focus else
                           f"'{phrase.strip()}' fits {fit.person.name} alone: the article introduces them with "
                           f"the words {', '.join(fit.words)}" + (" (leaving out its optional words)" if fit.loose else ""))
                return [fit.person.name]
        if first in self.definite and lowered[-1] in self.person_roles and all(a.kind == "place" for a in inside):
            inside = []  # "the former pilot and U.S. senator": a place in a description names no one
        joint = self._slash_joined(ctx, inside, start, end) \
            if inside and ("/" in phrase or text[start - 1:start] == "/") else None
        if joint is not None:
            return [joint]
        if inside:
            return self._named_inside(ctx, phrase, inside, lowered, first, start, end)
        state = self._state_named(ctx, phrase, start)
        if state is not None:
            return [state]  # "the government in Lakeland": the state (CONVENTIONS.md 5)
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
        short = None if inside else self._short_name(ctx, phrase.split())
        if short is not None:
            ctx.how = f"'{phrase.strip()}' is the last word of one body the article names, {short}"
            return [short]
        author = None if inside else self.speakers.document_author(ctx, lowered, ctx.focus, start, end)
        if author is not None:
            ctx.how = f"'{phrase.strip()}' speaks for its author, {author.name}, who spoke or was named last"
            return [author.name]
        if first in self.org_pronouns and len(lowered) == 1 and text.startswith(("’s", "'s"), start + len(first)):
            return []  # "It's a big if, but Doe was in Lakeside, emphasizing ...": an empty subject
        if first in self.pronouns and len(lowered) == 1:
            return self._pronoun_speaker(ctx, start, first)
        body = self._capital_body(phrase)
        if body is not None:
            ctx.how = f"'{phrase.strip()}' speaks for the body its capitalised words name, {body}"
            return [self._new_actor(ctx, body, start + phrase.index(body), "org")]
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
            if first in self.definite and ctx.focus and any(w in self.role_words for w in lowered[-1:]) \
                    and lowered[-1] not in self.group_heads:
                ctx.how = "the role of whoever spoke last"
                return [ctx.focus]
            return None
        if first in self.anaphoric and not self.role_words.isdisjoint(lowered):
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
        if not self.role_words.isdisjoint(lowered):
            body = self._role_for_body(ctx, phrase)
            if body is not None:  # "a spokeswoman for Pelham": not another body's named spokeswoman
                ctx.how = f"'{phrase.strip()}' speaks for the body it names, {body}"
                return [body if ctx.actor(body) is not None else self._new_actor(ctx, body, start + phrase.find(body), "org")]
            holder = self.speakers.named_holder(ctx, phrase, [])
            ctx.how = f"'{phrase.strip()}' is the one person the article names in that role"
            return [holder.name] if holder is not None else None  # "attorney says": the one named
        words = phrase.split()
        transcribed = self.speakers.transcript_person(ctx, phrase.strip(), start) if phrase.isupper() else None
        if transcribed is not None:  # "JANE ROE: ..." in a transcript tagged "ROE:" after
            ctx.how = f"'{phrase.strip()}' tags a transcript's speaker"
            return [transcribed.name]
        if len(words) == 1 and phrase.isupper():
            tagged = self.speakers.tagged_person(ctx, words[0])
            if tagged is not None:  # "ROE: ...", a transcript's tag: the person of that surname
                ctx.how = f"'{words[0]}' is the capital tag of {tagged.name}"
                return [tagged.name]
        # "The Hill", "The Federalist": a paper's name (not "The A.G.", an abbreviated title)
        lex = self.lex
        # "The Kessler Center for Justice": a name's lower-case connectors stand only inside it
        inner = [w for w in words[2:-1] if w.islower() and lex.is_connector(w)]
        paper = len(words) > 1 and words[0] in lex.name_articles \
            and all(w.lower() != w or w in inner for w in words[1:]) and not any(w.upper() == w for w in words[1:])
        body = words[1:] if paper else words
        body_named = paper or any(w in lex.body_words for w in body)  # "Harbour Policy Institute said"
        if len(words) == 1 and words[0] + "." in self.name_prefixes:
            return []  # "said Gov" cut at the title's point: the name after it is the source, not "Gov"
        if words and words[-1] + "." in self.name_prefixes:
            return []  # "said Army Capt" cut at the title's point: the name after it is the source
        before = text[max(0, start - 30):start].split()
        if before and before[-1] in self.object_leads:
            return []  # "Speaking in Harlem, Doe ...", "voters in Lakeland said": the object of a preposition
        if len(words) == 1 and words[0] in lex.org_words and any(_head_before_connector(words[0], a.name, lex)
                                                                   for a in ctx.actors if a.kind == "org"):
            return []  # "Workers objected" after "the Quarry Workers of America": a common noun, no new body
        if len(words) == 1 and self._opener_only(ctx, start, words[0]):
            return []  # "Shortly after the call, ...", "Similarly, ...": a word that only opens sentences
        if body and not phrase.isupper() and body[0][:1].isupper() and body[-1][:1].isupper() \
                and all(w[:1].isupper() or w.capitalize() in lex.particles or w in inner for w in body) \
                and not any(w in lex.not_names or w in lex.demonyms for w in body):
            # a capitalised run shaped like a name ("Ann de Roe"); not all capitals (a dateline, a slogan)
            return [self._new_actor(ctx, " ".join(body) if paper and inner else phrase, start,
                                    "org" if body_named else "person")]
        return []

    def _slash_joined(self, ctx: ArticleState, inside: list[Actor], start: int, end: int) -> str | None:
        """ "a CNN/ORC poll": the partners joined by a slash are one speaker, named as written,
        when the source words name no one outside that joint name."""
        span = slash_joined(ctx.text, start, end, self.lex.candidate_re, self.determiners | self.definite)
        if span is None:
            return None
        lo, hi = span
        for s, e, _ in ctx.mention_index.starting_in(start - 1, end):
            if s < end and e > start and not (lo <= s and e <= hi):
                return None  # "Ann Roe, a Reuters/Ipsos pollster": she speaks
        ctx.how = f"the names joined by a slash, '{ctx.text[lo:hi]}', are one source"
        return self._new_actor(ctx, ctx.text[lo:hi], lo, "org")

    def _unnamed_principal(self, ctx: ArticleState, phrase: str, start: int) -> Actor | None:
        """A headline's bare role, or unnamed staff with no possessor, when the article fixes
        who they are (see unnamed_principals.py); "they" after bare staff in one sentence too."""
        up = self.unnamed_principals
        holder = up.headline_holder(ctx, phrase, start)
        if holder is None:  # the lede's name may not be an actor yet
            named = up.headline_name(ctx, phrase, start)
            holder = ctx.actor(self._new_actor(ctx, named[0], named[1], "person")) if named is not None else None
        if holder is not None:
            ctx.how = f"the headline's '{phrase.strip()}' is the one person the lede names in that role"
            return holder
        # Not in the headline ("..., attorney says"), nor a single role the article names a holder of
        bare = up.is_bare_staff(phrase) and not opens_article(ctx.text, start) \
            and self.speakers.named_holder(ctx, phrase, []) is None
        if not bare and not (phrase.strip().lower() == "they" and up.staff_subject_before(ctx, start)):
            return None
        principal = up.staff_principal(ctx)
        if principal is not None:
            ctx.how = (f"'{phrase.strip()}' are unnamed staff; they speak for the one person whose staff the "
                       f"article names, {principal.name}")
        return principal

    def _opener_only(self, ctx: ArticleState, start: int, word: str) -> bool:
        """Is this single capitalised word, which no actor matched, the first word of its
        sentence, with a time word after it ("Minutes later, ...", "Shortly after ...") or a
        known sentence opener ("Similarly, ..."), and nowhere else in the article capitalised
        inside a sentence? Then it is an ordinary word, not a name only this sentence uses
        ("Allianz, the insurer, said" keeps its name)."""
        text = ctx.text
        if text[ctx.sentence_opening(start, ctx.para_start):start].strip(" \t“‘\"'(—–-"):
            return False
        if word not in self.openers and not self.opener_tail.match(text, start + len(word)):
            return False  # "Varga said": a surname the article may use only here
        for m in re.finditer(rf"(?<![\w’'.-]){re.escape(word)}(?![\w’'-])", text):
            before = text[max(0, m.start() - 3):m.start()].rstrip(" \t“‘\"'(")
            if before and before[-1] not in ".!?:\n":
                return False  # "... said Varga": a name in the middle of a sentence
        return True

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


def _head_before_connector(word: str, name: str, lex) -> bool:
    """Is ``word`` the head of a body's name, inside it before its connector ("Workers" in
    "Quarry Workers of America"), not its last word (a surname: "Ann Cross")?"""
    names = name.split()
    return any(names[i] == word and lex.is_connector(names[i + 1]) for i in range(1, len(names) - 1))
