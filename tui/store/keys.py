"""When a kept card may be used: the keys that name an article's text and the rules.

A card is a function of the article as read (its path, which the card names, its
text, and what reading it warned of) and of the rules and the code that apply
them. The content key hashes the first; the rules key joins the brief's digest
(every rule file's bytes), a digest of the engine's own source and the
interpreter's tag. So a card is reused only for the very text, rules and engine
that made it: editing an article, a brief or the engine makes new cards.
"""

from __future__ import annotations

import hashlib
import sys
from functools import lru_cache
from pathlib import Path

from ..articles.model import Article
from ..rules.brief import Brief

PACKAGE = Path(__file__).resolve().parent.parent
NOT_ENGINE = ("app",)
"""Sub-packages whose code never changes a card (the Textual reader)."""
KEY_SIZE = 16


def content_key(article: Article) -> bytes:
    """The article as read: path, text and read-time warnings (different bytes that
    decode to the same text with the same warnings make the same article)."""
    h = hashlib.blake2b(digest_size=KEY_SIZE)
    h.update(article.path.encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(article.text.encode("utf-8", "surrogatepass"))
    for warning in article.warnings:
        h.update(b"\0")
        h.update(warning.encode("utf-8", "surrogatepass"))
    return h.digest()


@lru_cache(maxsize=1)
def engine_digest() -> str:
    """A digest of the engine's source files, read once per process (a few milliseconds)."""
    h = hashlib.blake2b(digest_size=8)
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in NOT_ENGINE:
            continue
        try:
            data = path.read_bytes()
        except OSError:
            data = b"?"
        h.update(str(rel).encode() + b"\0" + data + b"\0")
    return h.hexdigest()


def rules_key(brief: Brief) -> str:
    """The brief's files, the engine's code and the interpreter (stored cards are marshalled)."""
    return f"{brief.digest}-{engine_digest()}-{sys.implementation.cache_tag}"
