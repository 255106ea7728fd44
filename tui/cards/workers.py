"""Worker processes started and let go so that the program's end is quiet and prompt.

``CardPool`` uses a ``ProcessPoolExecutor``; three of its ways of ending printed a
traceback or hung ``brief card`` on a loaded machine (Python 3.11):

- At exit, ``concurrent.futures`` wakes each executor's manager thread through a pipe
  without the executor's lock (CPython gh-125451), while that thread, woken by the
  workers' end, closes the same pipe: "OSError: [Errno 9] Bad file descriptor" under
  "Exception ignored in: <module 'threading'>" after the last card (3 runs of 70).
  ``let_go`` therefore waits until the manager thread is done: nothing is left to race.
- A worker terminated while it sent a result leaves the manager thread reading the rest
  of it for ever (this process holds the pipe's write end too), and the exit joins that
  thread: a hang after Ctrl-C. ``let_go`` closes this process's write end, so the
  read ends once the workers are gone.
- Ctrl-C reaches the whole process group: a worker still importing printed its own
  ``KeyboardInterrupt`` traceback. Workers are started with SIGINT blocked (they inherit
  the mask, so it holds from their first instruction) and then ignore it: stopping them
  is the caller's work (``let_go``), as ``multiprocessing``'s resource tracker does.
"""

from __future__ import annotations

import signal
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Iterator

LET_GO_SECONDS = 5.0
"""At most this long for the manager thread to end once the workers are terminated (it takes
milliseconds; the bound only keeps a stuck thread from stopping the caller too)."""

_HAS_MASK = hasattr(signal, "pthread_sigmask")


@contextmanager
def interrupts_held() -> Iterator[None]:
    """SIGINT blocked in this thread while worker processes are started (the workers, and the
    executor's threads started here, inherit the mask); a Ctrl-C in between comes after."""
    if not _HAS_MASK:
        yield
        return
    # the first worker started would start multiprocessing's resource tracker, which
    # unblocks SIGINT when it is under way: have it running before blocking
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def ignore_interrupts() -> None:
    """In a worker: SIGINT ignored, then unblocked (one that came while it started is dropped)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _HAS_MASK:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def let_go(executor: ProcessPoolExecutor, timeout: float = LET_GO_SECONDS) -> bool:
    """Stop the executor now: pending work cancelled, workers terminated (not waited for
    their tasks), and its manager thread ended before this returns. True once it has."""
    manager = getattr(executor, "_executor_manager_thread", None)
    results = getattr(executor, "_result_queue", None)
    # shutdown() forgets the processes: take them first (3.14's terminate_workers() does
    # the same, and does not wait for the manager thread either)
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    writer = getattr(results, "_writer", None)
    if writer is not None:
        writer.close()  # only workers write results: a read cut off mid-result now ends
    if manager is None:
        return True
    manager.join(timeout)
    return not manager.is_alive()
