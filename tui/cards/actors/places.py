"""Places count only as parties.

The conventions list a place when it acts or is acted on as a party ("Russia's
attempts", "talks with Mexico", "Moscow said"), not when it is a venue ("in
Brooklyn"), a dateline, or a modifier ("Ohio voters"). The words that mark each
case come from the brief (``party_before``, ``party_after``, ``venue_before``).
"""

from __future__ import annotations

import re

from ..model import Actor
from .lexicon import ActorLexicon

WORD_AFTER_RE = re.compile(r"(’s|'s|’|')?\s*(?:[,—–-]\s*)?([A-Za-z]+)?")
BETWEEN_RE = re.compile(r"\bbetween\b[^.;:]{0,80}\band\s+$")


def _words_before(text: str, start: int, lex: ActorLexicon) -> list[str]:
    """The two words before a mention, lower case, without a "the" between
    ("close to the Kremlin" gives ["close", "to"]). Slicing and splitting is much
    cheaper than an end-anchored regex search, and this runs for every mention."""
    words = text[max(0, start - 40):start].replace(",", " ").split()
    if words and words[-1].lower() in lex.definite:
        words.pop()
    return [w.lower() for w in words[-2:]]


def is_party_mention(text: str, start: int, end: int, lex: ActorLexicon) -> bool:
    """Whether this mention treats the place as a party."""
    after = WORD_AFTER_RE.match(text, end, end + 40)
    if after and after.group(1):
        return True  # "Russia's attempts"
    before = _words_before(text, start, lex)
    if before and (before[-1] in lex.party_before or " ".join(before) in lex.party_before):
        return True  # "talks with Mexico", "close to the Kremlin"
    if after and after.group(2) and after.group(2) in lex.party_after and not text[end:end + 2].startswith(",") \
            and not (before and before[-1] in lex.venue_before):
        return True  # "Moscow said", "America had not"; not "a rally in Norbury was held"
    window = text[max(0, start - 100):start]
    return "between" in window and bool(BETWEEN_RE.search(window))  # "between the campaign and Russia"


def is_venue_mention(text: str, start: int, lex: ActorLexicon) -> bool:
    """ "in Brooklyn", "at Harvard": where something happened."""
    before = _words_before(text, start, lex)
    return bool(before) and before[-1] in lex.venue_before


def acts_as_party(text: str, actor: Actor, lex: ActorLexicon) -> bool:
    """A place actor is kept when one of its mentions is a party mention."""
    return any(is_party_mention(text, s, e, lex) for s, e in actor.mentions)
