"""Messages the screens post to the app, instead of calling its methods.

A screen does not know which app it runs in: it says what the reader asked for
and the app (``BriefingApp``) decides what to do. Messages bubble from a screen
to the app, so any screen (or the command palette) can post them.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

Span = tuple[int, int]


@dataclass
class OpenArticle(Message):
    """Show article ``index`` (0-based) in the reader, with ``span`` highlighted if given."""

    index: int
    span: Span | None = None


@dataclass
class ReaderReady(Message):
    """The reading screen's widgets exist: the app shows what is loaded so far."""


@dataclass
class ReloadRules(Message):
    """The reader asked for the brief to be read again now (the r key)."""
