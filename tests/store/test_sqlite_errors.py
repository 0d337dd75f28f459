"""SQLite's failures are told apart by their error code, each with its sentence."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from einwandfrei.messages import Message
from einwandfrei.store.db import engine as engine_module
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.engine import create_library_engine
from einwandfrei.store.db.errors import (
    BugError,
    BusyLibraryError,
    DamagedLibraryError,
    DiskFullError,
    InterruptedReadError,
    KnownError,
    LibraryError,
    ReadOnlyLibraryError,
    library_error,
    sqlite_code,
    sqlite_detail,
)
from tests.helpers import file_digest


def _raised(action: object, *arguments: object) -> sqlite3.Error:
    """The sqlite3 error `action(*arguments)` raises."""
    assert callable(action)
    with pytest.raises(sqlite3.Error) as caught:
        action(*arguments)
    return caught.value


@contextlib.contextmanager
def _reopened(path: Path) -> Iterator[Library]:
    library = Library(path, create_library_engine(path))
    try:
        yield library
    finally:
        library.close()


@contextlib.contextmanager
def _write_lock(path: Path) -> Iterator[None]:
    """Another program holding the library's write lock."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_busy_library_is_known_by_its_code(empty_library: Library) -> None:
    path = empty_library.path
    with _write_lock(path):
        waiting = sqlite3.connect(path, isolation_level=None, timeout=0)
        try:
            error = _raised(waiting.execute, "BEGIN IMMEDIATE")
        finally:
            waiting.close()
    assert sqlite_code(error) == sqlite3.SQLITE_BUSY
    translated = library_error(path, error)
    assert isinstance(translated, BusyLibraryError) and isinstance(translated, KnownError)
    assert str(translated) == (
        f"The library {path} is busy in another program; close it there or try again."
    )


def test_a_write_that_waits_too_long_says_the_library_is_busy(
    empty_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    with (
        _reopened(empty_library.path) as library,
        _write_lock(library.path),
        pytest.raises(BusyLibraryError),
        library.write() as connection,
    ):
        connection.execute(text("UPDATE library_meta SET value = value"))


def test_words_that_sound_like_a_known_problem_are_not_taken_for_one(
    empty_library: Library,
) -> None:
    # "no such table: locked" names a lock, but SQLite's code says: a statement of ours is wrong.
    with pytest.raises(BugError) as caught, empty_library.read() as connection:
        connection.execute(text("SELECT * FROM locked"))
    assert not isinstance(caught.value, KnownError)
    assert str(caught.value) == (
        f"The library {empty_library.path} could not be used (no such table: locked)."
    )
    assert sqlite_code(caught.value) == sqlite3.SQLITE_ERROR


def test_a_file_that_is_not_a_database_is_damaged(tmp_path: Path) -> None:
    garbage = tmp_path / "library.sqlite3"
    garbage.write_bytes(b"locked readonly busy " * 500)
    with (
        _reopened(garbage) as library,
        pytest.raises(DamagedLibraryError) as caught,
        library.read() as connection,
    ):
        connection.execute(text("SELECT count(*) FROM objections"))
    assert caught.value.detail == Message("file is not a database")
    assert sqlite_code(caught.value) == sqlite3.SQLITE_NOTADB


def test_a_corrupt_library_is_damaged_and_left_untouched(library: Library) -> None:
    path = library.path
    library.fold_write_ahead_log()
    library.close()
    # Keep the first page (the schema), spoil every page after it.
    with sqlite3.connect(path) as db:
        (page_size,) = db.execute("PRAGMA page_size").fetchone()
    db.close()
    content = path.read_bytes()
    path.write_bytes(content[:page_size] + b"\xff" * (len(content) - page_size))
    before = file_digest(path)
    with (
        _reopened(path) as reopened,
        pytest.raises(DamagedLibraryError) as caught,
        reopened.read() as connection,
    ):
        connection.execute(text("SELECT count(*) FROM responses")).scalar()
    assert sqlite_code(caught.value) == sqlite3.SQLITE_CORRUPT
    assert caught.value.detail == Message("database disk image is malformed")
    assert "is damaged and cannot be read (database disk image is malformed)" in str(caught.value)
    assert file_digest(path) == before


def test_a_full_disk_is_known_and_loses_nothing(empty_library: Library) -> None:
    with empty_library.read() as connection:
        before = connection.execute(text("SELECT count(*) FROM library_meta")).scalar_one()
    with pytest.raises(DiskFullError) as caught, empty_library.write() as connection:
        # A file that may not grow beyond its present size: what a full disk looks like to SQLite.
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        connection.execute(
            text("INSERT INTO library_meta (key, value) VALUES ('filler', :value)"),
            {"value": "x" * 1_000_000},
        )
    assert isinstance(caught.value, KnownError)
    assert sqlite_code(caught.value) == sqlite3.SQLITE_FULL
    assert str(caught.value) == (
        f"The disk holding the library {empty_library.path} is full; free some space and try "
        "again — nothing was lost."
    )
    empty_library.close()  # the limit was set on a pooled connection
    with _reopened(empty_library.path) as library, library.read() as connection:
        assert connection.execute(text("SELECT count(*) FROM library_meta")).scalar_one() == before


def test_a_write_to_a_read_only_connection_is_a_read_only_problem(empty_library: Library) -> None:
    path = empty_library.path
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        error = _raised(reader.execute, "DELETE FROM library_meta")
    finally:
        reader.close()
    assert sqlite_code(error) == sqlite3.SQLITE_READONLY
    assert isinstance(library_error(path, error), ReadOnlyLibraryError)


def test_an_interrupted_statement_is_an_interruption_not_a_failure(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "scratch.sqlite3")
    db.set_progress_handler(lambda: 1, 1)  # SQLite asks to go on, and is told to stop
    try:
        error = _raised(db.execute, "SELECT 1")
    finally:
        db.close()
    assert sqlite_code(error) == sqlite3.SQLITE_INTERRUPT
    translated = library_error(tmp_path / "library.sqlite3", error)
    assert isinstance(translated, InterruptedReadError)
    assert not isinstance(translated, KnownError | BugError)


def test_errors_without_a_code_are_ours(tmp_path: Path) -> None:
    # sqlite3's own complaints (a closed connection) carry no SQLite code.
    db = sqlite3.connect(tmp_path / "scratch.sqlite3")
    db.close()
    error = _raised(db.execute, "SELECT 1")
    assert sqlite_code(error) is None
    assert isinstance(library_error(tmp_path, error), BugError)
    assert isinstance(library_error(tmp_path, error), LibraryError)


def test_sqlite_details_come_from_the_code(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"x" * 4096)
    db = sqlite3.connect(garbage)
    try:
        error = _raised(db.execute, "SELECT * FROM sqlite_master")
    finally:
        db.close()
    assert sqlite_detail(error) == Message("file is not a database")
