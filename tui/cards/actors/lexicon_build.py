"""Building an :class:`ActorLexicon` from a brief: each field read from its lexicon.

Kept apart from the class so that the class reads as the list of what actor finding asks
about, and this module as where each answer comes from.
"""

from __future__ import annotations

import re

from ...rules.brief import Brief
from .known_forms import FormIndex, _start_regex, add_known
from .lexicon import ActorLexicon
from .words import candidate_regex


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


def actor_lexicon(brief: Brief) -> ActorLexicon:
    """The brief's actor words compiled once: every list the finder asks about, and the
    indexes derived from them (the gazetteer's forms by first word, titles by first word)."""
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
    return ActorLexicon(
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
