"""Escaping article text for Markdown: whatever an article holds, it stays text.

Every piece of text that comes from an article, a brief or a file name goes
through :func:`md_inline` (or :func:`md_cell` inside a table) before it is put
into the briefing. The result is a single line in which every ASCII character
that Markdown or HTML could read as syntax *where it stands* is backslash-escaped,
so the line renders as exactly the characters the article holds and never as a
heading, list, table, emphasis, code span, link, image or raw HTML, while a reader
of the ``.md`` source still reads ``2026-12-01 02:17`` and ``US: Biden`` (a hyphen
inside a word or a colon before a space changes nothing). File names are code
spans (:func:`md_code`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..articles.safe_text import printable

ALWAYS = set("\\`*<|~[]")
"""Characters escaped wherever they stand: each can open syntax in the middle of a line
(escape, code span, emphasis, raw HTML or autolink, table cell, strikethrough, link)."""

_BREAKS_RE = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85\t]+")
_SPACES_RE = re.compile(r"[ \u00a0]{2,}")
_TRANS = {ord(ch): "\\" + ch for ch in ALWAYS}
_UNDERSCORE_RE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
"""An underscore at a word's edge can open or close emphasis; inside a word it cannot."""
_ENTITY_RE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
"""An ampersand that would start an entity reference (``&lt;``, ``&#60;``)."""
_SCHEME_RE = re.compile(r"(?<=[A-Za-z]):(?=\S)")
"""A colon after letters and before a non-space (``javascript:x``, ``http://``): a link's
scheme for the viewer's linkify; ``US: Biden`` and ``02:17`` are left alone."""
_LEADING_RE = re.compile(r"^(?:[#>+=-]|\d+(?=[.)]))")
"""What makes a line a heading, quote, list item, setext underline or numbered item."""


def flatten(text: str | None) -> str:
    """One line: line breaks and tabs become spaces, control characters become '\ufffd'."""
    if not text:
        return ""
    text = _BREAKS_RE.sub(" ", text)
    text = printable(text)
    text = _SPACES_RE.sub(" ", text)
    return text.strip()


@lru_cache(maxsize=1 << 16)
def md_inline(text: str | None) -> str:
    """Text safe to place anywhere inline in Markdown: literal, on one line, no HTML.

    Leading block markers (``#``, ``>``, ``-``, ``+``, ``*``, ``1.``, ``|``) need no
    special case: their characters are escaped wherever they stand, and leading
    indentation (which would open a code block) is stripped.
    """
    out = flatten(text).translate(_TRANS)
    out = _UNDERSCORE_RE.sub(r"\\_", out)
    out = _ENTITY_RE.sub(r"\\&", out)
    out = _SCHEME_RE.sub(r"\\:", out)
    lead = _LEADING_RE.match(out)
    if lead:
        cut = lead.end()
        out = out[:cut] + "\\" + out[cut:] if out[:cut].isdigit() else "\\" + out
    return out


def md_cell(text: str | None, empty: str = "") -> str:
    """Text for a table cell: as :func:`md_inline` (pipes are escaped there too)."""
    out = md_inline(text)
    return out if out else empty


def md_code(text: str | None, in_table: bool = False) -> str:
    """A file name or path as a code span: shown exactly, with nothing escaped inside.

    The fence is one backtick longer than the longest run of backticks in the text,
    with a space inside it when the text starts or ends with one. In a table, pipes
    are escaped (GFM splits cells before it reads code spans, then shows ``|``).
    """
    flat = flatten(text)
    if not flat:
        return ""
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    if in_table:
        flat = flat.replace("|", "\\|")
    return f"{fence}{pad}{flat}{pad}{fence}"


def md_quote(text: str | None) -> str:
    """Quoted article words: escaped and wrapped in curly quotes."""
    return "\u201c" + md_inline(text) + "\u201d"
