"""Entries for a list of files: from the store where it has them, from the engine where not.

``entries()`` yields an ``Entry`` for every path, in order (``cards()`` the same as
(article, card) pairs, the contract of ``CardPool``). Before the first one, the
store is asked what it knows of the paths (one query per 400 paths, with the card
rows for these rules) and each path is ``stat``-ed:

- a file whose signature the store can vouch for (``trust.py``), with a card for
  these rules, becomes a ``StoredEntry``: listed from its stored summary at once,
  read and decoded when first used (``entries.py``), which checks its text's hash;
- a file the store knows but cannot vouch for (changed, or changed too close to
  when the store looked) is read and hashed now and looked up by its text, so only
  real changes are carded;
- the rest (new or changed files) go to a ``CardPool``: carded on the worker
  processes while the stored ones are handed out, and kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

from ..articles.model import Article
from ..articles.reader import read_article
from ..cards.engine import CardEngine
from ..cards.model import Card
from ..cards.pool import CardPool
from ..workspace import Entry
from .codec import BadRow
from .entries import Recard, StoredEntry
from .keys import rules_key
from .store import Store
from .trust import trusted

LOOKAHEAD = 64
"""Changed files read and looked up per query."""


class StoredPool:
    def __init__(self, engine: CardEngine, brief_spec: str, paths: list[Path], store: Store | None,
                 workers: int | None = None) -> None:
        self.engine = engine
        self.brief_spec = brief_spec
        self.paths = list(paths)
        self.store = store if store is not None and store.enabled else None
        self.workers = workers
        self.used_workers = 0
        """Worker processes whose cards were used (0 when all were built here)."""
        self.stored = 0
        """Cards taken from the store."""

    def cards(self, cancelled: Callable[[], bool] = lambda: False) -> Iterator[tuple[Article, Card]]:
        """Every path's article and card, in order (a stored entry is read and decoded here)."""
        for entry in self.entries(cancelled):
            yield entry.article, entry.card

    def entries(self, cancelled: Callable[[], bool] = lambda: False) -> Iterator[Entry]:
        """Every path's entry, in order; stops early once ``cancelled()``, asked before each."""
        if self.store is None:
            pool = CardPool(self.engine, self.brief_spec, self.paths, self.workers)
            yield from (Entry(article, card) for article, card in pool.cards(cancelled))
            self.used_workers = pool.used_workers
            return
        self.rules = rules_key(self.engine.brief)
        ready = self._plan()
        pool = CardPool(self.engine, self.brief_spec, [p for p, e in zip(self.paths, ready) if e is None],
                        self.workers)
        fresh = pool.cards(cancelled)
        try:
            for index in range(len(self.paths)):
                if cancelled():
                    return
                entry, ready[index] = ready[index], None  # handed over: the caller's now
                if entry is None:
                    item = next(fresh, None)
                    if item is None:
                        return  # cancelled while the pool waited
                    self.store.put(*item, self.rules)
                    entry = Entry(*item)
                yield entry
            self.used_workers = pool.used_workers
        finally:
            fresh.close()
            pool.close()

    def _plan(self) -> list[Entry | None]:
        """The entries the store can give (None where the file must be carded)."""
        store, rules = self.store, self.rules
        names = [str(p) for p in self.paths]
        listing = store.listing(names, rules)
        ready: list[Entry | None] = [None] * len(names)
        if not listing:
            return ready  # a cold store: everything goes to the pool at once
        recard = Recard(self.engine, store, rules)
        changed: list[int] = []
        for index, name in enumerate(names):
            listed = listing.get(name)
            if listed is None:
                continue
            if listed.card is not None and trusted(listed.state.stat, name):
                try:
                    ready[index] = StoredEntry.listed(name, listed, recard)
                except BadRow:
                    changed.append(index)  # a damaged row: read, looked up, else carded afresh
                    continue
                self.stored += 1
                if listed.state.rules != rules:
                    store.seen(name, listed.state.stat, listed.state.text_id, rules)
            else:
                changed.append(index)
        for start in range(0, len(changed), LOOKAHEAD):
            chunk = changed[start:start + LOOKAHEAD]
            articles = [read_article(self.paths[i]) for i in chunk]
            for index, article, (card, text_id) in zip(chunk, articles, store.cards(articles, rules)):
                if card is not None:
                    ready[index] = Entry(article, card)
                    store.seen(article.path, article.stat, text_id, rules)  # its new check time
                    self.stored += 1
        return ready

    def close(self) -> None:
        pass
