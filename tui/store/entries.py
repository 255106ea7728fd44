"""A stored entry: a file listed from the store, read and decoded only when asked for.

Reopening a folder of 10,000 articles used to read, hash and decode every one
before the list was complete (seconds). A file the store can vouch for (its
``stat`` signature unchanged, see ``trust.py``) becomes a ``StoredEntry``: its list
row comes from the summary kept with its card, and its card row (checked against
its digest when listed) is held as bytes. The article is read, its text hashed and
the card decoded the first time ``article`` or ``card`` is asked for: by the
reader for the article it shows, by a set-wide screen in its worker. If the text
read then is not the text the card was made for (the file changed since), the
card is made afresh and kept: a card is never paired with another text.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from ..articles.model import Article
from ..articles.reader import read_article
from ..cards.engine import CardEngine
from ..cards.model import Card
from ..workspace import Entry, Summary
from . import codec
from .keys import content_key
from .store import Listed, Store


@dataclass(frozen=True)
class Recard:
    """What a stored entry needs to card its file afresh if it changed after listing."""

    engine: CardEngine
    store: Store
    rules: str


class StoredEntry(Entry):
    """An ``Entry`` whose article and card are read from disk and the store on first use."""

    def __init__(self, path: str, content: bytes, payload: bytes, summary: Summary, recard: Recard) -> None:
        self._path = path
        self._content = content
        self._payload: bytes | None = payload
        self._summary = summary
        self._recard = recard
        self._article: Article | None = None
        self._card: Card | None = None
        self._lock = threading.Lock()

    @classmethod
    def listed(cls, path: str, listed: Listed, recard: Recard) -> "StoredEntry":
        """Raises codec.BadRow when the card row does not check out (then it is a miss)."""
        assert listed.card is not None
        payload, summary, digest = listed.card
        codec.verify(listed.content, recard.rules, payload, summary, digest)
        return cls(path, listed.content, payload, codec.decode_summary(summary), recard)

    @property
    def loaded(self) -> bool:
        """Have the article and card been read (tests, and what may be asked without cost)?"""
        return self._card is not None

    @property
    def article(self) -> Article:  # type: ignore[override]
        self._load()
        return self._article  # type: ignore[return-value]

    @property
    def card(self) -> Card:  # type: ignore[override]
        self._load()
        return self._card  # type: ignore[return-value]

    @property
    def ok(self) -> bool:
        """Listed entries were readable; once read, as the file read then."""
        return self._article.ok if self._article is not None else True

    @property
    def path(self) -> str:
        return self._path

    @property
    def summary(self) -> Summary:
        return self._summary if self._card is None else Summary.of(self._article, self._card)  # type: ignore[arg-type]

    def _load(self) -> None:
        if self._card is not None:
            return
        with self._lock:  # the reader and a screen's worker may ask at once
            if self._card is not None:
                return
            article = read_article(self._path)
            card = None
            if article.ok and self._payload is not None and content_key(article) == self._content:
                try:
                    card = codec.decode_payload(article, self._payload)
                except codec.BadRow:
                    card = None
            if card is None:  # the file changed since it was listed: its card is made afresh
                recard = self._recard
                card = recard.engine.card(article)
                recard.store.put(article, card, recard.rules)
            self._article, self._payload = article, None
            self._card = card

    def __repr__(self) -> str:
        return f"StoredEntry({self._path!r}, loaded={self.loaded})"
