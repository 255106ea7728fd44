"""The forms actor finding looks for: each surface a name may be written in, whom it names,
and an index by first word that keeps each bucket longest form first; and the pattern of
where a mention can start.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ...rules.lexicons import lexicon_branches, lexicon_regex
from .starts import MentionStarts
from .words import WORD_RE, case_key, norm


@dataclass
class Known:
    """One surface form to look for, and whom it names (mutable: merging renames it)."""

    words: tuple[str, ...]
    name: str
    kind: str
    case_sensitive: bool
    surface: str
    rule: str
    case_words: tuple[str, ...] = ()
    """The surface's words by :func:`case_key`, for case-sensitive forms."""


def _start_regex(index: dict[str, list[Known]]) -> MentionStarts:
    """Where a mention can start: a capitalised word, or a whole known form that is
    written in lower case ("the West") or may be ("state department")."""
    exact = {" ".join(WORD_RE.findall(k.surface)) for b in index.values() for k in b
             if k.case_sensitive and k.surface[:1].islower()}
    folded = {" ".join(k.words) for b in index.values() for k in b if not k.case_sensitive}
    alternatives = [r"[A-Z0-9][\w’'&.-]*[\w&]|[A-Z]"]
    lower = [lexicon_regex(sorted(exact))] if exact else []
    if folded:
        lower.append(_folded_after_lower(folded))
    if lower:
        # Lower-case forms are tried only where a lower-case word starts.
        alternatives.append(r"(?=[a-z])(?:" + "|".join(lower) + r")(?![\w&])")
    return MentionStarts("|".join(alternatives))


def _folded_after_lower(forms: set[str]) -> str:
    """``(?i:<trie of forms>)`` for a place where the first character is known to be a
    lower-case ASCII letter (``(?=[a-z])``), with that first letter matched exactly.

    The same matches, in the same order, about a third faster: the regex engine skips a
    branch that opens with a plain letter after one comparison, while a case-insensitive
    letter costs a full step, and this is tried at every lower-case word of every article.
    There an ASCII letter under (?i) can only match itself (its other case forms are
    not in [a-z]), so the rest of each form stays case-insensitive as before."""
    branches = []
    for ch, rest in lexicon_branches(sorted(forms)):
        if "a" <= ch <= "z":
            branches.append(ch + (f"(?i:{rest})" if rest else ""))
        else:
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(f"(?i:{piece}{rest})")
    return "(?:" + "|".join(branches) + ")"


class FormIndex(dict[str, list[Known]]):
    """Known forms keyed by their first word, each bucket longest form first.

    It also keeps the (words, name) pairs already added, so that :func:`add_known`'s
    duplicate test is a set lookup and its insertion a bisection: a first name's bucket
    holds every person of that name, and scanning and re-sorting it for each new form made
    a long article of many names quadratic (issue 13)."""

    __slots__ = ("added",)

    def __init__(self) -> None:
        super().__init__()
        self.added: set[tuple[tuple[str, ...], str]] = set()


@lru_cache(maxsize=1 << 16)
def _form(surface: str) -> tuple[tuple[str, ...], bool, tuple[str, ...]]:
    """A surface's lookup words, whether its case must match, and its words by case_key.
    Cached: an article's names and their surfaces recur from article to article."""
    raw_words = WORD_RE.findall(surface)
    words = tuple([norm(w) for w in raw_words])
    # One-word forms must match their case ("US" is not "us"); so must forms
    # with a lower-case word ("the West" is not "the west of the city").
    case_sensitive = len(words) == 1 or any(w[0].islower() for w in raw_words)
    return words, case_sensitive, tuple([case_key(w) for w in raw_words]) if case_sensitive else ()


def _minus_length(known: Known) -> int:
    return -len(known.words)


def add_known(index: FormIndex, surface: str, name: str, kind: str, rule: str) -> None:
    """Add a form; a bucket stays ordered longest first, forms of one length in the order added."""
    words, case_sensitive, case_words = _form(surface)
    if not words or (words, name) in index.added:
        return
    index.added.add((words, name))
    bucket = index.setdefault(words[0], [])
    known = Known(words, name, kind, case_sensitive, surface, rule, case_words)
    # after every form at least as long: what a stable sort, longest first, gave
    bucket.insert(bisect_right(bucket, -len(words), key=_minus_length), known)
