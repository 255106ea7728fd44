"""Offices and titles: bodies named by a place and an office word, and bodies that
appear only inside someone's title.

"The U.S. attorney's office" or "the United States attorney for the Eastern
District" is a public body that speaks (conventions: an office that is itself a
public body is that body). "U.N. Ambassador Jane Doe" or "the Joint Chiefs
chairman" names an office held by a person, not the body as a party.
"""

from __future__ import annotations

import re

from ...articles.segment import Paragraph
from ..model import Actor
from .aliases import Discovered
from .lexicon import ActorLexicon
from .words import NAME_WORD

FIRST_LOWER_RE = re.compile(r"(?<![\w.])[a-z]+")
TITLE_AFTER_RE = re.compile(r"(?:’s|'s)?[\])]?\s+([A-Za-z][\w.-]*)")


def office_regex(lex: ActorLexicon) -> re.Pattern | None:
    """Place, office words, and an optional "for the <Name>" after them."""
    places = [k.surface for bucket in lex.index.values() for k in bucket if k.kind == "place"]
    places += [w for w in lex.state_words if w[:1].isupper()]
    offices = sorted(lex.place_offices, key=len, reverse=True)
    if not offices or not places:
        return None
    place = "|".join(re.escape(p) for p in sorted(set(places), key=len, reverse=True))
    office = "|".join(re.escape(o).replace("'", "['’]") for o in offices)
    tails = "|".join(re.escape(t) for t in lex.office_tails)
    connector = "|".join(re.escape(c) for c in lex.connectors)
    tail = rf"(?:\s+(?:{tails})\s+(?:{NAME_WORD})(?:\s+(?:(?:{connector})\s+)?(?:{NAME_WORD}))*)?" if tails else ""
    return re.compile(rf"(?<![\w.])(?:{place})\s+(?:{office})(?![\w’']){tail}")


def find_offices(text: str, paras: list[Paragraph], lex: ActorLexicon, pattern: re.Pattern | None) -> list[Discovered]:
    """Each office word named after a place is one body; its longest form names it."""
    if pattern is None or not any(head in text for head in lex.place_office_heads):
        return []  # no office word in the article: skip the long place alternation
    forms: dict[str, list[tuple[int, str]]] = {}
    for para in paras:
        for m in pattern.finditer(text, para.start, para.end):
            key = FIRST_LOWER_RE.search(m.group())
            forms.setdefault(key.group() if key else m.group(), []).append((m.start(), m.group()))
    found = []
    for seen in forms.values():
        name = max((s for _, s in seen), key=len)
        found.append(Discovered(name, "org", [s for _, s in seen], seen[0][0], "actor.public-office"))
    return found


def only_in_titles(text: str, actor: Actor, lex: ActorLexicon) -> bool:
    """Every mention is followed by a title ("U.N. Ambassador", "Joint Chiefs chairman"):
    the body is named only in the title of an office someone holds."""
    for start, end in actor.mentions:
        m = TITLE_AFTER_RE.match(text, end, end + 40)
        word = m.group(1) if m else ""
        if word in lex.title_words or word in lex.titles_by_first:
            if word in lex.honorifics:
                return False
            continue
        if word in lex.office_words or word in lex.office_after:
            continue  # "the Joint Chiefs chairman", "a U.S. Senate candidate"
        if not _post_before(text, start, lex):
            return False  # else "the ambassador to the United Nations", "running for the Senate"
    return bool(actor.mentions)


def _post_before(text: str, start: int, lex: ActorLexicon) -> bool:
    """The two words before the body (past "the" and up to two capitalised words
    that qualify it: "the United States Senate") hold a post in it."""
    window = text[max(0, start - 50):start]
    if not any(spaced in window for spaced in lex.office_before_spaced):
        return False  # cheap test first: no "to", "of", "for" just before
    words = window.split()
    for _ in range(2):
        if words and words[-1][:1].isupper() and words[-1].lower() not in lex.definite:
            words.pop()
    if words and words[-1].lower() in lex.definite:
        words.pop()
    return len(words) >= 2 and f"{words[-2].lower()} {words[-1].lower()}" in lex.office_before
