"""Kinds: whether a discovered name is a person, an organisation or a place.

Decided from the name's own words (its head word, a corporate suffix, a place
prefix), then from how the text treats it (an honorific before it, "he" or "she"
after it, a lower-case body noun after it: "Slate magazine"). A name ending in an
organisation word is never a person by default.
"""

from __future__ import annotations

import re

from .lexicon import ActorLexicon
from .words import ACRONYM_RE, LONG_ACRONYM_RE

ORG = ("org", "actor.org-name")
PERSON = ("person", "actor.capitalised-name")
PLACE = ("place", "actor.place-name")
CALL_SIGN_RE = re.compile(r"^[A-Z]{2,5}\d{1,2}$")
CAMEL_RE = re.compile(r"^([A-Z][a-z]+)[A-Z][a-z]+$")
"""One word with a second capital after lower-case letters ("LinkedIn", "McCain")."""
DOTTED_ACRONYM_RE = re.compile(r"^(?:[A-Z]\.){3,6}$")
"""Three or more dotted capitals ("S.E.C.", "F.D.A."): a body as some papers write it; two ("U.S.", "D.C.") are mostly places."""
"""A channel's call sign ("NY1", "WJZ13")."""
NEXT_LOWER_RE = re.compile(r"[\s,]+(?:(?:the|a|an)\s+)?([a-z]+)")
NOUN_BEFORE_RE = re.compile(r"(?:\bthe\s+(?:[a-z]+\s+)?([a-z]+)\s+|(?<![’'])\b(?:[a-z]+\s+)?([a-z]+),\s+)$")
""" "the group X", "the militant group X", "a terrorist group, X": a body noun before the name."""
AFFILIATION_RE = re.compile(r"(?:\b[a-z]+|[,;:(—–])\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2})\s+of\s+$")
""" "for Jane Doe of X": a name of two or three words after a lower-case word, then "of"."""
SUFFIX_AFTER_RE = re.compile(r",\s+([A-Z][\w.]*)")


def name_kind(words: list[str], lex: ActorLexicon) -> tuple[str, str] | None:
    """The kind of a name of two or more words, or None when it names no party."""
    first = lex.lookup(words[0])
    if words[-1] in lex.place_words and (words[0] in lex.place_prefixes or (first and first.kind == "place")):
        return PLACE  # "New York City", "St. Petersburg Island"
    if not lex.body_words.isdisjoint(words) or LONG_ACRONYM_RE.match(words[0]) \
            or any(LONG_ACRONYM_RE.match(w) and w not in lex.kept_suffixes and w not in lex.name_suffixes
                   for w in words[1:]) \
            or any(".com" in w or ".org" in w for w in words):
        if not lex.number_words.isdisjoint(words) and not ACRONYM_RE.match(words[0]):
            return None
        return ORG
    if words[-1].lower() in lex.role_words or words[0] in lex.event_heads:
        return None  # "Promotions Coordinator" is a job, "Hurricane Ida" a storm: not names
    if first is not None and first.kind == "org":
        return ORG  # "Bloomberg Politics": a body's name opens it
    if not lex.thing_words.isdisjoint(words[1:]):
        # "Berlin Film Festival", "Consumer Credit Bill": an event or a law, not a party.
        # Not the first word: "Bill Gates" and "Oscar Wilde" are people.
        return None
    if not lex.number_words.isdisjoint(words):
        return None  # "Track Two", "Six Nations": no one's name counts
    if words[-1] in lex.place_words or words[0] in lex.place_prefixes:
        return PLACE  # "Staten Island", "New Haven"
    return PERSON


def single_kind(word: str, lex: ActorLexicon) -> tuple[str, str] | None:
    """The kind of a one-word name from its own letters, or None when undecided."""
    if word in lex.org_words:
        return None  # "Administration" alone names no one
    if "A" <= word[1:2] <= "Z" and (ACRONYM_RE.match(word) or CALL_SIGN_RE.match(word)) \
            or ".com" in word or ".org" in word:  # both patterns open with two capitals
        return ORG
    if word[1:2] == "." and DOTTED_ACRONYM_RE.match(word):
        return ORG
    return None


def camel_company(word: str, lex: ActorLexicon) -> bool:
    """ "LinkedIn", "JetBlue": one word with a capital inside is a company's name, unless it
    opens on a name's prefix ("McCain", "DeSantis", "LaToya")."""
    camel = CAMEL_RE.match(word) if word[1:2].islower() else None
    return camel is not None and camel.group(1) not in lex.name_prefix_parts


def kind_from_context(text: str, end: int, lex: ActorLexicon) -> str | None:
    """ "Slate magazine", "Acme, the company": a body noun right after the name."""
    m = NEXT_LOWER_RE.match(text, end, end + 40)
    if m and m.group(1) in lex.org_nouns:
        return "org"
    return None


def titled(text: str, start: int, lex: ActorLexicon) -> bool:
    """A title or honorific right before a one-word name makes it a person's."""
    before = text[max(0, start - 24):start].split()
    if not before:
        return False
    word = before[-1]
    return word in lex.honorifics or word in lex.title_words or word.rstrip(".") in lex.title_words


def lower_org_head(text: str, end: int, lex: ActorLexicon) -> str | None:
    """A body word written in lower case after a name ("House Ethics committee")."""
    m = NEXT_LOWER_RE.match(text, end, end + 20)
    if m and m.start(1) == end + 1 and m.group(1) in lex.lower_org_heads:
        return m.group(1)
    return None


def org_by_context(text: str, start: int, end: int, lex: ActorLexicon) -> bool:
    """A person-shaped name the text treats as a body: a body noun before it ("the
    group Ansar Dawa", "a rival firm, Hale Dorr"), a corporate suffix after a comma
    ("Pie Shop, L.L.C."), or a name of several words after "Jane Doe of" (where she works)."""
    window = text[max(0, start - 40):start]
    last = window.rsplit(None, 1)[-1:]
    if last and (window.endswith(", ") or last[0] in lex.org_nouns):  # cheap test before the regex
        m = NOUN_BEFORE_RE.search(window)
        if m and (m.group(1) or m.group(2)) in lex.org_nouns \
                and not window[:m.start()].rstrip().endswith(("’s", "'s", "s’", "s'")) \
                and (m.group(1) or text[end:end + 1] in ",.;)") and "." not in text[start:end]:
            # not "the paper’s publisher, Kay Doe" (a post held in a body), nor "at a law firm,
            # Ann B. Roe said" (a person after the clause): an appositive closes after the name
            return True
    # SUFFIX_AFTER_RE opens with a comma: most names are followed by none, and no regex runs
    after = SUFFIX_AFTER_RE.match(text, end, end + 12) if text.startswith(",", end) else None
    if after and after.group(1) in lex.corporate_suffixes:
        return True
    if text[start - 4:start] == " of " and " " in text[start:end]:
        before = AFFILIATION_RE.search(text, max(0, start - 50), start)
        if before:
            return not any(w in lex.title_words or w in lex.titles_by_first or w in lex.body_words
                           or w in lex.place_words for w in before.group(1).split())
    return False
