"""A loaded story: the brief, its articles and their cards, in one object.

The reader, comparison, overview and export all work from a Workspace so that
each computes from the same cards and none of them re-reads files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .articles.model import Article
from .articles.reader import expand_paths, read_article
from .cards.engine import CardEngine
from .cards.model import Card

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True)
class Summary:
    """What a list row shows of an entry: kept with a stored card, so a reopened folder is
    listed without decoding its cards."""

    title: str
    """The card's title, else the article's (may be empty)."""
    outlet: str | None
    date: str | None
    claims: int
    denials: int

    @classmethod
    def of(cls, article: Article, card: Card) -> "Summary":
        return cls(card.title or article.title, card.outlet, card.date, len(card.claims), len(card.denials))


@dataclass
class Entry:
    """An article and its card. ``StoredEntry`` (tui/store/entries.py) has the same face
    but reads its article and decodes its card only when asked."""

    article: Article
    card: Card

    @property
    def ok(self) -> bool:
        return self.article.ok

    @property
    def path(self) -> str:
        return self.article.path

    @property
    def summary(self) -> Summary:
        return Summary.of(self.article, self.card)


@dataclass
class Workspace:
    engine: CardEngine
    entries: list[Entry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """Path problems (a spec that matched nothing), one line each."""

    @property
    def title(self) -> str:
        return self.engine.brief.title

    @classmethod
    def load(cls, specs: list[str], engine: CardEngine, store: "Store | None" = None,
             brief_spec: str | None = None) -> "Workspace":
        """Read and card every article; with a store, its cards are reused and new ones kept
        (and a large folder is carded on every core)."""
        files, problems = expand_paths(specs)
        ws = cls(engine=engine, problems=problems)
        if store is None:
            for path in files:
                ws.entries.append(ws.build(path))
            return ws
        from .store.pool import StoredPool

        pool = StoredPool(engine, brief_spec or "default", files, store)
        ws.entries.extend(pool.entries())
        return ws

    def build(self, path: str | Path) -> Entry:
        article = read_article(path)
        return Entry(article, self.engine.card(article))

    def rebuild(self, engine: CardEngine) -> "Workspace":
        """Recompute every card with a new engine (the brief changed); articles are reused."""
        new = Workspace(engine=engine, problems=list(self.problems))
        for entry in self.entries:
            new.entries.append(Entry(entry.article, engine.card(entry.article)))
        return new

    @property
    def cards(self) -> list[Card]:
        return [e.card for e in self.entries if e.ok]
