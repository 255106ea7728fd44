"""What the user types, as a safe FTS5 query, and words as the index sees them.

The user's words are never passed to FTS5's own query language: every word
becomes a quoted phrase of its tokens (so ``Kirby's``, ``U.S.``, a stray quote
or ``AND`` at the end cannot be a syntax error), "double quotes" keep a phrase,
a trailing ``*`` asks for a prefix, and ``OR`` between two words means either.
Tokens are cut and folded as the index's ``unicode61`` tokenizer does (letters
and digits, case and accents folded), so the quote tracker's alignment in Python
agrees with the index.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TOKEN = re.compile(r"[^\W_]+")
"""A run of letters and digits: the unicode61 tokenizer's idea of a word."""
PIECE = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Token:
    word: str
    """Folded: lower case, accents removed."""
    start: int
    end: int


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with their offsets."""
    return [Token(fold(m.group()), m.start(), m.end()) for m in TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    return [fold(m.group()) for m in TOKEN.finditer(text)]


def phrase(parts: list[str], prefix: bool = False) -> str:
    """Tokens as one FTS5 phrase: quoted, so nothing in them is query syntax."""
    return '"' + " ".join(parts) + '"' + ("*" if prefix else "")


def match_expression(query: str) -> str | None:
    """The user's query as an FTS5 expression, or None when it holds no word at all."""
    terms: list[str] = []
    pending_or = False
    for m in PIECE.finditer(query):
        quoted, bare = m.group(1), m.group(2)
        if bare == "OR" and terms:
            pending_or = True
            continue
        text = quoted if quoted is not None else bare
        parts = words(text)
        if not parts:
            continue
        term = phrase(parts, prefix=quoted is None and text.endswith("*"))
        if pending_or:
            terms[-1] = f"({terms[-1]} OR {term})"
            pending_or = False
        else:
            terms.append(term)
    return " AND ".join(terms) if terms else None


def query_words(query: str) -> list[tuple[str, bool]]:
    """Every folded word of the query, with True for a prefix (``elect*``): what a hit's
    words are marked by (the index ranks; marking a few lines is cheaper done here)."""
    found: list[tuple[str, bool]] = []
    for m in PIECE.finditer(query):
        text = m.group(1) if m.group(1) is not None else m.group(2)
        if m.group(2) == "OR":
            continue
        parts = words(text)
        prefix = m.group(1) is None and text.endswith("*")
        found += [(w, prefix and i == len(parts) - 1) for i, w in enumerate(parts)]
    return found


def first_match(text: str, wanted: list[tuple[str, bool]]) -> tuple[int, int]:
    """Where the first run of the query's words is in ``text`` (offsets; (0, 0) if none)."""
    def hit(token: Token) -> bool:
        return any(token.word == w or (prefix and token.word.startswith(w)) for w, prefix in wanted)

    found = tokens(text)
    for i, token in enumerate(found):
        if hit(token):
            end = token.end
            for following in found[i + 1:]:
                if not hit(following) or text[end:following.start].strip():
                    break
                end = following.end
            return token.start, end
    return 0, 0


def speaker_expression(name: str) -> str | None:
    """A speaker filter: the name's words as a phrase in the speaker or alias columns, so
    "Kirby" finds what a card says "John Kirby" said."""
    parts = words(name)
    return "{speaker aliases} : " + phrase(parts) if parts else None


FILTER = re.compile(r'(?<!\S)(by|is):(?:"([^"]*)"?|(\S*))', re.IGNORECASE)
KINDS = {"claim": "claim", "claims": "claim", "denial": "denial", "denials": "denial"}


@dataclass(frozen=True)
class Request:
    """One line typed into a search box: words, ``by:NAME`` (or ``by:"Full Name"``) for a
    speaker, ``is:claim`` / ``is:denial`` for a kind of card item (the command line's
    ``--speaker``, ``--claims`` and ``--denials``)."""

    words: str
    speaker: str | None = None
    kind: str | None = None
    problem: str | None = None
    """Why a filter was not understood (said to the user; the rest still searches)."""


def parse_request(line: str) -> Request:
    speaker = kind = problem = None
    for m in FILTER.finditer(line):
        name, value = m.group(1).lower(), (m.group(2) if m.group(2) is not None else m.group(3)).strip()
        if name == "by":
            speaker = value or None
        elif value.lower() in KINDS:
            kind = KINDS[value.lower()]
        else:
            problem = f"is:{value} is not a kind; use is:claim or is:denial"
    return Request(FILTER.sub(" ", line).strip(), speaker, kind, problem)
