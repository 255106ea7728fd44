"""Set-wide work with Python's cyclic garbage collector held.

The overview and the briefing of a large set allocate hundreds of thousands of objects
(references, clusters, table rows, lines) while the workspace's cards, millions of
objects, sit in memory. Each full collection the allocations set off scans every card
again, and the larger the set the more of them there are: at 2,000 BBC articles they
were 0.8 s of a 2.9 s export (0.01 s at 200), which made the export grow as n^1.2.
This work makes no reference cycles (a collection right after it frees nothing), so the
collector is held while it runs and the memory is the same.

When the hold ends, what the work made is frozen out of the collector too: the results
live on (a screen shows them) or are freed by reference counting, and a collector given
back hundreds of thousands of young objects set off a full pass on the next allocation,
on whichever thread made it: the reader's, which stalled Esc 0.5-1 s just after an
overview or a preview was cancelled (bench/views.py).
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_held() -> Iterator[None]:
    """Hold the cyclic collector inside (also usable as a decorator); give it back as it
    was, even when the work is cancelled. Nesting, and another thread holding it at the
    same time, leave it on at the end if it was on at the start of the outermost hold."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.freeze()
            gc.enable()
