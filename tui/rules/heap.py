"""Handing freed heap memory back to the system once a brief has compiled.

Compiling a brief (or loading its compiled programs from the pattern cache) builds
some megabytes of short-lived lists that glibc's allocator keeps after they are freed,
so a reader holding 10,000 cards carried them to the end of the session. One
``malloc_trim`` after the brief is ready returns them; it changes no object, so no
card can differ. Anywhere else (another C library, no ctypes) it does nothing.
"""

from __future__ import annotations

import sys


def give_back() -> None:
    """Return the allocator's free heap pages to the system (glibc only; never an error)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (ImportError, OSError, AttributeError):
        pass
