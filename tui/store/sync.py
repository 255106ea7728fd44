"""Bring the store up to date for some files before searching them.

Search answers from the index, so the files a search names must be carded with
the rules asked for: those whose signature the store can vouch for (``trust.py``),
with a card for these rules, are taken as they are (reading 50,000 files for each
query would cost seconds); the rest go through ``StoredPool``, which reads and
hashes them and cards what changed, and the writer is waited for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..articles.model import Article
from ..cards.engine import CardEngine
from .keys import rules_key
from .pool import StoredPool
from .store import Store
from .trust import trusted

FLUSH_SECONDS = 120.0


def sync(engine: CardEngine, brief_spec: str, files: list[Path], store: Store,
         on_article: Callable[[Article], None] = lambda article: None) -> int:
    """Card the files the store does not hold as they are now; returns how many were looked at."""
    rules = rules_key(engine.brief)
    names = [str(p) for p in files]
    listing = store.listing(names, rules)
    todo = []
    for path, name in zip(files, names):
        listed = listing.get(name)
        if (listed is None or listed.card is None or listed.state.rules != rules
                or not trusted(listed.state.stat, name)):
            todo.append(path)
    for article, _ in StoredPool(engine, brief_spec, todo, store).cards():
        on_article(article)
    store.flush(FLUSH_SECONDS)
    return len(todo)
