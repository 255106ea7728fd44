"""The article model: the text exactly as the file holds it, plus what was read off it."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import NamedTuple


class FileStat(NamedTuple):
    """A file's signature as ``stat`` gave it just before it was read, and when that was.

    The store keeps it with the hash of the text read, so an unchanged file need not be
    read again (see ``tui/store/trust.py`` for when a matching signature is enough).
    A named tuple, not a dataclass: a reopen makes 10,000 of them, and a frozen
    dataclass costs several times as much to build."""

    size: int
    mtime_ns: int
    ctime_ns: int
    ino: int
    checked_ns: int
    """The clock (``time.time_ns``) just before the ``stat``: before the bytes were read."""

    @classmethod
    def of(cls, path: str | os.PathLike) -> "FileStat":
        """Raises OSError as ``os.stat`` does."""
        checked = time.time_ns()
        st = os.stat(path)
        return cls(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, checked)

    def same_file(self, other: "FileStat") -> bool:
        """Same size, times and inode (when each was checked does not matter)."""
        return self[:4] == other[:4]


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
    stat: FileStat | None = field(default=None, compare=False, repr=False)
    """The file's signature taken before its bytes were read (None for text not from a file)."""

    @property
    def ok(self) -> bool:
        return self.error is None

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset (for references in briefings)."""
        return self.text.count("\n", 0, offset) + 1
