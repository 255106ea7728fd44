"""Nationalities that act stand for their country.

The conventions make a group noun that acts an alias of the country ("the
communist Chinese" -> China), as is "the Chinese government"; a bare adjective
("the Russian ambassador") gives no actor. Plural group nouns ("Russians") always
name the group; a demonym that is also the adjective ("Chinese", "French") names
it only after a definite article ("the") and before a verb the brief lists
(``party_after``), or before a word for the state (``national_bodies``: "government", "regime").
The forms found are added to the article's own forms, so the one mention scan
reads them; nothing is searched for names absent from the text.
"""

from __future__ import annotations

import re

from .known_forms import Known, add_known
from .lexicon import ActorLexicon

RULE = "actor.nationality"
GROUP_AFTER_RE = re.compile(r"\s+([a-z]+)")


def add_nationals(text: str, local: dict[str, list[Known]], lex: ActorLexicon, seen: set[str]) -> None:
    """Add "Russians", "the communist Chinese", "the Chinese government" as forms of
    the country the brief names for them, when the text uses them so. ``seen`` holds the
    first words of capitalised runs that open such a form: no other form is looked for."""
    if not seen:
        return
    for form, country in lex.national_groups:
        if (form.partition(" ")[0] in seen or form.rpartition(" ")[2] in seen) and form in text \
                and country in lex.entries:
            add_known(local, form, country, lex.entries[country].kind, RULE)
    for adjective, country in lex.national_adjectives:
        if adjective.partition(" ")[0] not in seen or country not in lex.entries:
            continue
        kind = lex.entries[country].kind
        for body in lex.national_bodies:
            if f"{adjective} {body}" in text:
                add_known(local, f"{adjective} {body}", country, kind, RULE)
        if _acts(text, adjective, lex):
            add_known(local, adjective, country, kind, RULE)


def _acts(text: str, adjective: str, lex: ActorLexicon) -> bool:
    """ "the Chinese have", "the communist Chinese were": the word is a group noun here."""
    definite = lex.definite
    at = text.find(adjective)
    while at >= 0:
        before = text[max(0, at - 30):at].split()
        if before and (before[-1] in definite or len(before) > 1 and before[-2] in definite and before[-1].islower()):
            after = GROUP_AFTER_RE.match(text, at + len(adjective))
            if after and after.group(1) in lex.party_after:
                return True
        at = text.find(adjective, at + len(adjective))
    return False
