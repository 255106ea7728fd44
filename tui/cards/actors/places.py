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

WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[\s,]*(?:\bthe\s+)?$")
TWO_BEFORE_RE = re.compile(r"([A-Za-z]+)\s+([A-Za-z]+)\s+(?:the\s+)?$")
WORD_AFTER_RE = re.compile(r"(’s|'s|’|')?\s*(?:[,—–-]\s*)?([A-Za-z]+)?")
BETWEEN_RE = re.compile(r"\bbetween\b[^.;:]{0,80}\band\s+$")


def is_party_mention(text: str, start: int, end: int, lex: ActorLexicon) -> bool:
    """Whether this mention treats the place as a party."""
    after = WORD_AFTER_RE.match(text, end, end + 40)
    if after and after.group(1):
        return True  # "Russia's attempts"
    if after and after.group(2) and after.group(2) in lex.party_after and not text[end:end + 2].startswith(",") \
            and not is_venue_mention(text, start, lex):
        return True  # "Moscow said", "America had not"; not "a rally in Norbury was held"
    before = WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if before and before.group(1).lower() in lex.party_before:
        return True  # "talks with Mexico", "sanctions against Iran"
    two = TWO_BEFORE_RE.search(text, max(0, start - 40), start)
    if two and f"{two.group(1)} {two.group(2)}".lower() in lex.party_before:
        return True  # "close to the Kremlin", "warnings to Washington"
    return bool(BETWEEN_RE.search(text, max(0, start - 100), start))  # "between the campaign and Russia"


def is_venue_mention(text: str, start: int, lex: ActorLexicon) -> bool:
    """ "in Brooklyn", "at Harvard": where something happened."""
    before = WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    if before is None:
        return False
    return before.group(1).lower() in lex.venue_before


def acts_as_party(text: str, actor: Actor, lex: ActorLexicon) -> bool:
    """A place actor is kept when one of its mentions is a party mention."""
    return any(is_party_mention(text, s, e, lex) for s, e in actor.mentions)
