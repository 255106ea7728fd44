"""The article model: the text exactly as the file holds it, plus what was read off it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    """One article file.

    ``text`` is the whole file decoded as UTF-8 with no newline translation, so
    every offset the engine reports indexes the file itself. For Markdown files the
    front matter stays in ``text``; ``body_start`` says where the story begins.
    """

    path: str
    text: str
    title: str = ""
    title_span: tuple[int, int] | None = None
    outlet: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None
    body_start: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    """Set when the file could not be read at all; ``text`` is then empty."""

    @property
    def ok(self) -> bool:
        return self.error is None

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset (for references in briefings)."""
        return self.text.count("\n", 0, offset) + 1
