"""What the statement finder knows about the article it is reading, sentence by sentence.

One mutable record per article: the actors and their mentions, who is in focus
(so "he" means whoever spoke last), which outlet the text last named, and the
items found so far. The finder's parts (source resolution, quote attribution,
clause labelling) read and update it in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .matching import SentenceIndex, sentence_start
from .mention_index import MentionIndex
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
    block_intro: tuple[list[str], str, tuple[int, int], int, bool] | None = None
    """Speakers, rule, cue and paragraph of a paragraph that ends "X tweeted:" (what follows is
    theirs), and whether only bullet paragraphs go on (after the first bullet of a list)."""
    how: str = ""
    """How the last source phrase was resolved to a speaker, for the why view."""
    source: tuple[int, int] | None = None
    """The last source phrase's span."""
    items: list[Statement] = field(default_factory=list)
    mention_index: MentionIndex | None = None
    genders: dict[int, str | None] = field(default_factory=dict)
    """The pronoun the article uses for each person (by id), once worked out (genders.py)."""
    sentence_index: SentenceIndex | None = None
    """The current paragraph's sentences and quotations by offset."""

    media_starts: list[int] = field(default_factory=list, repr=False)
    """The starts of ``media_mentions``, for a binary search."""
    _by_name: dict[str, Actor] = field(default_factory=dict, repr=False)
    _named: int = 0
    """How many of ``actors`` ``_by_name`` holds: the finder only appends to the list."""

    def __post_init__(self) -> None:
        self.media_starts = [s for s, _, _ in self.media_mentions]

    def actor(self, name: str | None) -> Actor | None:
        """The actor called ``name`` (the focus, a speaker), if the article has one: the
        first so named, looked up in a dictionary kept in step with ``actors``."""
        if not name:
            return None
        if self._named != len(self.actors):
            for actor in self.actors[self._named:]:
                self._by_name.setdefault(actor.name, actor)
            self._named = len(self.actors)
        return self._by_name.get(name)

    def sentence_opening(self, pos: int, floor: int) -> int:
        """Where the sentence holding ``pos`` starts, as the paragraph was split ("Mr." ends no
        sentence); a plain search back to ``floor`` for a stop where the split is not at hand."""
        index = self.sentence_index
        at = index.holding(pos) if index is not None else None
        if at is not None:
            return index.sentences[at].start
        return sentence_start(self.text, floor, pos)
