"""Titles inside a capitalised run: "Foreign Minister", "Vice President-elect", "Missouri
Secretary of State", a state before a title ("Minnesota Congresswoman") and the post after one
("of Foreign Affairs of Russia"). Name boundaries (spans.py) and written forms (written.py) cut
them off the name, from the brief's title lexicons.
"""

from __future__ import annotations

from .lexicon import ActorLexicon
from .words import ACRONYM_RE, INITIAL_RE

Tokens = list[tuple[int, str]]
"""Words of a capitalised run with their offsets."""


def state_prefix(words: Tokens, lex: ActorLexicon) -> int:
    """How many leading words are a state qualifying a title or party word after it
    ("Minnesota Congresswoman", "New York Democrat", "U.S. Attorney")."""
    if words[0][1] not in lex.state_starts:
        return 0
    for k in (2, 1):
        if len(words) <= k or " ".join(w for _, w in words[:k]) not in lex.state_words:
            continue
        rest = words[k:]
        if rest[0][1] in lex.party_words or title_at(rest + [(0, "X")], lex) \
                or (len(rest) == 1 and rest[0][1] in lex.title_words):
            return k
    return 0

def drop_portfolio(words: Tokens, lex: ActorLexicon) -> Tokens:
    """After a title, "of Foreign Affairs of Russia" or "for Europe," names the post,
    not the holder: drop it up to the next connector. A body ("Chief Executive of
    AOL UK") is kept, and so is a longer run with no connector after it ("of State
    Colin Powell"), which may end in the name."""
    if not words or words[0][1] not in ("of", "for"):
        return words
    following = next((i for i in range(1, len(words)) if lex.is_connector(words[i][1])), len(words))
    post = [w for _, w in words[1:following]]
    if any(ACRONYM_RE.match(w) or w in lex.org_words or lex.lookup(w) is not None for w in post):
        return words
    if following < len(words) or len(post) <= 2:
        return words[following:]
    # "Supervisor of Elections Ann Roe", "Minister of Foreign Affairs Ivan Petrov": the
    # holder's name is the last two words (three with a middle initial)
    keep = 3 if INITIAL_RE.match(words[-2][1]) else 2
    return words[-keep:]

def _base_title_word(word: str, lex: ActorLexicon) -> str:
    if not word.endswith(lex.title_suffixes):
        return word  # the common case, in one test
    for suffix in lex.title_suffixes:
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[:-len(suffix)]
    return word

def _dotted_initial(word: str) -> bool:
    """ "T.": a middle initial, after which a title word ("King", "Prince") is a surname."""
    return len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z"

def title_at(words: Tokens, lex: ActorLexicon) -> int:
    """How many leading words are a title ("Foreign Minister", "Vice President-elect")."""
    first = _base_title_word(words[0][1], lex)
    for title in lex.titles_by_first.get(first, ()):
        if len(title) < len(words) and tuple(_base_title_word(w, lex) for _, w in words[:len(title)]) == title:
            return len(title)
    # "Home Secretary Charles Clarke": a title word with a two-word name after it.
    for k in range(1, len(words) - 2):
        if _base_title_word(words[k][1], lex) in lex.title_words and all(w[0].isupper() for _, w in words[:k]) \
                and not _dotted_initial(words[k - 1][1]):  # "Peter T. King": after an initial, a surname
            return k + max(1, title_at(words[k:], lex))  # "Missouri Secretary of State Ann Roe"
    return 0
