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


@dataclass
class ActorRow:
    """One party across the set: mention counts per article and how each spells it.

    Sparse: only the articles that name the party appear, keyed by article index, so a
    set of thousands of articles and thousands of actors costs what it mentions.
    """

    name: str
    kind: str
    counts: dict[int, int]
    """Article index -> mentions (articles that do not name the party are absent)."""
    first: dict[int, Span]
    """Article index -> the first mention in that article."""
    forms: dict[int, list[str]] = field(default_factory=dict)
    """Article index -> the spellings that article uses."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def articles(self) -> int:
        return len(self.counts)

    def count(self, article: int) -> int:
        return self.counts.get(article, 0)

    def first_mention(self) -> Span | None:
        """The first mention in the first article that names the party."""
        return self.first[min(self.first)] if self.first else None

    def top_articles(self, limit: int) -> list[int]:
        """The articles that mention the party most (ties: article order)."""
        return sorted(self.counts, key=lambda a: (-self.counts[a], a))[:limit]

    def to_json(self) -> dict:
        return {"name": self.name, "kind": self.kind, "total": self.total, "articles": self.articles,
                "counts": {str(k): v for k, v in sorted(self.counts.items())},
                "first": {str(k): f.to_json() for k, f in sorted(self.first.items())},
                "forms": {str(k): v for k, v in self.forms.items()}}


@dataclass
class StatementCluster:
    """Similar statements across the set; ``articles`` lists which articles carry it."""

    text: str
    members: list[StatementRef]

    @property
    def articles(self) -> list[int]:
        return sorted({m.article for m in self.members})

    @property
    def speakers(self) -> list[str]:
        seen: list[str] = []
        for m in self.members:
            if m.party not in seen:
                seen.append(m.party)
        return seen

    def to_json(self) -> dict:
        return {"text": self.text, "articles": self.articles, "speakers": self.speakers,
                "members": [m.to_json() for m in self.members]}


@dataclass
class SpellingVariant:
    """One party spelled differently across the set: form -> articles using it."""

    name: str
    forms: dict[str, list[int]]
    spans: list[Span] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"name": self.name, "forms": self.forms, "spans": [s.to_json() for s in self.spans]}


MATRIX_LIMIT = 12
"""Articles up to which an actor table has a column per article."""
TOP_ARTICLES = 4
"""Articles listed per actor where there is no column per article."""


@dataclass
class Overview:
    articles: list[ArticleInfo] = field(default_factory=list)
    actors: list[ActorRow] = field(default_factory=list)
    shared_statements: list[StatementCluster] = field(default_factory=list)
    """Clusters carried by two or more articles, most widely carried first."""
    denials: list[StatementRef] = field(default_factory=list)
    spellings: list[SpellingVariant] = field(default_factory=list)
    discrepancies: list = field(default_factory=list)
    """SetDiscrepancy values (tui.comparison.discrepancies), the set's one list of them."""

    @property
    def per_article_columns(self) -> bool:
        """Whether actor tables give each article a column: yes for a few articles; for a
        large set they show totals and the articles that name each actor most."""
        return len(self.articles) <= MATRIX_LIMIT

    def sorted_actors(self, key: str = "total", article: int | None = None) -> list[ActorRow]:
        """Actors sorted by "total" mentions, "articles" (how many carry it), "name",
        or "article" (mentions in ``article``, an article index)."""
        if key == "name":
            return sorted(self.actors, key=lambda r: r.name.casefold())
        if key == "articles":
            return sorted(self.actors, key=lambda r: (-r.articles, -r.total, r.name.casefold()))
        if key == "article" and article is not None:
            return sorted(self.actors, key=lambda r: (-r.count(article), -r.total, r.name.casefold()))
        return sorted(self.actors, key=lambda r: (-r.total, -r.articles, r.name.casefold()))

    def to_json(self) -> dict:
        return {
            "articles": [a.to_json() for a in self.articles],
            "actors": [r.to_json() for r in self.actors],
            "shared_statements": [c.to_json() for c in self.shared_statements],
            "denials": [d.to_json() for d in self.denials],
            "spellings": [s.to_json() for s in self.spellings],
            "discrepancies": [d.to_json() for d in self.discrepancies],
        }
