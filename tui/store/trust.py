"""When a file's ``stat`` is enough to know it still holds the text the store hashed.

Reopening a folder would otherwise read and hash every file. The store keeps, with
the hash of the text a path held, the file's signature taken just before that text
was read: size, mtime, ctime and inode. A file whose signature is unchanged is
taken to hold the same text, as ``git status`` and ``make`` do. ctime cannot be set
by a program (``touch -d`` and ``os.utime`` set it to now), so an edit that puts the
old size and mtime back still changes the signature; so does a file replaced by
another (new inode).

Not enough on its own: a file's times have a granularity (a clock tick, 1 s on some
file systems, 2 s on FAT), so a write in the same tick as the ``stat`` the store
kept can leave every field as it was ("racy" files, in git's words). So a signature
is trusted only when the file had last changed at least ``RACY_NS`` before the
store's ``stat`` of it (its ``checked_ns``): any later write then lands in a later
tick and shows. A file changed just before it was read is read and hashed again
next time, and the time of that check is kept, so the time after it is trusted.

What is still assumed: the file system's clock does not run backwards by more than
``RACY_NS`` (a network share whose server clock is far behind this machine's could
fool it). Even then no card is paired with the wrong text: a stored entry reads its
file when it is opened and checks the text's hash (``entries.py``); only its list
row could show the old title and counts until then.
"""

from __future__ import annotations

import os

from ..articles.model import FileStat

RACY_NS = 2_000_000_000
"""A file changed less than this before the store's look at it is hashed again (FAT's 2 s)."""


def trusted(kept: FileStat, path: str) -> bool:
    """May the text kept for this signature be taken as the file's text now?"""
    if max(kept.mtime_ns, kept.ctime_ns) + RACY_NS > kept.checked_ns:
        return False  # changed too close to the store's look: the signature proves nothing
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (kept.size, kept.mtime_ns, kept.ctime_ns, kept.ino) == (st.st_size, st.st_mtime_ns, st.st_ctime_ns,
                                                                   st.st_ino)
