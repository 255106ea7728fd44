"""A lexicon (a word list from a brief) as one regex: a trie of shared prefixes."""

from __future__ import annotations

import re
from functools import lru_cache


def lexicon_regex(words: list[str]) -> str:
    """A lexicon as one regex, factored into a trie of shared prefixes.

    Python's regex engine tries the branches of a plain alternation one by one at
    every position; a trie tries one character per branch point, which makes a
    hundred-word lexicon about as cheap as a ten-word one. Longer words are tried
    before their prefixes, so 'told' never shadows 'told reporters'.
    """
    return _lexicon_regex(tuple(sorted(set(words))))


@lru_cache(maxsize=1024)
def _lexicon_regex(words: tuple[str, ...]) -> str:
    """Cached: macros expand the same lexicons many times while a brief compiles."""
    body = _trie_regex(_trie(words))
    return f"(?:{body})" if body else "(?!)"


def lexicon_branches(words: list[str]) -> list[tuple[str, str]]:
    """The top branches of :func:`lexicon_regex`'s trie, in the order it tries them:
    (first character, regex of the rest of the words that start with it; "" when
    the character is a whole word and nothing longer starts with it)."""
    trie = _trie(words)
    return [(ch, _trie_regex(trie[ch])) for ch in sorted(k for k in trie if k)]


def _trie(words) -> dict:
    """The words as nested dicts by character; "" marks a word's end."""
    trie: dict = {}
    for word in {w for w in words if w}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
