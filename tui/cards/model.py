"""The card model: what the engine produces for one article.

Offsets everywhere are Python string indices into the article's text as decoded
from UTF-8 with no newline translation, so a span can be sliced out of the file
by any program that reads it the same way (see DESIGN.md, "The card contract").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SHARED_OFFSETS = tuple(range(1 << 16))
"""One int object per text offset below 65,536, shared by every card (2.5 MB once).

A kept card holds its offsets (mention, item, cue and source spans) for as long as
the session lasts, and Python makes a new 32-byte int object for every offset past
256: two per mention and more per item, about 4.5 KB per card, 45 MB of a
10,000-card session. :func:`shared` hands out the one copy, as sys.intern does for
strings; larger offsets (articles over 64K characters) keep their own."""


def shared(offset: int) -> int:
    """The shared int object equal to ``offset`` (itself when out of the table's range)."""
    return SHARED_OFFSETS[offset] if 0 <= offset < 65536 else offset


ActorKind = Literal["person", "org", "place"]
StatementKind = Literal["claim", "denial"]


@dataclass(slots=True)
class Actor:
    """A named party, with every place the article names it."""

    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    rule: str = ""
    """Id of the rule that first found this actor (gazetteer entry or pattern)."""

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "mentions": [list(m) for m in self.mentions],
            "role": self.role,
            "affiliation": self.affiliation,
            "rule": self.rule,
        }


@dataclass(slots=True)
class Statement:
    """An attributed claim or denial: who said it, the words, and the rule."""

    kind: StatementKind
    speaker: str
    text: str
    start: int
    end: int
    rule: str
    quote: bool = False
    cue: tuple[int, int] | None = None
    """Span of the attribution words ("Kirby said"), so the reader can show why."""
    attribution: str = ""
    """Id of the attribution rule that found the speaker; ``rule`` is the rule that
    decided the item (the classifier for a denial, the attribution for a claim)."""
    source: tuple[int, int] | None = None
    """Span of the source words ("his lawyer", "he", "Mr. Doe") the speaker was resolved from."""
    how: str = ""
    """How the source was found and resolved to the speaker, in words, for the why view."""
    category: str = ""
    """Denials: the kind of denial (rejection, challenge, falsity, knowledge,
    involvement, innocence, act), from the rule that decided it."""
    marker: tuple[int, int] | None = None
    """Denials: span of the words that made the item a denial ("denied", "not
    accurate", "no knowledge of"), which may lie in the cue or in the content."""

    def to_json(self) -> dict:
        data = {
            "speaker": self.speaker,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "quote": self.quote,
        }
        if self.cue is not None:
            data["cue"] = list(self.cue)
        if self.attribution:
            data["attribution"] = self.attribution
        if self.source is not None:
            data["source"] = list(self.source)
        if self.how:
            data["how"] = self.how
        if self.category:
            data["category"] = self.category
        if self.marker is not None:
            data["marker"] = list(self.marker)
        return data


@dataclass(slots=True)
class Card:
    """Everything the engine found in one article."""

    file: str
    title: str
    outlet: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None
    actors: list[Actor] = field(default_factory=list)
    claims: list[Statement] = field(default_factory=list)
    denials: list[Statement] = field(default_factory=list)
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def statements(self) -> list[Statement]:
        """Claims and denials in reading order."""
        return sorted(self.claims + self.denials, key=lambda s: (s.start, s.end))

    def actor(self, name: str) -> Actor | None:
        for actor in self.actors:
            if actor.name == name:
                return actor
        return None

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "author": self.author,
            "url": self.url,
            "actors": [a.to_json() for a in self.actors],
            "claims": [s.to_json() for s in self.claims],
            "denials": [s.to_json() for s in self.denials],
            "boilerplate": [list(b) for b in self.boilerplate],
            "warnings": list(self.warnings),
        }
