"""Stopping a read from another thread: quick-find drops a search once newer text is waiting."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.store.db.errors import LibraryError

if TYPE_CHECKING:  # kept light: quick-find makes its Interrupter before SQLAlchemy is loaded
    from sqlalchemy import Connection

    from einwandfrei.store.db.connection import Library


class InterruptedReadError(LibraryError):
    """A read that `Interrupter.interrupt` stopped."""

    def __init__(self) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP("Messages", "The search was interrupted.")))


class Interrupter:
    """Lets one thread stop the read another thread is running through `reading`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: Any = None

    @contextlib.contextmanager
    def reading(self, library: Library) -> Iterator[Connection]:
        """A read transaction, as `Library.read`, that `interrupt` can stop."""
        try:
            with library.read() as connection:
                with self._lock:
                    self._connection = connection.connection.dbapi_connection
                try:
                    yield connection
                finally:
                    with self._lock:
                        self._connection = None
        except LibraryError as error:
            if _was_interrupted(error):
                raise InterruptedReadError() from error
            raise

    def interrupt(self) -> None:
        """Stop the read in progress, if any (safe from any thread)."""
        with self._lock:
            if self._connection is not None:
                self._connection.interrupt()


def _was_interrupted(error: BaseException) -> bool:
    """Whether SQLite stopped a statement because of `interrupt` (by its error code, not words)."""
    seen: BaseException | None = error
    while seen is not None:
        if getattr(seen, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT:
            return True
        seen = seen.__cause__ or getattr(seen, "orig", None)
    return False
