"""Progress and cancelling for set-wide work (overview, briefing) that a screen waits for.

The engine knows nothing of screens or threads: long loops call a ``Progress`` callback
now and then with what they are doing and how far they are. The caller shows it, and
stops the work by raising :class:`Cancelled` from the callback (Esc on the waiting
screen), so nothing keeps burning CPU after the user has left.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, TypeVar

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``: "comparing statements", 1240, 2000."""

EVERY = 200
"""Items between two calls: often enough for a live count and a quick Esc, rarely enough to cost nothing."""

T = TypeVar("T")


class Cancelled(Exception):
    """The caller stopped the work (raised from its progress callback)."""


def no_progress(stage: str, done: int, total: int) -> None:
    """The default: nobody is watching."""


def counted(items: Iterable[T], total: int, stage: str, progress: Progress) -> Iterator[T]:
    """Yield ``items``, reporting every EVERY of them (and at the start and the end)."""
    if progress is no_progress:
        yield from items
        return
    progress(stage, 0, total)
    done = 0
    for done, item in enumerate(items, 1):
        if done % EVERY == 0:
            progress(stage, done, total)
        yield item
    progress(stage, done, total)
