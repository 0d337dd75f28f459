"""SQLAlchemy engines on a library file, with the connection settings every write relies on."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from einwandfrei.store.db.file_access import read_only_uri
from einwandfrei.store.db.sqlite_access import BUSY_TIMEOUT_MS

WRITE_OPTIONS = {"einwandfrei_write": True}


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (see `_begin`).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _begin(connection: Connection) -> None:
    # A writing transaction takes the write lock up front (BEGIN IMMEDIATE), so two writers queue on
    # the busy timeout instead of failing half-way with "database is locked"; readers never wait.
    if connection.get_execution_options().get("einwandfrei_write"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def create_library_engine(path: Path) -> Engine:
    """An engine on the library at `path`: WAL, foreign keys, a busy timeout, explicit transactions.

    `engine.execution_options(**WRITE_OPTIONS)` gives the variant whose transactions write.
    """
    engine = create_engine(f"sqlite+pysqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def _configure_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


def create_read_only_engine(path: Path) -> Engine:
    """An engine that only reads the library at `path` (see `read_only_uri`)."""
    uri = read_only_uri(path)
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=QueuePool,
    )
    event.listen(engine, "connect", _configure_read_only)
    event.listen(engine, "begin", _begin)
    return engine
