"""What the statement finder knows about the article it is reading, sentence by sentence.

One mutable record per article: the actors and their mentions, who is in focus
(so "he" means whoever spoke last), which outlet the text last named, and the
items found so far. The finder's parts (source resolution, quote attribution,
clause labelling) read and update it in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .matching import MentionIndex, SentenceIndex
from .model import Actor, Statement

UNNAMED = object()
"""A quotation attributed to someone the text does not name."""


@dataclass
class ArticleState:
    text: str
    actors: list[Actor]
    mentions: list[tuple[int, int, Actor]]
    source_outlet: str | None = None
    media_mentions: list[tuple[int, int, str]] = field(default_factory=list)
    """Where the text names a media outlet: unnamed sources near it speak for it."""
    focus: str | None = None
    focus_para: int = -99
    focus_person: str | None = None
    """The person who spoke last: "he" after an organisation's statement means them."""
    focus_via_role: bool = False
    """The focus was reached through a role ("a spokesman for X"), so "he" can mean X."""
    last_via_role: bool = False
    last_outlet: tuple[str, int] | None = None
    sentence_no: int = 0
    para_index: int = -1
    para_start: int = 0
    quote_speaker_para: tuple[str, int] | None = None
    how: str = ""
    """How the last source phrase was resolved to a speaker, for the why view."""
    source: tuple[int, int] | None = None
    """The last source phrase's span."""
    items: list[Statement] = field(default_factory=list)
    mention_index: MentionIndex | None = None
    sentence_index: SentenceIndex | None = None
    """The current paragraph's sentences and quotations by offset."""

    def actor(self, name: str | None) -> Actor | None:
        """The actor called ``name`` (the focus, a speaker), if the article has one."""
        return next((a for a in self.actors if a.name == name), None) if name else None
