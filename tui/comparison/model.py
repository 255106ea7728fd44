"""What a comparison produces: plain dataclasses, JSON-serialisable, no Textual.

Every item keeps where its words are: ``article`` (0 = left, 1 = right in a
pair comparison; the workspace index in an overview) and ``start``/``end``
string offsets into that article's text, so a reader can jump to them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Span:
    article: int
    start: int
    end: int

    def to_json(self) -> dict:
        return {"article": self.article, "start": self.start, "end": self.end}


@dataclass
class ActorSide:
    """One article's view of an actor: the name it uses, how it spells it, where."""

    article: int
    name: str
    kind: str
    forms: list[str]
    mentions: list[tuple[int, int]]

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def first(self) -> Span | None:
        return Span(self.article, *self.mentions[0]) if self.mentions else None

    def to_json(self) -> dict:
        return {"article": self.article, "name": self.name, "kind": self.kind, "forms": list(self.forms),
                "mentions": [list(m) for m in self.mentions]}


@dataclass
class ActorMatch:
    """An actor both articles name (possibly spelled differently)."""

    name: str
    kind: str
    left: ActorSide
    right: ActorSide

    def to_json(self) -> dict:
        return {"name": self.name, "kind": self.kind, "left": self.left.to_json(), "right": self.right.to_json()}


@dataclass
class StatementRef:
    """A claim or denial of one article, with its speaker as matched across articles."""

    article: int
    kind: str
    speaker: str
    """The speaker's name as the article's card gives it."""
    party: str
    """The speaker's name after matching actors across articles."""
    text: str
    start: int
    end: int
    rule: str

    @property
    def span(self) -> Span:
        return Span(self.article, self.start, self.end)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class AlignedPair:
    """The same speaker saying the same thing in both articles."""

    left: StatementRef
    right: StatementRef
    similarity: float
    same_speaker: bool = True

    def to_json(self) -> dict:
        return {"left": self.left.to_json(), "right": self.right.to_json(),
                "similarity": round(self.similarity, 3), "same_speaker": self.same_speaker}


@dataclass
class Discrepancy:
    """A point where the two articles differ.

    kind: "spelling" (same actor, different spelling), "figure" (same fact,
    different number, count or date), "denial-omitted" (a denial one side reports
    and the other does not), "attribution" (same words, different speaker).
    """

    kind: str
    summary: str
    left: list[Span] = field(default_factory=list)
    right: list[Span] = field(default_factory=list)
    left_text: str = ""
    right_text: str = ""

    @property
    def spans(self) -> list[Span]:
        return self.left + self.right

    def to_json(self) -> dict:
        return {"kind": self.kind, "summary": self.summary,
                "left": [s.to_json() for s in self.left], "right": [s.to_json() for s in self.right],
                "left_text": self.left_text, "right_text": self.right_text}


@dataclass
class ArticleInfo:
    index: int
    file: str
    title: str
    outlet: str | None
    date: str | None
    length: int
    """Characters in the article text."""
    words: int
    actors: int = 0
    claims: int = 0
    denials: int = 0

    @property
    def label(self) -> str:
        """The article's number as the reader's list shows it ("007"): one short label for an
        article on every screen (file stems are long, and cut ones are ambiguous)."""
        return f"{self.index:03d}"

    def to_json(self) -> dict:
        data = asdict(self)
        data["label"] = self.label
        return data


@dataclass
class Comparison:
    left: ArticleInfo
    right: ArticleInfo
    both: list[ActorMatch] = field(default_factory=list)
    only_left: list[ActorSide] = field(default_factory=list)
    only_right: list[ActorSide] = field(default_factory=list)
    aligned: list[AlignedPair] = field(default_factory=list)
    left_only_statements: list[StatementRef] = field(default_factory=list)
    right_only_statements: list[StatementRef] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "left": self.left.to_json(), "right": self.right.to_json(),
            "actors": {
                "both": [m.to_json() for m in self.both],
                "only_left": [a.to_json() for a in self.only_left],
                "only_right": [a.to_json() for a in self.only_right],
            },
            "aligned": [p.to_json() for p in self.aligned],
            "statements_only_left": [s.to_json() for s in self.left_only_statements],
            "statements_only_right": [s.to_json() for s in self.right_only_statements],
            "discrepancies": [d.to_json() for d in self.discrepancies],
        }
