"""Family members named by a first name: "his daughter Bella" is Bella Santorum.

The conventions give a family member's first name the family's full name, with
the first name as the form the article uses. The owner is the person named in
the possessive ("Doe's wife, Karen") or, after "his"/"her", the person whose
surname was read last before it. The brief's ``family_nouns`` are found by
substring search; the short regexes read only the words around each.
"""

from __future__ import annotations

import re

from .aliases import Discovered, surname
from .lexicon import ActorLexicon

FAMILY_RULE = "actor.family-name"


OWNER_BEFORE_RE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er)|\b([A-Z][\w-]+)(?:’s|'s|’|'))\s+(?:[a-z]+\s+)?$")
""" "his ", "his late ", "Doe's ": who the family member belongs to, right before the noun."""
FIRST_AFTER_RE = re.compile(r",?\s+([A-Z][a-z]+)\b(?![’'-]|\s+[A-Z]|\.\s*[A-Z]\.)")
""" " Bella", ", Karen": a first name that no capitalised word follows (else the full name is written)."""


def _nouns_at(text: str, lex: ActorLexicon):
    """Where a family noun stands as a whole word: one substring search per noun, far
    cheaper than a regex pass over the text, and the nouns are rare."""
    for noun in lex.family_nouns:
        at = text.find(noun)
        while at >= 0:
            end = at + len(noun)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                yield at, end
            at = text.find(noun, end)


def find_family(text: str, found: dict[str, Discovered], lex: ActorLexicon) -> None:
    """Add each family member named by a first name, under the owner's surname."""
    hits = []
    for at, end in _nouns_at(text, lex):
        name_m = FIRST_AFTER_RE.match(text, end, end + 30)
        owner_m = OWNER_BEFORE_RE.search(text, max(0, at - 40), at) if name_m else None
        if owner_m:
            hits.append((at, owner_m, name_m))
    if not hits:
        return  # the common case: no family member named by a first name
    people: dict[str, str] = {}
    for d in found.values():
        last = surname(d.name, lex) if d.kind == "person" else None
        if last:
            people.setdefault(last, d.name)
    if not people:
        return
    for at, owner_m, name_m in hits:
        first = name_m.group(1)
        if first in lex.not_names or first in people or first in lex.title_words or first in lex.honorifics:
            continue
        owner = owner_m.group(1)
        last = owner if owner in people else None
        if owner is None:
            # "his wife": the person whose surname was read last before the noun
            where, last = _last_surname(text, people, at)
            if where < 0:
                continue
        if last is None:
            continue
        name = f"{first} {last}"
        d = found.get(name)
        if d is None:
            d = found[name] = Discovered(name, "person", first=name_m.start(1), rule=FAMILY_RULE)
        d.surfaces.append(first)


def _last_surname(text: str, people: dict[str, str], at: int) -> tuple[int, str]:
    """``max((text.rfind(s, 0, at), s) for s in people)``, searched in windows that
    double backwards from ``at``: the surname read last is usually a sentence or two
    back, and a search of the whole text per surname is quadratic on a long article.
    An occurrence found in [lo, at) beats every one that starts before lo."""
    width = 256
    while True:
        lo = max(0, at - width)
        best = max((text.rfind(s, lo, at), s) for s in people)
        if best[0] >= 0 or lo == 0:
            return best
        width *= 2
