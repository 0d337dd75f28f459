"""Backups with SQLite's online backup API: automatic on open, on demand, and restore.

A backup is a complete library file, written beside the library in `backups/` under a sortable name
(`library-20261127-104740-123456.sqlite3`, UTC) and renamed into place only once complete. The
newest `KEEP` backups are kept. Restoring first backs up the library it replaces.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.store.db.change_counter import BACKED_UP_CHANGE_COUNT, CHANGE_COUNT
from einwandfrei.store.db.connection import Library, migrate, stored_revision
from einwandfrei.store.db.errors import (
    DamagedLibraryError,
    LibraryError,
    NewerLibraryError,
    sqlite_detail,
)
from einwandfrei.store.db.schema import HEAD_REVISION, KNOWN_REVISIONS
from einwandfrei.store.library.record_reading import read_meta

KEEP = 10
BACKUP_PREFIX = "library-"
BACKUP_SUFFIX = ".sqlite3"


def backup_folder(library: Library) -> Path:
    """Where the library's backups go: `backups/` beside the library file."""
    return library.path.parent / "backups"


def list_backups(folder: Path) -> list[Path]:
    """The backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    return sorted(
        (
            path
            for path in folder.iterdir()
            if path.name.startswith(BACKUP_PREFIX) and path.name.endswith(BACKUP_SUFFIX)
        ),
        reverse=True,
    )


def copy_database(source: Path, target: Path) -> None:
    """Copy the library at `source` to `target` consistently, even while it is in use."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with (
            contextlib.closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            # A backup is one self-contained file, whatever journal mode the source uses.
            dst.execute("PRAGMA journal_mode = DELETE")
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise LibraryError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The backup to {path} could not be written ({reason})."
                ),
                path=target,
                reason=sqlite_detail(error),
            )
        ) from error


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def backup_library(library: Library, target: Path | None = None, *, label: str = "") -> Path:
    """Back up the library now: to `target`, or into the backup folder (then rotated)."""
    if target is None:
        suffix = f"-{label}" if label else ""
        target = backup_folder(library) / f"{BACKUP_PREFIX}{_stamp()}{suffix}{BACKUP_SUFFIX}"
    with library.read() as connection:
        change_count = read_meta(connection, CHANGE_COUNT, "0")
    copy_database(library.path, target)
    if target.parent == backup_folder(library):
        rotate(target.parent)
        with library.write(counted=False) as connection:
            connection.execute(
                text(
                    "INSERT INTO library_meta (key, value) VALUES (:key, :value) "
                    "ON CONFLICT (key) DO UPDATE SET value = :value"
                ),
                {"key": BACKED_UP_CHANGE_COUNT, "value": change_count},
            )
    return target


def rotate(folder: Path, keep: int = KEEP) -> None:
    """Delete all but the newest `keep` backups in `folder`."""
    for old in list_backups(folder)[keep:]:
        old.unlink(missing_ok=True)


def backup_if_changed(library: Library) -> Path | None:
    """The automatic backup: back up if the library changed since its last backup (or has none)."""
    with library.read() as connection:
        changed = read_meta(connection, CHANGE_COUNT, "0") != read_meta(
            connection, BACKED_UP_CHANGE_COUNT, ""
        )
    if changed or not list_backups(backup_folder(library)):
        return backup_library(library)
    return None


def check_restorable(source: Path) -> str:
    """Refuse a file that is not an intact Einwandfrei library this app can open; its revision."""
    if not source.is_file():
        raise LibraryError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "There is no backup file at {path}."), path=source
            )
        )
    revision = stored_revision(source)
    if revision is None:
        raise DamagedLibraryError(
            source, Message(QT_TRANSLATE_NOOP("Messages", "it is an empty database"))
        )
    if revision not in KNOWN_REVISIONS:
        raise NewerLibraryError(source, revision)
    with contextlib.closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as db:
        result = db.execute("PRAGMA quick_check").fetchone()
    if result is None or result[0] != "ok":
        raise DamagedLibraryError(
            source,
            Message(
                QT_TRANSLATE_NOOP("Messages", "the integrity check says {verdict}"),
                verdict=str(result[0]) if result else "?",
            ),
        )
    return revision


def restore_library(library: Library, source: Path) -> Path:
    """Replace the library's content with the backup at `source`; returns the safety backup.

    The library file stays where it is (other programs keep their path); its pages are overwritten
    through the backup API in one step, then an older schema is upgraded.
    """
    revision = check_restorable(source)
    safety = backup_library(library, label="before-restore")
    library.close()
    try:
        with (
            contextlib.closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src,
            contextlib.closing(sqlite3.connect(library.path)) as dst,
        ):
            src.backup(dst)
    except sqlite3.Error as error:
        raise LibraryError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Restoring {path} failed ({reason}); "
                    "the previous library is saved as {safety}.",
                ),
                path=source,
                reason=sqlite_detail(error),
                safety=safety,
            )
        ) from error
    if revision != HEAD_REVISION:
        migrate(library)
    return safety


def set_aside(path: Path, reason: str = "damaged") -> Path:
    """Move a library file (and its journal files) out of the way, never deleting it."""
    aside = path.with_name(f"{path.name}.{reason}-{_stamp()}")
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    path.replace(aside)
    return aside


def replace_damaged_library(path: Path, source: Path) -> Path:
    """Put the backup at `source` in place of an unreadable library; returns where that went."""
    check_restorable(source)
    aside = set_aside(path)
    copy_database(source, path)
    return aside
