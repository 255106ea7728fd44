"""Name shapes read with the words around a run: a number before a body's name, a
person's name before a body he ran, a chamber's committee written in lower case.

Each is a construction of news English ("the 82nd Airborne Division", "the Nixon
White House", "the Senate banking committee"); the words come from the brief.
"""

from __future__ import annotations

import re

from .lexicon import ActorLexicon

Tokens = list[tuple[int, str]]
TOKEN_RE = re.compile(r"\S+")
LOWER_TOPIC_RE = re.compile(r" ([a-z]{4,}) ([a-z]+)(?: ([a-z]+))?\b")
""" " oversight committee": one or two lower-case topic words, then a body word."""


def numbered_body(text: str, m: re.Match, lex: ActorLexicon) -> Tokens | None:
    """ "the 17 February Brigade", "the 82nd Airborne Division": a day or an ordinal
    before capitalised words ending in a body word is part of the body's name."""
    at = m.start()
    if at < 6 or not (text[at - 2].isdigit() or text[at - 4].isdigit() and text[at - 2] in "tdh"):
        return None  # cheap test first: most runs follow a word, not "17" or "82nd"
    number = lex.number_before_re.search(text, max(0, m.start() - 14), m.start())
    tokens = [(m.start() + t.start(), t.group()) for t in TOKEN_RE.finditer(m.group())]
    if number is None or len(tokens) < 2 or tokens[-1][1].rstrip(",;:") not in lex.org_words \
            or not all(w[:1].isupper() for _, w in tokens):
        return None
    tokens[-1] = (tokens[-1][0], tokens[-1][1].rstrip(",;:"))
    return [(number.start(1), number.group(1))] + tokens


def era_owner(head: Tokens, tail: Tokens, lex: ActorLexicon) -> bool:
    """ "the Nixon White House": one unknown name word right before a known body is
    the person who ran it at the time (the caller checks the "the" before it, so
    that "Top Republican Party donor" names no one "Top")."""
    if len(head) != 1:
        return False
    word = head[0][1]
    known = lex.lookup(" ".join(w for _, w in tail))
    return known is not None and known.kind == "org" and word.isalpha() and not word.isupper() \
        and lex.lookup(word) is None and word not in lex.not_names and word not in lex.body_openers \
        and word not in lex.demonyms and word not in lex.state_words and word not in lex.party_words \
        and word not in lex.body_words and word not in lex.place_prefixes


def chamber_committee(name: str, text: str, end: int, lex: ActorLexicon) -> tuple[str, int] | None:
    """ "the House oversight committee", "the Senate armed services committee": a
    chamber, a topic in lower case and a committee word are one body, named with
    capitals. Returns the name and where its surface ends."""
    if name not in lex.committee_hosts or text[end:end + 1] != " ":
        return None
    m = LOWER_TOPIC_RE.match(text, end, end + 60)
    if m is None:
        return None
    if m.group(2) in lex.lower_org_heads:
        topic, head, stop = [m.group(1)], m.group(2), m.end(2)
    elif m.group(3) in lex.lower_org_heads and len(m.group(2)) > 3:
        topic, head, stop = [m.group(1), m.group(2)], m.group(3), m.end(3)
    else:
        return None
    if any(lex.is_connector(w) or w in lex.not_names for w in topic):
        return None
    return " ".join([name] + [w.capitalize() for w in topic] + [head.capitalize()]), stop
