"""Family members named by a first name: "his daughter Bella" is Bella Santorum.

The conventions give a family member's first name the family's full name, with
the first name as the form the article uses. The owner is the person named in
the possessive ("Doe's wife, Karen") or, after "his"/"her", the person whose
surname was read last before it. One regex pass over the text, built from the
brief's ``family_nouns``, runs only when one of those nouns occurs.
"""

from __future__ import annotations

import re

from .aliases import Discovered, surname
from .lexicon import ActorLexicon

FAMILY_RULE = "actor.family-name"


def family_regex(lex: ActorLexicon) -> re.Pattern | None:
    """Owner, an optional adjective ("late", "youngest"), a family noun, a first name
    that no capitalised word follows (else the full name is written out)."""
    if not lex.family_nouns:
        return None
    nouns = "|".join(sorted(lex.family_nouns, key=len, reverse=True))
    return re.compile(r"(?:\b(?:[Hh]is|[Hh]er)|\b([A-Z][\w-]+)(?:’s|'s|’|'))\s+(?:[a-z]+\s+)?(?:" + nouns
                      + r"),?\s+([A-Z][a-z]+)\b(?![’'-]|\s+[A-Z]|\.\s*[A-Z]\.)")


def find_family(text: str, found: dict[str, Discovered], lex: ActorLexicon, pattern: re.Pattern | None) -> None:
    """Add each family member named by a first name, under the owner's surname."""
    if pattern is None or not any(noun in text for noun in lex.family_nouns):
        return
    people = {}
    for d in found.values():
        last = surname(d.name, lex) if d.kind == "person" else None
        if last:
            people.setdefault(last, d.name)
    if not people:
        return
    for m in pattern.finditer(text):
        first = m.group(2)
        if first in lex.not_names or first in people or first in lex.title_words or first in lex.honorifics:
            continue
        owner = m.group(1)
        last = owner if owner in people else None
        if owner is None:
            # "his wife": the person whose surname was read last before the noun
            at, last = max((text.rfind(s, 0, m.start()), s) for s in people)
            if at < 0:
                continue
        if last is None:
            continue
        name = f"{first} {last}"
        d = found.get(name)
        if d is None:
            d = found[name] = Discovered(name, "person", first=m.start(2), rule=FAMILY_RULE)
        d.surfaces.append(first)
