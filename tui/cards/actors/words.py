"""Word-level helpers shared by the actor modules: how a word is read and keyed.

Kept apart so that name boundaries, kinds and the mention scan agree on what a
word is ("Biden’s" is "Biden", "U.S." keys as "u.s").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...rules.lexicons import lexicon_regex

WORD_RE = re.compile(r"[A-Za-z0-9][\w’'&.-]*[\w&]|[A-Za-z0-9]")
NAME_TAIL = r"(?:\.(?:[A-Z]\.)+(?![\w’'])|[\w’'&.-]*(?:[\w&]|(?<=s)[’'](?=\s+[A-Z])))"
NAME_WORD = r"[A-Z]" + NAME_TAIL
"""A capitalised word; a dotted abbreviation keeps its last dot ("U.S.", "F.B.I.")."""


def candidate_regex(connectors: list[str], joiners: list[str], dotted: list[str] = ()) -> re.Pattern:
    """A capitalised run, with the brief's lower-case connectors inside it ("Office
    for the Eastern District"), its joined particles ("Ansar al-Sharia") and its
    dotted abbreviations before a capitalised word ("Maryland Gov. Jane Doe")."""
    inner = "|".join(re.escape(c) for c in sorted(connectors, key=len, reverse=True))
    joined = "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True))
    abbreviation = rf"(?:{lexicon_regex(sorted(set(dotted)))})(?=\s+[A-Z])|" if dotted else ""
    word = (f"(?:{abbreviation}(?:{joined})(?:{NAME_WORD})|" if joined else f"(?:{abbreviation}") \
        + NAME_WORD + r"|[A-Z]\.)"
    gap = rf"\s+(?:(?:{inner})\s+)*" if inner else r"\s+"
    # A run does not start with an abbreviation: a title there is dropped anyway.
    # Every alternative of the first word opens with one capital, factored out so
    # that the regex engine can skip to capitals at once.
    return re.compile(rf"[A-Z](?:{NAME_TAIL}|\.?)(?:{gap}{word})*")


LOWER_TAIL_RE = re.compile(r"(?<=[A-Za-z])-[a-z][a-z-]*$")
"""A lower-case ending joined by a hyphen ("Qaeda-linked", "President-elect") is not part of the name."""
POSSESSIVE_RE = re.compile(r"(?:’s|'s|’|')$")
ACRONYM_RE = re.compile(r"^[A-Z]{2,6}$")
LONG_ACRONYM_RE = re.compile(r"^[A-Z]{3,6}$")
"""A name that opens with one ("ABN Amro", "AOL UK") is a body; two capitals may be initials ("JK Rowling")."""
NEXT_WORD_RE = re.compile(r"\s+([A-Za-z0-9][\w’'&.-]*[\w&]|[A-Za-z0-9])")
HONORIFIC_BEFORE_RE = re.compile(r"(\S+)\s+$")
ADMINISTRATION_RE = re.compile(r"(?:’s|'s)?\s+[Aa]dministration\b")
INITIAL_RE = re.compile(r"^[A-Z]\.?$")


def strip_possessive(word: str) -> str:
    if word.endswith(("’s", "'s")):
        return word[:-2]
    if word.endswith(("’", "'")):
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 16)
def case_key(word: str) -> str:
    """A word as its case must match: no possessive, no trailing dot.
    Cached: the scan asks for the same few thousand words in every article."""
    return LOWER_TAIL_RE.sub("", strip_possessive(word).rstrip("."))


@lru_cache(maxsize=1 << 16)
def norm(word: str) -> str:
    """The lookup key of a word: :func:`case_key` in lower case."""
    return case_key(word).lower()


def words_at(text: str, start: int, count: int, limit: int,
             first: tuple[int, int, str] | None = None) -> list[tuple[int, int, str]]:
    """Up to ``count`` words from ``start``, stopping at punctuation between words.

    ``first``, when the caller has already read the word at ``start`` as WORD_RE
    reads it there, saves reading it again: the scan's one-word forms, the usual
    case, then need no regex pass at all (the search goes on from its end, where
    the pass from ``start`` would go on too)."""
    if first is not None:
        if count == 1:
            return [first]
        words: list[tuple[int, int, str]] = [first]
        start = first[1]
    else:
        words = []
    for m in WORD_RE.finditer(text, start, limit):
        if words:
            gap = text[words[-1][1]:m.start()].strip(" ’'")  # "Workers’ Compensation" reads on
            if gap and not (gap == "." and ("." in words[-1][2] or INITIAL_RE.match(words[-1][2]))):
                # so do "U.S. attorney" and "Ellen R. Marsh"
                break
        words.append((m.start(), m.end(), m.group()))
        if len(words) == count:
            break
    return words


def shouted(words: list[str], text: str) -> bool:
    """All capitals, and the same word occurs in lower case elsewhere in the article:
    a slogan or emphasis ("NO DEAL", "FALSE"), not an acronym ("NATO", "FBI")."""
    if not all(w.isalpha() and w.isupper() and len(w) > 1 for w in words):
        return False
    if len(words) == 1 and len(words[0]) > 5 or len(words) > 1 and any(len(w) > 4 for w in words):
        return True  # "SECRET", "CORRECTION APPENDED": a long unknown acronym is rarer than a shout
    return any(in_lower_case(w.lower(), text) for w in words)  # "NEW YORK", "NO DEAL"; not "ACME UK"


_WHOLE_WORD_RE = re.compile(r"[^\W_]+")
"""A maximal run of characters for which str.isalnum() holds."""
LONG_TEXT = 50_000
_whole_words: tuple[str, frozenset[str]] = ("", frozenset())
"""The last long text's alphanumeric runs: a long article asks about many words."""


def in_lower_case(word: str, text: str) -> bool:
    """Whether the word (letters only) occurs as a whole lower-case word in the text.

    In a long text the answer comes from the set of its words, built once, instead of
    a search of the whole text per word: the word, bounded by non-alphanumeric
    characters, is one such run."""
    global _whole_words
    if len(text) > LONG_TEXT and word.isalpha():
        cached = _whole_words
        if cached[0] is not text:
            cached = _whole_words = (text, frozenset(_WHOLE_WORD_RE.findall(text)))
        return word in cached[1]
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, end)
    return False
