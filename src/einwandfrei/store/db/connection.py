"""Opening, creating and migrating a library file, and the transactions every change runs in."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.private_files import create_private_file, make_private_folder
from einwandfrei.store.db.change_counter import mark_changed
from einwandfrei.store.db.engine import WRITE_OPTIONS, create_library_engine
from einwandfrei.store.db.errors import (
    BugError,
    BusyLibraryError,
    DamagedLibraryError,
    LibraryError,
    NewerLibraryError,
    ReadOnlyLibraryError,
    ReadOnlyLibraryFileError,
    library_error,
    read_only_error,
    side_files,
    sqlite_detail,
    writable,
)
from einwandfrei.store.db.schema import HEAD_REVISION, KNOWN_REVISIONS
from einwandfrei.store.db.sqlite_access import driver_connection
from einwandfrei.store.library import search_index

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MIGRATIONS_DIR = Path(__file__).parents[1] / "migrations"
NOT_AN_EINWANDFREI_LIBRARY = Message(
    QT_TRANSLATE_NOOP("Messages", "it is not an Einwandfrei library")
)


class Library:
    """An open library file.

    `read()` gives a connection in a read transaction, `write()` one in a write transaction;
    `session()` is an ORM session inside a `write()`. Everything that changes data runs in exactly
    one write transaction, so each edit lands whole or not at all, and every write transaction keeps
    the search index and the change counter in step before it commits (see `write`): no writer has
    to remember either.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        refusal: LibraryError | None = None,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        """`refusal`, for a library opened read-only, is what every attempt to write raises."""
        self.path = path
        self.engine = engine
        self._writer = engine.execution_options(**WRITE_OPTIONS)
        self._refusal = refusal
        self._on_close = on_close

    @property
    def read_only(self) -> bool:
        """Whether the library was opened to be read only (see `store.db.read_only`)."""
        return self._refusal is not None

    def refuse_writing(self) -> None:
        """Raise the sentence naming what is read-only, if the library was opened read-only."""
        if self._refusal is not None:
            raise self._refusal

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection in a read transaction (a consistent snapshot)."""
        with _translated_errors(self.path), self.engine.connect() as connection, connection.begin():
            yield connection

    @contextlib.contextmanager
    def write(self, *, counted: bool = True) -> Iterator[Connection]:
        """A connection in a write transaction, committed when the block ends without error.

        Before the commit, the search entries of the objections the block touched are refreshed
        (`search_index.reindex_pending`) and, if any row changed, the change counter that tells
        automatic backups to run moves on — unless `counted` is False (a backup's own bookkeeping).
        """
        self.refuse_writing()
        with _translated_errors(self.path), self._writer.connect() as connection:
            driver = driver_connection(connection)
            search_index.track_changes(driver)  # outside the transaction: see track_changes
            with connection.begin():
                changes = driver.total_changes
                yield connection
                search_index.reindex_pending(connection)
                if counted and driver.total_changes != changes:
                    mark_changed(connection)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session inside one `write()` transaction, flushed and committed at the end."""
        from sqlalchemy.orm import Session

        with self.write() as connection:
            session = Session(bind=connection, expire_on_commit=False)
            try:
                yield session
                session.flush()
            finally:
                session.close()

    def fold_write_ahead_log(self) -> None:
        """Leave WAL mode, so the library is one self-contained file (the next open resumes WAL)."""
        self.refuse_writing()
        with _translated_errors(self.path), self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA journal_mode = DELETE")

    def close(self) -> None:
        """Close every connection (the last one checkpoints the write-ahead log)."""
        self.engine.dispose()
        if self._on_close is not None:
            on_close, self._on_close = self._on_close, None
            on_close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@contextlib.contextmanager
def _translated_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's low-level failures into one sentence a user can act on."""
    try:
        yield
    except DBAPIError as error:
        raise library_error(path, error) from error
    except sqlite3.Error as error:
        raise library_error(path, error) from error


def _check_permissions(path: Path) -> None:
    """Refuse a library whose folder or file this process may not write, before SQLite opens it.

    Checked first because SQLite, opening a read-only library in a writable folder, leaves
    read-only log files beside it that would spoil writing even after the file is made writable.
    """
    folder = path.parent
    if not writable(folder):
        raise ReadOnlyLibraryError(folder)
    if path.exists() and not writable(path):
        raise ReadOnlyLibraryFileError(path)
    for side_file in side_files(path):
        if side_file.exists() and not writable(side_file):
            raise ReadOnlyLibraryFileError(side_file)


def _probe_writing(path: Path) -> None:
    """Let SQLite take the write lock and change a header field, then roll back: nothing changes.

    Catches what permissions do not show (a read-only mount, a locked-down log file). A library
    that another program is writing right now is writable, so "busy" passes without waiting.
    """
    try:
        db = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=0
        )
    except sqlite3.Error as error:
        raise library_error(path, error) from error
    try:
        (version,) = db.execute("PRAGMA user_version").fetchone()
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            if db.in_transaction:
                db.execute("ROLLBACK")
    except sqlite3.Error as error:
        translated = library_error(path, error)
        if isinstance(translated, BusyLibraryError):
            return
        raise translated from error
    finally:
        db.close()


