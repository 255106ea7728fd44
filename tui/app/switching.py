"""A short interpreter switch interval while background work competes with the screen.

CPython hands the interpreter from a busy thread to a waiting one only every switch
interval (5 ms by default). The screen's thread gives it up at every wait for input
or a timer, and each time it wants it back it waits up to that long behind the card
builder or the overview and briefing workers: a key such as Esc, whose handling takes
dozens of such turns, then took 0.5-2 s while the overview or the preview of 2,000
articles was computed (bench/views.py). The card builder has held a 0.5 ms interval
since keys were first measured; every background worker now takes it the same way.
Holds are counted, so overlapping workers (cards still loading while the overview is
computed) put back the interval that was set before the first of them.
"""

from __future__ import annotations

import sys
import threading
from contextlib import contextmanager
from typing import Iterator

SWITCH_INTERVAL = 0.0005
"""Seconds a busy thread keeps the interpreter while the screen's thread waits for it."""

_lock = threading.Lock()
_holders = 0
_before = 0.005


@contextmanager
def short_switch_interval() -> Iterator[None]:
    """Run the body with the short interval; the outermost hold puts the old one back."""
    global _holders, _before
    with _lock:
        if _holders == 0:
            _before = sys.getswitchinterval()
            sys.setswitchinterval(min(_before, SWITCH_INTERVAL))
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0:
                sys.setswitchinterval(_before)
