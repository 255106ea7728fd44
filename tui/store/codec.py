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
from ..workspace import Summary

CHECK_SIZE = 16
ACTOR_FIELDS = tuple(f.name for f in fields(Actor))
STATEMENT_FIELDS = tuple(f.name for f in fields(Statement))
CARD_SCALARS = ("title", "outlet", "date", "author", "url", "boilerplate", "warnings")
ARTICLE_FIELDS = ("title", "title_span", "outlet", "date", "author", "url")
"""What the engine may set on the article while carding it (metadata and title lines)."""


class BadRow(ValueError):
    """A row whose digest or shape is wrong: treated as a miss."""


def check(content: bytes, rules: str, payload: bytes, summary: bytes) -> bytes:
    h = hashlib.blake2b(digest_size=CHECK_SIZE)
    h.update(content)
    h.update(rules.encode())
    h.update(len(payload).to_bytes(8, "little"))
    h.update(payload)
    h.update(summary)
    return h.digest()


def verify(content: bytes, rules: str, payload: bytes, summary: bytes, digest: bytes) -> None:
    """Raises BadRow unless the row is the one written for this text and these rules."""
    if not hmac.compare_digest(check(content, rules, payload, summary), bytes(digest)):
        raise BadRow("digest")


def encode_summary(summary: Summary) -> bytes:
    """The list row's fields: a reader lists a stored card without decoding it."""
    return marshal.dumps((summary.title, summary.outlet, summary.date, summary.claims, summary.denials))


def decode_summary(data: bytes) -> Summary:
    """Raises BadRow for anything but the five fields of a row (check the digest first)."""
    try:
        title, outlet, date, claims, denials = marshal.loads(data)
    except Exception as exc:  # noqa: BLE001 - any other shape is a bad row
        raise BadRow(type(exc).__name__) from None
    if not (isinstance(title, str) and all(x is None or isinstance(x, str) for x in (outlet, date))
            and isinstance(claims, int) and isinstance(denials, int)):
        raise BadRow("summary")
    return Summary(title, outlet, date, claims, denials)


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


def decode(article: Article, content: bytes, rules: str, payload: bytes, summary: bytes, digest: bytes) -> Card:
    """The stored card for ``article``, whose fields are set as carding set them.
    Raises BadRow when the row does not check out."""
    verify(content, rules, payload, summary, digest)
    return decode_payload(article, payload)


def decode_payload(article: Article, payload: bytes) -> Card:
    """``decode`` for a payload already verified (a lazy entry verified it when listed).
    Raises BadRow for a payload of another shape."""
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
