"""The corpus store: cards kept in SQLite between runs, and search across everything said.

``location`` says where the database lives (or that there is none), ``schema`` opens
and, when needed, rebuilds it, ``keys`` and ``codec`` say when a kept card may be used
and turn cards into rows and back, ``store`` reads and writes rows, ``writer`` is the
one thread that writes, ``pool`` hands out cards for a folder from the store or the
engine, and ``search`` and ``quotes`` query the full-text index. Nothing here imports
Textual.
"""

from .location import STORE_ENV, store_path
from .store import Store, open_store

__all__ = ["STORE_ENV", "Store", "open_store", "store_path"]
