"""Where the store lives: ``BRIEF_STORE=PATH`` moves it, ``BRIEF_STORE=off`` does without.

Kept cards are a cache (deleting the file is always safe: every card can be made
again), so the default is the user's cache folder, next to the compiled patterns.
"""

from __future__ import annotations

import os
from pathlib import Path

from .schema import SCHEMA_VERSION

STORE_ENV = "BRIEF_STORE"
FILE_NAME = f"store-{SCHEMA_VERSION}.sqlite3"
"""Named by schema version: an older install sharing the cache folder keeps its own file
(each would otherwise rebuild the other's at every start)."""
OFF_WORDS = ("off", "0", "no", "none", "false")


def store_path(no_store: bool = False) -> Path | None:
    """The database file to use, or None when the store is off (``--no-store`` or the variable)."""
    if no_store:
        return None
    setting = os.environ.get(STORE_ENV, "").strip()
    if setting.lower() in OFF_WORDS:
        return None
    if setting:
        return Path(setting).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefing-reader" / FILE_NAME
