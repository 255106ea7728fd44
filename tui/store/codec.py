"""A card (and what carding set on its article) as bytes, and back, checked.

Rows are marshalled tuples, as Python keeps ``.pyc`` files: marshal keeps every
type exactly (a tuple stays a tuple, ``True`` stays ``True``), so a card read back
equals the card that was stored, field for field, and it is several times faster
to read than JSON. marshal is not meant for data it did not write, so each row
carries a digest of its key and payload, checked before the payload is loaded:
a damaged or misplaced row is a miss, never a wrong card. The interpreter's tag
is part of the rules key, so a row is only read by the Python that wrote it.
"""

from __future__ import annotations

import hashlib
import hmac
import marshal
from dataclasses import fields

from ..articles.model import Article
from ..cards.model import Actor, Card, Statement

CHECK_SIZE = 16
ACTOR_FIELDS = tuple(f.name for f in fields(Actor))
STATEMENT_FIELDS = tuple(f.name for f in fields(Statement))
CARD_SCALARS = ("title", "outlet", "date", "author", "url", "boilerplate", "warnings")
ARTICLE_FIELDS = ("title", "title_span", "outlet", "date", "author", "url")
"""What the engine may set on the article while carding it (metadata and title lines)."""


class BadRow(ValueError):
    """A row whose digest or shape is wrong: treated as a miss."""


def check(content: bytes, rules: str, payload: bytes) -> bytes:
    h = hashlib.blake2b(digest_size=CHECK_SIZE)
    h.update(content)
    h.update(rules.encode())
    h.update(payload)
    return h.digest()


def encode(article: Article, card: Card) -> bytes:
    """The card's fields (not its file: that is the article's path) and the article's
    fields the engine set."""
    record = (
        tuple(getattr(card, name) for name in CARD_SCALARS),
        tuple(tuple(getattr(a, name) for name in ACTOR_FIELDS) for a in card.actors),
        tuple(tuple(getattr(s, name) for name in STATEMENT_FIELDS) for s in card.claims),
        tuple(tuple(getattr(s, name) for name in STATEMENT_FIELDS) for s in card.denials),
        tuple(getattr(article, name) for name in ARTICLE_FIELDS),
        getattr(article, "source", None),
    )
    return marshal.dumps(record)


def decode(article: Article, content: bytes, rules: str, payload: bytes, digest: bytes) -> Card:
    """The stored card for ``article``, whose fields are set as carding set them.
    Raises BadRow when the row does not check out."""
    if not hmac.compare_digest(check(content, rules, payload), bytes(digest)):
        raise BadRow("digest")
    try:
        scalars, actors, claims, denials, article_fields, source = marshal.loads(payload)
        card = Card(article.path, *scalars[:5], boilerplate=scalars[5], warnings=scalars[6],
                    actors=[Actor(*a) for a in actors],
                    claims=[Statement(*s) for s in claims],
                    denials=[Statement(*s) for s in denials])
        if len(article_fields) != len(ARTICLE_FIELDS):
            raise BadRow("article fields")
    except BadRow:
        raise
    except Exception as exc:  # noqa: BLE001 - any other shape is a bad row
        raise BadRow(type(exc).__name__) from None
    for name, value in zip(ARTICLE_FIELDS, article_fields):
        setattr(article, name, value)
    if source is not None:
        article.source = source  # type: ignore[attr-defined] - the engine sets it the same way
    return card
