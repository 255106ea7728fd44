"""Where a capitalised run holds a person's name beside other words: a surname's
particles ("Bill de Blasio"), a body the person works for ("Ann Roe of the Lakeside
Policy Center"), a post before a party word ("Senate Intelligence Ranking Democrat Ann
Roe"). Read by :func:`.spans.clean`; kept apart so that module stays one job, the cuts.
"""

from __future__ import annotations

from .kinds import PERSON, name_kind
from .lexicon import ActorLexicon


def party_before_name(names: list[str], lex: ActorLexicon) -> int:
    """Where a party word stands inside the run with a person's name of two or three words
    after it and nothing the brief knows ("... Ranking Democrat Ann Roe"); 0 when none."""
    party = next((i for i, w in enumerate(names[1:-2], 1) if w in lex.party_words), 0)
    if party and len(names) - party <= 4 and lex.body_words.isdisjoint(names[party + 1:]) \
            and name_kind(names[party + 1:], lex) == PERSON and lex.lookup(" ".join(names[party + 1:])) is None:
        return party
    return 0


def particle_name(names: list[str], lex: ActorLexicon) -> bool:
    """ "Bill de Blasio", "Ann van der Berg": capitalised words, then lower-case surname
    particles right before the last word; one person, not two names cut at a connector."""
    first = next((i for i, w in enumerate(names) if lex.is_connector(w)), 0)
    return 0 < first < len(names) - 1 and all(w in lex.surname_particles for w in names[first:-1]) \
        and names[-1][:1].isupper() and all(w[:1].isupper() for w in names[:first]) \
        and lex.lookup(names[-1]) is None and not _cut_short(names[-1])  # "Tour de France": an event in a place


def _cut_short(word: str) -> bool:
    """A word that ends in a capital after small letters ("JesA" of a mis-encoded "JesÃºs"):
    the run stopped inside the word, so it is no whole surname."""
    return word[-1].isupper() and not word.isupper()


def affiliation(names: list[str], lex: ActorLexicon) -> int:
    """Where a person's name ends before the connector that ties them to a body ("Ann Roe of
    the Lakeside Policy Center", "Al Pike of Acme Partners"): the first connector, after two
    or three words that name a person and no body, with a body word after it; or one word before
    "of", a surname ("Mr. Roe of the Lakeside Policy Center": the honorific is a run of its own),
    that the brief knows as no actor or title. 0 when the run is one name ("Bank of America",
    "University of Lakeside", "Joint Chiefs of Staff")."""
    cut = next((i for i, w in enumerate(names[:4]) if lex.is_connector(w)), 0)
    if cut < 1 or lex.body_words.isdisjoint(names[cut + 1:]) or not lex.body_words.isdisjoint(names[:cut]):
        return 0
    if cut == 1:
        word = names[0]
        if names[1] != "of":
            return 0  # "Staff for the House Committee": a body's staff, one name
        known = lex.lookup(word) is not None or word in lex.title_words or word in lex.titles_by_first
        return 0 if known or word.lower() in lex.role_words or word in lex.not_names else 1
    return cut if name_kind(names[:cut], lex) == PERSON else 0
