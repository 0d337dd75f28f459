"""A second handle on an open library, for work in another thread.

SQLite connections must not cross threads, so a worker opens its own `Library` on the same file.
The file is known to be a current library (the window opened it), so nothing is checked or migrated.
"""

from __future__ import annotations

from pathlib import Path

from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.engine import create_library_engine


def open_secondary(path: Path) -> Library:
    """Another `Library` on the library file at `path`; close it when the work is done.

    A library the window opened read-only is read the same way again (see `read_only.reopen`).
    """
    from einwandfrei.store.db.read_only import reopen

    return reopen(path) or Library(path, create_library_engine(path))
