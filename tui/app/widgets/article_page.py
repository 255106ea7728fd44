"""An article laid out for the screen: our own word wrap, so that every character offset the
engine reports maps to a screen line (how a card item scrolls the article to its words)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rich.cells import cell_len
from rich.text import Text
from textual.strip import Strip

from ...articles.safe_text import printable

Span = tuple[int, int]
_WORD_RE = re.compile(r"\S*\s*")



def display_text(text: str) -> str:
    """Printable text with tabs as single spaces (same length, so offsets hold)."""
    return printable(text).replace("\t", " ")


def wrap_offsets(text: str, width: int) -> list[Span]:
    """Greedy word wrap of ``text`` to ``width`` cells, as (start, end) offsets per screen line.

    Newlines end lines and belong to no line; a word longer than the width is folded.
    """
    width = max(1, width)
    lines: list[Span] = []
    offset = 0
    for hard in text.split("\n"):
        end_of_hard = offset + len(hard)
        if not hard:
            lines.append((offset, offset))
            offset = end_of_hard + 1
            continue
        line_start = offset
        used = 0
        for match in _WORD_RE.finditer(hard):
            word = match.group()
            if not word:
                continue
            start = offset + match.start()
            visible = cell_len(word.rstrip())
            if used and used + visible > width:
                lines.append((line_start, start))
                line_start, used = start, 0
            if visible > width:  # fold a word wider than the line
                pos = start
                for ch in word.rstrip():
                    w = cell_len(ch)
                    if used + w > width and used:
                        lines.append((line_start, pos))
                        line_start, used = pos, 0
                    used += w
                    pos += 1
                used += len(word) - len(word.rstrip())
            else:
                used += cell_len(word)
        lines.append((line_start, end_of_hard))
        offset = end_of_hard + 1
    return lines


@dataclass
class Page:
    """An article laid out for the screen: its lines at one width and, once styled,
    each line's styled text and drawn strip.

    A page is built whole for one state of the highlights, so a page prepared
    for the next article can be shown as it is; any change of highlight takes a
    new page that keeps only the line layout.
    """

    width: int
    lines: list[Span]
    starts: list[int]
    pieces: dict[int, Text] | None = None
    """Styled text of each screen line, by the line's start offset (one divide per restyle)."""
    strips: dict[int, Strip] = field(default_factory=dict)

    @classmethod
    def wrap(cls, text: str, width: int) -> Page:
        lines = wrap_offsets(text, width) if width > 0 else []
        return cls(width, lines, [s for s, _ in lines])

    def unstyled(self) -> Page:
        return Page(self.width, self.lines, self.starts)
