"""What the brief contributes to actor finding, compiled once per brief.

Every English word the actor modules use comes from here, read from the brief's
lexicons (by lexicon_build.actor_lexicon), so a story brief can extend them without
touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...rules.brief import GazetteerEntry
from .known_forms import Known
from .starts import MentionStarts
from .words import WORD_RE, norm


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
    """ "Jr.", "III": written as part of the name, but not its surname."""
    dotted_suffixes: frozenset[str]
    """Suffixes written with a dot that belongs to the name ("Jr.", "Corp.")."""
    org_ends: frozenset[str]
    """Last words (by :func:`norm`) of the gazetteer's organisations' forms."""
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
    """First words of bodies' names, never of a person's ("National", "Federal")."""
    name_prefix_parts: frozenset[str]
    """First parts of camel-cased personal names ("Mc" in "McCain"); other camel-cased words are companies."""
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
    """Family members a first name follows ("his daughter Bella")."""
    administration_heads: frozenset[str]
    """Titles whose holder has an administration ("President Obama")."""
    national_groups: tuple[tuple[str, str], ...]
    """Plural group nouns and their country ("Russians" -> "Russia")."""
    national_adjectives: tuple[tuple[str, str], ...]
    """Demonyms that are also the group noun ("Chinese" -> "China")."""
    national_bodies: tuple[str, ...]
    """Words after a demonym that name the state ("the Chinese government")."""
    national_firsts: frozenset[str]
    """First and last words of the nationality forms: a run opening or ending with one is looked at."""
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
    """Lower-case nouns that make the name before them a body ("Slate magazine")."""
    place_offices: tuple[str, ...]
    """Lower-case office words that make "<place> attorney's office" a public body."""
    office_tails: tuple[str, ...]
    office_words: frozenset[str]
    """Lower-case titles after a body's name ("the Joint Chiefs chairman")."""
    office_after: frozenset[str]
    """Nouns after a body's name that make it part of a post ("a Senate candidate")."""
    office_before: frozenset[str]
    """Two words before a body that hold a post in it ("ambassador to the", "running for the")."""
    office_before_ends: frozenset[str]
    """Last words of ``office_before`` ("to", "of", "for"), for a cheap test."""
    lower_org_heads: tuple[str, ...]
    """Body words that finish a name even in lower case ("the Ethics committee")."""
    committee_hosts: frozenset[str]
    """Chambers whose committees news may write in lower case ("the House oversight committee")."""
    nicknames: dict[str, str]
    """Short first names and the full form they stand for ("Dick" -> "Richard")."""
    alias_tails: frozenset[str]
    """Last words of multi-word gazetteer forms ("the West", "The Independent"): alone, not a new name."""
    starts: MentionStarts
    candidate_re: re.Pattern
    second_words: dict[str, frozenset[str]]
    """For first words that only start longer forms: the words that may follow."""

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


