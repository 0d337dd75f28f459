"""The library through the `sqlite3` module alone, for commands that must start fast.

`einwandfrei sheet` prints a PDF in about a third of a second; importing SQLAlchemy alone costs
that much again (plus its share of interpreter shutdown). So it reads through `open_snapshot`, a
plain sqlite3 connection on a current library, and the readers it uses (`store.library.
record_reading`, `store.calls.printable_plan`) take either that or a SQLAlchemy `Connection` from
`Library.read()`, whose sqlite3 connection (`driver_connection`) they use inside its transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.store.db.errors import DamagedLibraryError, library_error
from einwandfrei.store.db.file_access import may_write, read_only_uri
from einwandfrei.store.db.schema import HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy import Connection

AnyConnection: TypeAlias = "sqlite3.Connection | Connection"
"""A plain sqlite3 connection or a SQLAlchemy one: what the fast readers accept."""

BUSY_TIMEOUT_MS = 5_000
"""How long a statement waits for another program's lock before the library counts as busy."""


def driver_connection(connection: AnyConnection) -> sqlite3.Connection:
    """The sqlite3 connection behind `connection` (a sqlite3 or a SQLAlchemy connection)."""
    if isinstance(connection, sqlite3.Connection):
        return connection
    raw = connection.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        raise TypeError(f"expected a SQLite connection, not {type(raw).__name__}")
    return raw


@contextlib.contextmanager
def open_snapshot(path: Path) -> Iterator[sqlite3.Connection | None]:
    """A read-only view of the current library at `path` in one read transaction.

    Yields None when the library has to go through `open_library` first: it does not exist yet,
    its schema is not the current one (a migration, or a newer app's file, which that refuses), or
    it is read-only with a write-ahead log beside it. A read-only library is read as it is
    (`read_only_uri`): nothing is written, not even beside it.
    Raises `DamagedLibraryError` for a file that is not a readable library.
    """
    try:
        if path.stat().st_size == 0:
            yield None
            return
    except FileNotFoundError:
        yield None
        return
    if may_write(path):
        target, uri = str(path), False
    elif path.with_name(path.name + "-wal").exists():
        yield None  # read-only, with changes perhaps still in the log: `open_library` copies it
        return
    else:  # read-only media, file or folder: read without writing anything, even beside it
        target, uri = read_only_uri(path), True
    try:
        db = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, uri=uri)
    except sqlite3.Error as error:
        raise library_error(path, error) from error
    try:
        try:
            db.execute("PRAGMA query_only = ON")
            db.execute("BEGIN")
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
            if tables and "alembic_version" not in tables:
                raise DamagedLibraryError(
                    path, Message(QT_TRANSLATE_NOOP("Messages", "it is not an Einwandfrei library"))
                )
            revision = (
                db.execute("SELECT version_num FROM alembic_version").fetchone() if tables else None
            )
        except sqlite3.Error as error:
            raise library_error(path, error) from error
        if revision is None or revision[0] != HEAD_REVISION:
            yield None
            return
        try:
            yield db
        except sqlite3.Error as error:
            raise library_error(path, error) from error
    finally:
        db.close()  # ends the read transaction
