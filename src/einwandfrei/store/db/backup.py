"""Backups with SQLite's online backup API: automatic on open, on demand, and restore.

A backup is a complete library file, written beside the library in `backups/` and renamed into
place only once complete and checked (`quick_check`); its name says when it was taken (UTC), why,
and whether it passed the check (see `backup_ladder`). Backups are kept on a ladder that never
deletes the newest good one, and what an interrupted backup left behind is removed at the next.
Restoring first backs up the library it replaces.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.private_files import create_private_file, make_private_folder
from einwandfrei.store.db.backup_ladder import (
    LADDER,
    PARTIAL_SUFFIX,
    Check,
    Ladder,
    backup_name,
    list_backups,
    quick_check_passes,
    remove_abandoned_partials,
    rotate,
)
from einwandfrei.store.db.change_counter import BACKED_UP_CHANGE_COUNT, CHANGE_COUNT
from einwandfrei.store.db.connection import (
    NOT_AN_EINWANDFREI_LIBRARY,
    Library,
    migrate,
    stored_revision,
)
from einwandfrei.store.db.errors import (
    DamagedBackupError,
    DamagedLibraryError,
    LibraryError,
    NewerLibraryError,
    NotABackupError,
    sqlite_detail,
)
from einwandfrei.store.db.integrity_check import quick_check
from einwandfrei.store.db.schema import HEAD_REVISION, KNOWN_REVISIONS
from einwandfrei.store.library.record_reading import read_meta

__all__ = [
    "LADDER",
    "Ladder",
    "backup_folder",
    "backup_if_changed",
    "backup_library",
    "check_restorable",
    "check_then_back_up",
    "copy_database",
    "list_backups",
    "recover_from_backup",
    "replace_damaged_library",
    "restore_library",
    "rotate",
    "set_aside",
]

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def backup_folder(library: Library) -> Path:
    """Where the library's backups go: `backups/` beside the library file."""
    return library.path.parent / "backups"


def copy_database(source: Path, target: Path, *, check: bool = False) -> Check:
    """Copy the library at `source` to `target` consistently, even while it is in use.

    With `check`, the copy is checked (`quick_check`) before it is renamed into place; the result
    says how that went (`Check.UNKNOWN` without `check`). The copy is private (0600).
    """
    if not target.parent.is_dir():
        make_private_folder(target.parent)  # a folder of our own (an existing one is the user's)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    partial.unlink(missing_ok=True)
    verdict = Check.UNKNOWN
    try:
        create_private_file(partial)
        with (
            contextlib.closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            # A backup is one self-contained file, whatever journal mode the source uses.
            dst.execute("PRAGMA journal_mode = DELETE")
        if check:
            verdict = Check.PASSED if quick_check_passes(partial) else Check.FAILED
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
    return verdict


def backup_library(
    library: Library,
    target: Path | None = None,
    *,
    label: str = "",
    clock: Clock = _utc_now,
    ladder: Ladder = LADDER,
) -> Path:
    """Back up the library now: to `target`, or into the backup folder; returns the file written.

    A backup into the folder is checked and named for it, the folder is rotated on `ladder`, and
    what interrupted backups left there is removed. `clock` gives the time the name records.
    """
    with library.read() as connection:
        change_count = read_meta(connection, CHANGE_COUNT, "0")
    if target is not None:
        copy_database(library.path, target)
        return target
    folder = backup_folder(library)
    remove_abandoned_partials(folder)
    moment = clock()
    unchecked = folder / backup_name(moment, label)
    verdict = copy_database(library.path, unchecked, check=True)
    written = folder / backup_name(moment, label, verdict)
    unchecked.replace(written)
    rotate(folder, ladder)
    with library.write(counted=False) as connection:
        connection.execute(
            text(
                "INSERT INTO library_meta (key, value) VALUES (:key, :value) "
                "ON CONFLICT (key) DO UPDATE SET value = :value"
            ),
            {"key": BACKED_UP_CHANGE_COUNT, "value": change_count},
        )
    return written


def backup_if_changed(library: Library, *, clock: Clock = _utc_now) -> Path | None:
    """The automatic backup: back up if the library changed since its last backup (or has none)."""
    with library.read() as connection:
        changed = read_meta(connection, CHANGE_COUNT, "0") != read_meta(
            connection, BACKED_UP_CHANGE_COUNT, ""
        )
    if changed or not list_backups(backup_folder(library)):
        return backup_library(library, clock=clock)
    return None


_SQLITE_HEADER = b"SQLite format 3\0"


def check_restorable(source: Path) -> str:
    """Refuse a file that is not an intact Einwandfrei library this app can open; its revision.

    A file that is no Einwandfrei library at all (not a database, another program's database, an
    empty one) is `NotABackupError`; one that is, but is damaged, `DamagedBackupError`.
    """
    if not source.is_file():
        raise LibraryError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "There is no backup file at {path}."), path=source
            )
        )
    try:
        with source.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise LibraryError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The file {path} cannot be read ({reason})."),
                path=source,
                reason=str(error.strerror),
            )
        ) from error
    if header != _SQLITE_HEADER:
        raise NotABackupError(source)
    try:
        revision = stored_revision(source)
    except DamagedLibraryError as error:
        if error.detail == NOT_AN_EINWANDFREI_LIBRARY:
            raise NotABackupError(source) from error
        raise DamagedBackupError(source, error.detail) from error
    if revision is None:
        raise NotABackupError(source)
    if revision not in KNOWN_REVISIONS:
        raise NewerLibraryError(source, revision)
    try:
        with contextlib.closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as db:
            result = db.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as error:
        raise DamagedBackupError(source, sqlite_detail(error)) from error
    if result is None or result[0] != "ok":
        raise DamagedBackupError(
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


@dataclass(frozen=True, slots=True)
class OpeningCheck:
    """What the check after opening found, and the automatic backup it then made (if any)."""

    problems: tuple[str, ...]
    """SQLite's complaints (`integrity_check.quick_check`); none when the file is sound."""
    backup: Path | None


def check_then_back_up(library: Library, *, clock: Clock = _utc_now) -> OpeningCheck:
    """The work after a library is opened: `quick_check` it, and only if it is sound make the
    automatic backup (a damaged library is not copied over the ladder's good backups)."""
    problems = quick_check(library)
    if problems:
        return OpeningCheck(problems, None)
    return OpeningCheck((), backup_if_changed(library, clock=clock))


def recover_from_backup(library: Library, backup: Path) -> Path:
    """Put the backup in place of the damaged library file, keeping the damaged file aside;
    returns where it went. The `Library` keeps working: its next connection opens the backup
    (upgraded first if it is from an older schema)."""
    revision = check_restorable(backup)
    library.close()
    aside = set_aside(library.path)
    copy_database(backup, library.path)
    if revision != HEAD_REVISION:
        migrate(library)
    return aside


def set_aside(path: Path, reason: str = "damaged", *, clock: Clock = _utc_now) -> Path:
    """Move a library file (and its journal files) out of the way, never deleting it."""
    aside = path.with_name(f"{path.name}.{reason}-{clock().strftime('%Y%m%d-%H%M%S-%f')}")
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
