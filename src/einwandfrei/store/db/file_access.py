"""A library file reached without SQLAlchemy: may this process write it, how to only read it."""

from __future__ import annotations

from pathlib import Path

from einwandfrei.store.db.errors import side_files, writable


def may_write(path: Path) -> bool:
    """Whether permissions let this process write the library at `path` and the files beside it.

    A read-only mount counts as read-only too. (SQLite may still refuse; see `check_writable`.)
    """
    return (
        writable(path.parent)
        and writable(path)
        and all(writable(side) for side in side_files(path) if side.exists())
    )


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads the library at `path` without writing anything, beside it too.

    `immutable` promises SQLite that nobody changes the file while it is open: no lock is taken
    and no log or shared-memory file is made, which a read-only folder or medium could not hold
    (and which, made with the file's read-only permissions, would spoil writing it later).
    """
    return f"{path.absolute().as_uri()}?mode=ro&immutable=1"
