"""What the brief contributes to actor finding, compiled once per brief.

Every English word the actor modules use comes from here, read from the brief's
lexicons, so a story brief can extend them without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...rules.brief import Brief, GazetteerEntry
from .known_forms import FormIndex, Known, _start_regex, add_known
from .starts import MentionStarts
from .words import WORD_RE, candidate_regex, norm


def _set(brief: Brief, lexicon: str) -> frozenset[str]:
    return frozenset(brief.words(lexicon))


def _pairs(brief: Brief, lexicon: str) -> tuple[tuple[str, str], ...]:
    """A lexicon of "Form=Name" entries as (form, name) pairs."""
    return tuple((a, b) for a, _, b in (e.partition("=") for e in brief.words(lexicon)) if b)


def _article_alternation(brief: Brief, others: str = "") -> str:
    """A regex alternation of the definite articles in either case (one may open a sentence:
    "The Doe Bombshell") and of the ``others`` lexicon's words as written."""
    definite = brief.words("definite_article")
    words = definite + [w[:1].upper() + w[1:] for w in definite] + (brief.words(others) if others else [])
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass
class ActorLexicon:
    """The brief's gazetteer and word lists, in the shapes the finder asks for."""

    index: dict[str, list[Known]]
    entries: dict[str, GazetteerEntry]
    not_names: frozenset[str]
    demonyms: frozenset[str]
    titles_by_first: dict[str, list[tuple[str, ...]]]
    title_words: frozenset[str]
    title_ends: frozenset[str]
    """Last words of titles: only a run ending in one can end in a title."""
    title_suffixes: tuple[str, ...]
    """Endings that keep a title a title ("President-elect")."""
    name_suffixes: frozenset[str]
    kept_suffixes: frozenset[str]
    dotted_suffixes: frozenset[str]
    """Suffixes written with a dot that belongs to the name ("Jr.", "Corp.")."""
    org_ends: frozenset[str]
    """Last words (by :func:`norm`) of the gazetteer's organisations' forms."""
    """ "Jr.", "III": written as part of the name, but not its surname."""
    role_words: frozenset[str]
    peerage: frozenset[str]
    given_name_words: frozenset[str]
    appositive_article_re: re.Pattern
    honorifics: frozenset[str]
    org_words: frozenset[str]
    corporate_suffixes: frozenset[str]
    media_words: frozenset[str]
    body_words: frozenset[str]
    """Organisation and media words together: either makes a name a body."""
    number_words: frozenset[str]
    body_openers: frozenset[str]
    name_prefix_parts: frozenset[str]
    """First parts of camel-cased personal names ("Mc" in "McCain"); other camel-cased words are companies."""
    """First words of bodies' names, never of a person's ("National", "Federal")."""
    thing_words: frozenset[str]
    event_heads: frozenset[str]
    """First words of events and storms ("Hurricane Sandy"): no party's name."""
    party_words: frozenset[str]
    """Party labels before a name ("Democrat Mary Roe") or alone ("House Democrat")."""
    state_words: frozenset[str]
    state_starts: frozenset[str]
    """Places that qualify a title ("Minnesota Congresswoman", "Massachusetts Gov.")."""
    place_prefixes: frozenset[str]
    place_words: frozenset[str]
    place_tails: tuple[str, ...]
    """Hyphenated endings that make the name before them a place ("Paris-based")."""
    programmes: frozenset[str]
    months: frozenset[str]
    family_nouns: frozenset[str]
    administration_heads: frozenset[str]
    """Titles whose holder has an administration ("President Obama")."""
    national_groups: tuple[tuple[str, str], ...]
    """Plural group nouns and their country ("Russians" -> "Russia")."""
    national_adjectives: tuple[tuple[str, str], ...]
    """Demonyms that are also the group noun ("Chinese" -> "China")."""
    national_bodies: tuple[str, ...]
    national_firsts: frozenset[str]
    """First and last words of the nationality forms: a run opening or ending with one is looked at."""
    """Words after a demonym that name the state ("the Chinese government")."""
    """Family members a first name follows ("his daughter Bella")."""
    weekdays: frozenset[str]
    function_words: frozenset[str]
    """Capitalised function words ("Are", "Who"): inside a run, a headline, not a name."""
    connectors: frozenset[str]
    particles: frozenset[str]
    surname_particles: frozenset[str]
    """Lower-case particles a person's surname keeps ("de" in "Bill de Blasio")."""
    name_articles: frozenset[str]
    """ "The" as the first word of a paper's name ("The Weekly Standard")."""
    definite: frozenset[str]
    """The definite articles, lower case ("the"): skipped before a body or place, dropped
    from a body's name when its tail is compared ("The Times")."""
    article_before_re: re.Pattern
    """An article right before a point ("the Doe Bombshell", "a Doe Exclusive")."""
    definite_spaced: tuple[str, ...]
    """The definite articles as written, each with the space after it ("the Nixon White House")."""
    number_before_re: re.Pattern
    """A day or an ordinal after a definite article, right before a capitalised run ("the 17
    February", "the 82nd"), not a year and not a date ("on 12 March Congress voted")."""
    party_before: frozenset[str]
    party_after: frozenset[str]
    venue_before: frozenset[str]
    org_nouns: frozenset[str]
    place_offices: tuple[str, ...]
    """Lower-case office words that make "<place> attorney's office" a public body."""
    office_tails: tuple[str, ...]
    office_words: frozenset[str]
    """Lower-case titles after a body's name ("the Joint Chiefs chairman")."""
    office_after: frozenset[str]
    """Nouns after a body's name that make it part of a post ("a Senate candidate")."""
    office_before: frozenset[str]
    office_before_ends: frozenset[str]
    """Last words of ``office_before`` ("to", "of", "for"), for a cheap test."""
    """Two words before a body that hold a post in it ("ambassador to the", "running for the")."""
    lower_org_heads: tuple[str, ...]
    committee_hosts: frozenset[str]
    """Chambers whose committees news may write in lower case ("the House oversight committee")."""
    """Body words that finish a name even in lower case ("the Ethics committee")."""
    nicknames: dict[str, str]
    """Short first names and the full form they stand for ("Dick" -> "Richard")."""
    """Lower-case nouns that make the name before them a body ("Slate magazine")."""
    alias_tails: frozenset[str]
    """Last words of multi-word gazetteer forms ("the West", "The Independent"): alone, not a new name."""
    starts: MentionStarts
    candidate_re: re.Pattern
    second_words: dict[str, frozenset[str]]
    """For first words that only start longer forms: the words that may follow."""

    @classmethod
    def from_brief(cls, brief: Brief) -> "ActorLexicon":
        index = FormIndex()
        entries = {}
        for entry in brief.actors:
            entries[entry.name] = entry
            for surface in dict.fromkeys([entry.name] + entry.aliases):
                add_known(index, surface, entry.name, entry.kind, entry.id)
        titles = sorted((tuple(t.split()) for t in brief.words("titles")), key=len, reverse=True)
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for title in titles:
            by_first.setdefault(title[0], []).append(title)
        connectors = brief.words("name_connectors")
        org_words = _set(brief, "org_words") | _set(brief, "corporate_suffixes")
        media_words = _set(brief, "media_words")
        return cls(
            index=index,
            entries=entries,
            not_names=_set(brief, "not_names") | _set(brief, "months") | _set(brief, "state_codes")
            | _set(brief, "sentence_opener"),  # "Likewise, a paper ...": an adverb, never a name
            demonyms=_set(brief, "demonyms"),
            titles_by_first=by_first,
            title_words=frozenset(t[0] for t in titles if len(t) == 1),
            title_ends=frozenset(t[-1] for t in titles),
            title_suffixes=tuple(brief.words("title_suffixes")),
            name_suffixes=_set(brief, "name_suffixes"),
            kept_suffixes=_set(brief, "kept_suffixes"),
            dotted_suffixes=frozenset(w for w in brief.words("kept_suffixes") + brief.words("corporate_suffixes")
                                      if w.endswith(".")),
            org_ends=frozenset(k.words[-1] for bucket in index.values() for k in bucket if k.kind == "org"),
            role_words=_set(brief, "role"),
            peerage=_set(brief, "peerage"),
            given_name_words=_set(brief, "given_name_words"),
            appositive_article_re=re.compile(rf",\s+(?:{_article_alternation(brief, 'article')})\s"),
            honorifics=_set(brief, "honorifics"),
            org_words=org_words,
            corporate_suffixes=_set(brief, "corporate_suffixes"),
            media_words=media_words,
            body_words=org_words | media_words,
            number_words=_set(brief, "number_words"),
            body_openers=_set(brief, "body_openers"),
            name_prefix_parts=_set(brief, "name_prefix_parts"),
            thing_words=_set(brief, "thing_words"),
            event_heads=_set(brief, "event_heads"),
            party_words=_set(brief, "party_words"),
            state_words=_set(brief, "state_words"),
            state_starts=frozenset(w.split()[0] for w in brief.words("state_words")),
            place_prefixes=_set(brief, "place_prefixes"),
            place_words=_set(brief, "place_words"),
            place_tails=tuple(brief.words("place_tails")),
            programmes=_set(brief, "programmes"),
            months=_set(brief, "months"),
            family_nouns=_set(brief, "family_nouns"),
            administration_heads=_set(brief, "administration_heads"),
            national_groups=_pairs(brief, "national_groups"),
            national_adjectives=_pairs(brief, "national_adjectives"),
            national_bodies=tuple(brief.words("national_bodies")),
            national_firsts=frozenset(w for form, _ in _pairs(brief, "national_groups")
                                      + _pairs(brief, "national_adjectives")
                                      for w in (form.partition(" ")[0], form.rpartition(" ")[2])),
            weekdays=_set(brief, "weekdays"),
            function_words=_set(brief, "function_words"),
            connectors=frozenset(connectors),
            particles=_set(brief, "name_particles"),
            surname_particles=_set(brief, "surname_particles"),
            name_articles=_set(brief, "name_articles"),
            definite=frozenset(w.lower() for w in brief.words("definite_article")),
            article_before_re=re.compile(rf"\b(?:{_article_alternation(brief, 'article')})\s$"),
            definite_spaced=tuple(f"{w} " for w in brief.words("definite_article")),
            number_before_re=re.compile(rf"\b(?:{_article_alternation(brief)})\s+(\d{{1,3}}(?:st|nd|rd|th)?)\s$"),
            party_before=_set(brief, "party_before"),
            party_after=_set(brief, "party_after") | _set(brief, "say"),
            venue_before=_set(brief, "venue_before"),
            org_nouns=_set(brief, "org_nouns"),
            place_offices=tuple(brief.words("place_offices")),
            office_tails=tuple(brief.words("office_tails")),
            office_words=_set(brief, "office"),
            office_after=_set(brief, "office_after"),
            office_before=_set(brief, "office_before"),
            office_before_ends=frozenset(p.split()[-1] for p in brief.words("office_before")),
            lower_org_heads=tuple(brief.words("lower_org_heads")),
            committee_hosts=_set(brief, "committee_hosts"),
            nicknames=dict(pair.split("=", 1) for pair in brief.words("nicknames") if "=" in pair),
            alias_tails=frozenset(k.words[-1] for bucket in index.values() for k in bucket if len(k.words) > 1),
            starts=_start_regex(index),
            candidate_re=candidate_regex(connectors, brief.words("name_joiners"), [
                w for lexicon in ("titles", "honorifics", "state_words", "place_prefixes", "kept_suffixes")
                for w in brief.words(lexicon) if w.endswith(".") and " " not in w and w[:1].isupper()]),
            second_words={key: frozenset(k.words[1] for k in bucket) for key, bucket in index.items()
                          if all(len(k.words) > 1 for k in bucket)},
        )

    def __post_init__(self) -> None:
        self._lookup_cache: dict[str, Known | None] = {}
        self.person_forms: dict = {}
        """The persons of each gazetteer bucket by their words (see bucket_index.first_person), built
        once per brief: the buckets never change after the lexicon is made."""
        self.brief_persons: dict = {}
        """bucket_index.brief_person's answers, per brief (the gazetteer's buckets never change)."""
        self.surnames: dict[str, str | None] = {}
        """aliases.surname of each name asked about, kept per brief (names recur across articles)."""
        self.place_office_heads = tuple(dict.fromkeys(o.split()[0].split("'")[0] for o in self.place_offices))
        """First words of the place offices: an article with none has no office to find."""
        self.honorific_ends = frozenset(h[-1] for h in self.honorifics)
        """The last characters of the honorifics: the scan asks for one before a name only
        where the character two before it is one of these (or a space)."""
        self.office_before_spaced = tuple(f" {w} " for w in self.office_before_ends)
        """``office_before_ends`` with a space each side, for a substring test."""

    def is_media(self, name: str) -> bool:
        entry = self.entries.get(name)
        if entry is not None:
            return entry.media
        return any(w in self.media_words for w in name.split())

    def is_connector(self, word: str) -> bool:
        """A joining word inside a name ("of", "for the"); a capitalised particle is a
        name word ("Al Qaeda", "Van Morrison")."""
        return word.lower() in self.connectors and word not in self.particles

    def lookup(self, surface: str) -> Known | None:
        """The gazetteer form this surface is, if any (cached per brief)."""
        cache = self._lookup_cache
        found = cache.get(surface, _UNSEEN)
        if found is not _UNSEEN:
            return found
        found = None
        first = WORD_RE.search(surface)  # findall's first word: most surfaces asked about open no form
        bucket = self.index.get(norm(first.group())) if first is not None else None
        if bucket is not None:
            words = tuple([norm(w) for w in WORD_RE.findall(surface)])
            for known in bucket:
                if known.words == words:
                    found = known
                    break
        if len(cache) > 100_000:
            cache.clear()
        cache[surface] = found
        return found


_UNSEEN = object()
"""A surface not looked up yet (None is a cached answer: no such form)."""


