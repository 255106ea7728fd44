"""Source resolution: which actor a source phrase ("Mr. Doe", "he", "the company",
"officials familiar with the matter") names, and why.

The phrase comes from an attribution rule; the answer comes from the article's own
mentions and the speaker in focus, with the speaker model (speakers.py) for roles,
staff and pronouns. Each answer leaves a sentence in ``ctx.how`` for the why view.
"""

from __future__ import annotations

from bisect import bisect_left

from ..articles.segment import Paragraph
from ..rules.brief import Brief
from ..rules.patterns import search_pattern
from .actors import ActorLexicon
from .actors.slashes import slash_joined
from .article_state import ArticleState
from .source_vocabulary import member_joint, name_join
from .descriptors import Descriptors
from .matching import unique_actors
from .model import Actor
from .named_sources import NamedSources
from .body_sources import BodySources
from .pronoun_sources import PronounSources
from .role_sources import RoleSources
from .speakers import SpeakerModel
from .title_joins import TitledJoin
from .unlisted_names import UnlistedNames
from .unnamed_principals import UnnamedPrincipals, opens_article



class SourceResolver(NamedSources, PronounSources, BodySources, RoleSources, UnlistedNames):
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
        self.member_joint = search_pattern(member_joint(brief) + r"(?:[A-Z][\w’'-]*\.?\s+){0,3}")  # "Ann Roe (R) and", "Ann Roe of Lakeland and"
        self.member_tail = search_pattern(brief.macros.get("list_member_tail", "(?!x)x"))
        self.and_join = search_pattern(rf"\b(?:{words('list_conjunction')})\b")
        self.anaphoric = {w.lower() for w in brief.words("anaphoric_determiner")}
        self.definite = {w.lower() for w in brief.words("definite_article")}
        self.group_heads = {w.lower() for w in brief.words("group_head")}
        self.author_by = {w.lower() for w in brief.words("relay_by")}  # "The study, led by Ann Roe, ..."
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
            return self._unnamed_source(ctx, phrase, lowered, first, start)
        if first in self.anaphoric and not self.role_words.isdisjoint(lowered):
            return self._anaphoric_role(ctx, phrase, lowered, start)
        if not self.role_words.isdisjoint(lowered):
            return self._role_phrase(ctx, phrase, start)
        return self._unlisted_name(ctx, phrase, start)

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
