"""What an overview of a whole set produces: plain dataclasses, JSON-serialisable, no Textual.

Apart from the pair comparison's types (model.py) because an overview is read per party
and per cluster across many articles: its rows are sparse, keyed by article index, so a
set of thousands of articles costs what it mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import ArticleInfo, Span, StatementRef


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
