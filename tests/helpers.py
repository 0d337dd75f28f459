"""Small helpers shared by the tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import text

from einwandfrei.planning.library_content import LibraryContent
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.record_reading import read_library


def file_digest(path: Path) -> str:
    """SHA-256 of a file, to prove it was left untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content_of(library: Library) -> LibraryContent:
    """Everything the library holds, for before/after comparisons."""
    with library.read() as connection:
        return read_library(connection)


def count(library: Library, table: str, where: str = "1") -> int:
    """Rows in a table."""
    with library.read() as connection:
        return int(
            connection.execute(text(f"SELECT count(*) FROM {table} WHERE {where}")).scalar_one()
        )
