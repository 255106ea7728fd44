"""Cards for a list of files from the store where it has them, from the engine where not.

The same contract as ``CardPool``: ``cards()`` yields (article, card) for every path,
in order. Before the first card, the store is asked what it knows of the paths
(one query per 400 paths, and a ``stat`` of each known one): a file whose size
and time are as last seen, with a card for these rules, is taken from the store;
one the store never saw goes to a ``CardPool`` over the misses only, so a changed
or new file is carded on the worker processes while the rest come from disk at
once. A known file whose size or time changed is read and hashed up front, so
only real changes go to the pool. Every stored card is checked against the text
it is read for (its content key): a file changed behind the store's back is
carded afresh, never served a stale card.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

from ..articles.model import Article
from ..articles.reader import read_article
from ..cards.engine import CardEngine
from ..cards.model import Card
from ..cards.pool import CardPool
from .keys import rules_key
from .store import Store, stat_of

LOOKAHEAD = 64
"""Stored cards read per query while yielding."""


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
        self._ready: dict[int, tuple[Article, Card]] = {}

    def cards(self, cancelled: Callable[[], bool] = lambda: False) -> Iterator[tuple[Article, Card]]:
        if self.store is None:
            pool = CardPool(self.engine, self.brief_spec, self.paths, self.workers)
            yield from pool.cards(cancelled)
            self.used_workers = pool.used_workers
            return
        self.rules = rules_key(self.engine.brief)
        from_store = self._plan()
        pool = CardPool(self.engine, self.brief_spec, [p for p, hit in zip(self.paths, from_store) if not hit],
                        self.workers)
        fresh = pool.cards(cancelled)
        try:
            for index in range(len(self.paths)):
                if cancelled():
                    return
                if from_store[index]:
                    if index not in self._ready:
                        self._read_ahead(index, from_store)
                    item = self._ready.pop(index)
                else:
                    item = next(fresh, None)
                    if item is None:
                        return  # cancelled while the pool waited
                    self.store.put(*item, self.rules)
                yield item
            self.used_workers = pool.used_workers
        finally:
            fresh.close()
            pool.close()

    def _plan(self) -> list[bool]:
        """Which paths to take from the store: known, unchanged in size and time, and carded
        with these rules; a known path that changed is read now and looked up by its text."""
        names = [str(p) for p in self.paths]
        states = self.store.file_states(names)
        plan = [False] * len(names)
        if not states:
            return plan  # a cold store: everything goes to the pool at once
        carded = self.store.carded(sorted({s.text_id for s in states.values()}), self.rules)
        changed: list[int] = []
        for index, name in enumerate(names):
            state = states.get(name)
            if state is None:
                continue
            if state.text_id in carded and stat_of(name) == (state.size, state.mtime_ns):
                plan[index] = True
                if state.rules != self.rules:
                    self.store.seen(name, state.text_id, self.rules)
            else:
                changed.append(index)
        for start in range(0, len(changed), LOOKAHEAD):
            chunk = changed[start:start + LOOKAHEAD]
            articles = [read_article(self.paths[i]) for i in chunk]
            for index, article, (card, text_id) in zip(chunk, articles, self.store.cards(articles, self.rules)):
                if card is not None:
                    plan[index] = True
                    self._ready[index] = (article, card)
                    self.store.seen(article.path, text_id, self.rules)
                    self.stored += 1
        return plan

    def _read_ahead(self, index: int, from_store: list[bool]) -> None:
        """Read the next stored cards, from ``index`` on, in one query; a file whose text is
        no longer the stored one is carded here and now."""
        chunk = []
        for i in range(index, len(self.paths)):
            if from_store[i] and i not in self._ready:
                chunk.append(i)
                if len(chunk) == LOOKAHEAD:
                    break
        articles = [read_article(self.paths[i]) for i in chunk]
        for i, article, (card, _) in zip(chunk, articles, self.store.cards(articles, self.rules)):
            if card is None:
                card = self.engine.card(article)
                self.store.put(article, card, self.rules)
            else:
                self.stored += 1
            self._ready[i] = (article, card)

    def close(self) -> None:
        self._ready.clear()
