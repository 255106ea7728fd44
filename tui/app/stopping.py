"""Stopping a thread that is building cards, so 'q' quits at once.

Python has no way to kill a thread, and the card engine has no reason to check a
flag in its inner loops. While a card is being built, its thread holds the
interpreter almost all the time, and the screen's shutdown (hundreds of small
steps, each waiting for its turn at the interpreter) took seconds. CPython can
raise an exception in another thread at its next bytecode
(``PyThreadState_SetAsyncExc``); the exception is a ``BaseException`` so that
the engine's "a failing card becomes a warning" handler does not catch it.
A thread inside one long C call (a single regex) stops when the call returns;
it is a daemon thread, so it never keeps the process alive either way.
"""

from __future__ import annotations

import ctypes
import threading


class CardsStopped(BaseException):
    """Raised inside a card-building thread when the reader quits."""


def stop_thread(thread: threading.Thread) -> bool:
    """Ask ``thread`` to raise CardsStopped at its next bytecode; False if it is not running."""
    if not thread.is_alive() or thread.ident is None:
        return False
    try:
        done = ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident),
                                                          ctypes.py_object(CardsStopped))
    except (AttributeError, OSError):  # not CPython: the daemon thread ends with the process
        return False
    return done == 1
