"""Escaping article text for Markdown: whatever an article holds, it stays text.

Every piece of text that comes from an article, a brief or a file name goes
through :func:`md_inline` (or :func:`md_cell` inside a table) before it is put
into the briefing. The result is a single line in which every ASCII character
that Markdown or HTML could read as syntax is backslash-escaped, so the line
renders as exactly the characters the article holds and never as a heading,
list, table, emphasis, code span, link, image or raw HTML.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..articles.safe_text import printable

SPECIAL = set("\\`*_{}[]()#+-.!|<>~&=:")
"""Characters escaped with a backslash. CommonMark allows a backslash before any ASCII
punctuation and then shows the character literally; escaping a few more than
strictly needed (``& = :``) also defeats entity references (``&lt;``),
setext underlines, autolinks and the linkify extension the Textual viewer uses."""

_BREAKS_RE = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85\t]+")
_SPACES_RE = re.compile(r"[ \u00a0]{2,}")
_TRANS = {ord(ch): "\\" + ch for ch in SPECIAL}


def flatten(text: str | None) -> str:
    """One line: line breaks and tabs become spaces, control characters become '\ufffd'."""
    if not text:
        return ""
    text = _BREAKS_RE.sub(" ", text)
    text = printable(text)
    text = _SPACES_RE.sub(" ", text)
    return text.strip()


@lru_cache(maxsize=8192)
def md_inline(text: str | None) -> str:
    """Text safe to place anywhere inline in Markdown: literal, on one line, no HTML.

    Leading block markers (``#``, ``>``, ``-``, ``+``, ``*``, ``1.``, ``|``) need no
    special case: their characters are escaped wherever they stand, and leading
    indentation (which would open a code block) is stripped.
    """
    return flatten(text).translate(_TRANS)


def md_cell(text: str | None, empty: str = "") -> str:
    """Text for a table cell: as :func:`md_inline` (pipes are escaped there too)."""
    out = md_inline(text)
    return out if out else empty


def md_quote(text: str | None) -> str:
    """Quoted article words: escaped and wrapped in curly quotes."""
    return "\u201c" + md_inline(text) + "\u201d"
