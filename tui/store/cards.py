"""Cards for articles already read (compare, eval, the reader's reload): stored or made.

``StoredPool`` serves a list of files; this serves articles a command has read
itself, by their text's key, and keeps the cards it had to make.
"""

from __future__ import annotations

from ..articles.model import Article
from ..cards.engine import CardEngine
from ..cards.model import Card
from .keys import rules_key
from .store import Store


def card_articles(engine: CardEngine, articles: list[Article], store: Store | None) -> list[Card]:
    """Each article's card, in order: from the store when it has the very text and rules,
    else from the engine (and then kept)."""
    if store is None or not store.enabled:
        return [engine.card(a) for a in articles]
    rules = rules_key(engine.brief)
    cards = []
    for article, (card, _) in zip(articles, store.cards(articles, rules)):
        if card is None:
            card = engine.card(article)
            store.put(article, card, rules)
        cards.append(card)
    return cards


def card_article(engine: CardEngine, article: Article, store: Store | None, keep: bool = True) -> Card:
    """One article's card. ``keep=False`` for an article carded before (its title and
    metadata already set by other rules): its new card may differ from a fresh read's,
    so it is looked up but not kept."""
    if store is None or not store.enabled:
        return engine.card(article)
    rules = rules_key(engine.brief)
    card = store.card(article, rules)
    if card is None:
        card = engine.card(article)
        if keep:
            store.put(article, card, rules)
    return card
