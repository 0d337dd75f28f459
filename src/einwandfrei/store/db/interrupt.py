"""Stopping a read from another thread: quick-find drops a search once newer text is waiting."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from einwandfrei.store.db.errors import InterruptedReadError

if TYPE_CHECKING:  # kept light: quick-find makes its Interrupter before SQLAlchemy is loaded
    from sqlalchemy import Connection

    from einwandfrei.store.db.connection import Library

__all__ = ["InterruptedReadError", "Interrupter"]


class Interrupter:
    """Lets one thread stop the read another thread is running through `reading`.

    A stopped read raises `InterruptedReadError` (SQLite's `SQLITE_INTERRUPT`, sorted out by
    `store.db.errors.library_error` like every other failure).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: Any = None

    @contextlib.contextmanager
    def reading(self, library: Library) -> Iterator[Connection]:
        """A read transaction, as `Library.read`, that `interrupt` can stop."""
        with library.read() as connection:
            with self._lock:
                self._connection = connection.connection.dbapi_connection
            try:
                yield connection
            finally:
                with self._lock:
                    self._connection = None

    def interrupt(self) -> None:
        """Stop the read in progress, if any (safe from any thread)."""
        with self._lock:
            if self._connection is not None:
                self._connection.interrupt()
