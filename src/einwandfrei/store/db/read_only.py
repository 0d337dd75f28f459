"""Libraries this process cannot write, opened to be read instead of refused.

A library on read-only media (a backup on a stick, a read-only mount) or in a read-only file or
folder can still be searched, exported and printed. It is opened with SQLite's `immutable` flag
(see `file_access.read_only_uri`): no lock, no log file, nothing written beside it. A library whose
write-ahead log still holds changes, or whose schema is older than this app's, is first copied
into a private temporary folder and brought up to date there; the original is never touched.

Every attempt to write raises the sentence that names what is read-only, the folder or the file
(`Library.write`, `Library.session`).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.store.db.connection import Library, migrate
from einwandfrei.store.db.engine import create_library_engine, create_read_only_engine
from einwandfrei.store.db.errors import DamagedLibraryError, LibraryError, NewerLibraryError
from einwandfrei.store.db.file_access import read_only_uri
from einwandfrei.store.db.schema import HEAD_REVISION, KNOWN_REVISIONS


@dataclass(frozen=True, slots=True)
class _Opened:
    source: Path  # the file read: the library itself, or its private copy
    refusal: LibraryError


# Read-only libraries open in this process, by path, so that a second handle (a worker thread's)
# reads the same file the same way.
_OPEN: dict[Path, _Opened] = {}


def _log_holds_changes(path: Path) -> bool:
    log = path.with_name(path.name + "-wal")
    try:
        return log.stat().st_size > 0
    except OSError:
        return False


def _stored_revision(path: Path) -> str | None:
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as db:
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                raise DamagedLibraryError(
                    path, Message(QT_TRANSLATE_NOOP("Messages", "it is not an Einwandfrei library"))
                )
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise DamagedLibraryError(path, str(error)) from error
    return None if row is None else str(row[0])


def _private_copy(path: Path, folder: Path) -> Path:
    """The library (and its log) copied into `folder`, brought to the current schema there."""
    copy = folder / path.name
    shutil.copyfile(path, copy)
    if _log_holds_changes(path):
        shutil.copyfile(path.with_name(path.name + "-wal"), copy.with_name(copy.name + "-wal"))
    library = Library(copy, create_library_engine(copy))
    try:
        migrate(library)  # also takes in what the log held
        library.fold_write_ahead_log()
    finally:
        library.close()
    return copy


def open_read_only(path: Path, refusal: LibraryError) -> Library:
    """The library at `path`, to read only; writing raises `refusal` (the culprit's sentence).

    A library of a newer app, or a damaged one, is refused as `open_library` would.
    """
    revision = _stored_revision(path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerLibraryError(path, revision)
    if revision is None:
        raise refusal  # an empty file: nothing to read, and no way to make a library of it
    source, folder = path, None
    if revision != HEAD_REVISION or _log_holds_changes(path):
        folder = Path(tempfile.mkdtemp(prefix="einwandfrei-read-only-"))
        try:
            source = _private_copy(path, folder)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
    opened = _OPEN[path] = _Opened(source, refusal)

    def forget() -> None:
        if _OPEN.get(path) is opened:
            del _OPEN[path]
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    library = Library(path, create_read_only_engine(source), refusal=refusal, on_close=forget)
    try:
        with library.read() as connection:
            connection.exec_driver_sql("SELECT 1 FROM library_meta LIMIT 1").all()
    except BaseException:
        library.close()
        raise
    return library


def reopen(path: Path) -> Library | None:
    """Another handle on a library this process has open read-only, None if it has not."""
    opened = _OPEN.get(path)
    if opened is None:
        return None
    return Library(path, create_read_only_engine(opened.source), refusal=opened.refusal)
