"""Progress of work a screen waits for, shown on the screen and stopped when it closes.

The engine's long loops call a ``Progress`` callback (:mod:`tui.comparison.progress`)
from a worker thread. This one turns those calls into a status line on the screen,
at most ten a second (each is a round trip to the event loop), and raises
``Cancelled`` as soon as the screen says the work is no longer wanted.
"""

from __future__ import annotations

import time
from typing import Callable

from textual.app import App

from ..comparison.progress import Cancelled

MIN_INTERVAL = 0.1
"""Seconds between two status updates."""


class ScreenProgress:
    """``progress(stage, done, total)`` for a worker thread: "Preparing…: stage 1,240 / 2,000…"."""

    def __init__(self, app: App, show: Callable[[str], None], stopped: Callable[[], bool], label: str) -> None:
        self.app = app
        self.show = show
        self.stopped = stopped
        self.label = label
        self._last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.stopped():
            raise Cancelled
        now = time.monotonic()
        if now - self._last < MIN_INTERVAL and done < total:
            return
        self._last = now
        self.app.call_from_thread(self.show, f"{self.label}: {stage} {done:,} / {total:,}…")


def article_count(n: int) -> str:
    """"1 article", "2,226 articles": the count every screen's status line and title shows."""
    return f"{n:,} article{'' if n == 1 else 's'}"


def still_loading(covered: int, total: int | None, key: str) -> str:
    """" · only 4 of 5 articles loaded; ...": what a set-wide screen opened while cards still
    load leaves out, so a briefing of part of a folder never passes for the whole (empty when
    ``total`` is None: all were in)."""
    if not total or covered >= total:
        return ""
    return f" · only {covered:,} of {total:,} articles loaded; {key} again once all are in"


def progress_line(done: int, total: int, started: tuple[float, int] | None, now: float) -> str:
    """ "1,240 / 2,225 cards · 4 s left": the time left from the pace since ``started``."""
    line = f"{done:,} / {total:,} cards"
    if started is None:
        return line
    at, first = started
    made, elapsed = done - first, now - at
    if made > 0 and elapsed >= 2 and done < total:
        left = (total - done) * elapsed / made
        line += f" · {left:.0f} s left" if left < 90 else f" · {left / 60:.0f} min left"
    return line
