""""The administration" alone names the administration the article is about.

The conventions make administrations org actors ("Obama administration") and
"administration" alone an alias where it refers to one. When the article names
one administration, each lower-case "the administration" is a mention of it; when
it names none, the administration is that of the person the article titles with
one of the brief's ``administration_heads`` ("President Obama").
"""

from __future__ import annotations

import re

from ...articles.segment import Paragraph
from ..model import Actor
from .aliases import surname
from .lexicon import ActorLexicon

THE_ADMINISTRATION_RE = re.compile(r"\bthe\s+(administration)\b(?!\s+of\b)")
"""Lower case, so not "the Obama Administration"; not "the administration of Dr. X"."""
RULE = "actor.administration"


def add_the_administration(text: str, body: list[Paragraph], actors: dict[str, Actor], lex: ActorLexicon) -> None:
    """Attach each "the administration" to the one administration the article names."""
    if not lex.administration_heads or "the administration" not in text:
        return
    spots = [m.span(1) for p in body for m in THE_ADMINISTRATION_RE.finditer(text, p.start, p.end)]
    if not spots:
        return
    named = [a for a in actors.values() if a.kind == "org" and a.name.endswith(" administration")]
    if len(named) > 1:
        return  # "the Bush administration" and "the Obama administration": which one is unclear
    if named:
        admin = named[0]
    else:
        head = _head(text, actors, lex)
        if head is None:
            return
        admin = actors.setdefault(f"{head} administration", Actor(f"{head} administration", "org", rule=RULE))
    admin.mentions.extend(spots)
    admin.mentions.sort()
    if "administration" not in admin.aliases:
        admin.aliases.append("administration")


def _head(text: str, actors: dict[str, Actor], lex: ActorLexicon) -> str | None:
    """The surname of the one person the article titles "President" (or another head)."""
    heads = set()
    for actor in actors.values():
        if actor.kind != "person":
            continue
        for start, _ in actor.mentions:
            before = text[max(0, start - 20):start].split()
            if before and before[-1] in lex.administration_heads:
                heads.add(surname(actor.name, lex) or actor.name)
                break
    return heads.pop() if len(heads) == 1 else None