def check_writable(path: Path) -> None:
    """Refuse the library at `path` unless it can be written, with one sentence naming the culprit.

    A read-only folder raises `ReadOnlyLibraryError` (naming the folder), a read-only library file
    `ReadOnlyLibraryFileError` (naming the file). Nothing is written.
    """
    _check_permissions(path)
    _probe_writing(path)


def library_exists(path: Path) -> bool:
    """Whether `path` holds a library (an empty file or none means: create one)."""
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def stored_revision(path: Path) -> str | None:
    """The schema revision of the library at `path`, read without changing the file.

    None means an empty database. Raises `DamagedLibraryError` for anything that is not a readable
    Einwandfrei library.
    """
    try:
        uri = f"{path.absolute().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise DamagedLibraryError(path, NOT_AN_EINWANDFREI_LIBRARY)
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        translated = library_error(path, error)
        if isinstance(translated, BugError):  # nothing more specific: the file is not readable
            translated = DamagedLibraryError(path, sqlite_detail(error))
        raise translated from error
    return None if row is None else str(row[0])


def open_library(
    path: Path, *, read_only_ok: bool = False, reindexing: search_index.Progress | None = None
) -> Library:
    """Open the existing library at `path`, migrating an older schema after backing it up.

    A library written by a newer app, or one that cannot be read, is refused and left untouched.
    So is one that cannot be written (`check_writable`), before any edit would fail — unless
    `read_only_ok`: then it is opened to be read only (see `store.db.read_only`). A library whose
    search index was built the old way is re-indexed once (`reindexing` is told how far it got),
    changing nothing else.
    """
    path = path.absolute()
    try:
        _check_permissions(path)
        revision = stored_revision(path)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise NewerLibraryError(path, revision)
        _probe_writing(path)
    except (ReadOnlyLibraryError, ReadOnlyLibraryFileError) as refusal:
        if not read_only_ok:
            raise
        from einwandfrei.store.db.read_only import open_read_only

        return open_read_only(path, refusal)
    library = Library(path, create_library_engine(path))
    try:
        if revision != HEAD_REVISION:
            if revision is not None:
                from einwandfrei.store.db.backup import backup_library

                backup_library(library, label=f"before-upgrade-from-{revision}")
            migrate(library)
        with library.read() as connection:
            connection.execute(text("SELECT 1 FROM library_meta LIMIT 1")).all()
            stale = search_index.needs_rebuild(connection)
        if stale:
            reindex(library, reindexing)
    except BaseException:
        library.close()
        raise
    return library


def reindex(library: Library, progress: search_index.Progress | None = None) -> int:
    """Build the whole search index anew, in one transaction that changes nothing else (no
    change is counted for the automatic backup); returns the number of objections indexed."""
    with library.write(counted=False) as connection:
        return search_index.rebuild(connection, progress)


def create_library(path: Path, *, language: str) -> Library:
    """Create an empty library at `path` (the schema and the library's own settings)."""
    path = path.absolute()
    try:
        make_private_folder(path.parent)
    except OSError as error:
        raise ReadOnlyLibraryError(path.parent) from error
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyLibraryError(path.parent)
    try:
        create_private_file(path)  # SQLite gives its log files the library file's mode
    except OSError as error:
        raise read_only_error(path) from error
    library = Library(path, create_library_engine(path))
    try:
        migrate(library)
        with library.write() as connection:
            connection.execute(
                text("INSERT INTO library_meta (key, value) VALUES (:key, :value)"),
                [
                    {"key": "language", "value": language},
                    {"key": "library_id", "value": str(uuid.uuid4())},
                ],
            )
            search_index.mark_current(connection)
    except BaseException:
        library.close()
        raise
    return library


def migrate(library: Library) -> None:
    """Upgrade the library's schema to the newest revision, in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with _translated_errors(library.path), library._writer.connect() as connection:
        # Batch migrations rebuild tables, so foreign keys are checked once, at the end. The pragma
        # must be set outside a transaction, hence on the DB-API connection before `begin()`.
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise LibraryError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "Upgrading the library {path} would break {count} references; "
                                "it was left as it was.",
                            ),
                            path=library.path,
                            count=len(broken),
                        )
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
