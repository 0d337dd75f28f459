"""The backup folder: how backups are named, which ones are kept, and leftovers cleaned up.

A backup's name says when it was taken (UTC), why, and whether it passed SQLite's `quick_check`
when it was written: `library-20261127-104740-123456[-label][.checked|.check-failed].sqlite3`.
Names without a mark come from older versions (never checked).

Backups are kept on a ladder, like borg's and Vorta's prune rules: the newest `last`, then the
newest backup of each of the `daily` most recent days not already kept, then of each of the
`weekly` most recent ISO weeks not already kept (days and weeks in UTC). Whatever the ladder says,
the newest backup that passed its check is never deleted, so a library damaged unnoticed for a
while cannot push the last good copy out.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import time
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

BACKUP_PREFIX = "library-"
BACKUP_SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
# A `.partial` file this much older than now, and not being written, was left by an interrupted
# backup. Younger ones may belong to a backup another process is writing right now.
ABANDONED_AFTER_S = 60.0

_NAME = re.compile(
    r"^library-(?P<stamp>\d{8}-\d{6}-\d{6})(?:-(?P<label>[A-Za-z0-9_.-]+?))?"
    r"(?:\.(?P<check>checked|check-failed))?\.sqlite3$"
)
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


class Check(Enum):
    """What `quick_check` said about a backup when it was written."""

    PASSED = "checked"
    FAILED = "check-failed"
    UNKNOWN = ""


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One backup in the backup folder, as its name describes it."""

    path: Path
    taken_at: datetime
    label: str
    check: Check


@dataclass(frozen=True, slots=True)
class Ladder:
    """How many backups to keep: the newest `last`, one a day for `daily` days, one a week for
    `weekly` weeks (each rule counting only backups the rules before it did not keep)."""

    last: int = 10
    daily: int = 7
    weekly: int = 9  # about two months


LADDER = Ladder()


def stamp(moment: datetime) -> str:
    """The time part of a backup's name."""
    return moment.astimezone(UTC).strftime(_STAMP_FORMAT)


def backup_name(moment: datetime, label: str = "", check: Check = Check.UNKNOWN) -> str:
    """The file name of a backup taken at `moment`."""
    suffix = f"-{label}" if label else ""
    mark = f".{check.value}" if check is not Check.UNKNOWN else ""
    return f"{BACKUP_PREFIX}{stamp(moment)}{suffix}{mark}{BACKUP_SUFFIX}"


def parse_backup_name(path: Path) -> BackupFile | None:
    """The backup a file name describes, or None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return BackupFile(path, taken_at, match["label"] or "", Check(match["check"] or ""))


def backup_files(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = (parse_backup_name(path) for path in folder.iterdir() if path.is_file())
    return sorted(
        (backup for backup in found if backup is not None),
        key=lambda backup: (backup.taken_at, backup.path.name),
        reverse=True,
    )


def list_backups(folder: Path) -> list[Path]:
    """The backups in `folder`, newest first."""
    return [backup.path for backup in backup_files(folder)]


def with_check(path: Path, check: Check) -> Path:
    """The name `path` gets once its check says `check` (the same folder)."""
    backup = parse_backup_name(path)
    if backup is None:
        return path
    return path.with_name(backup_name(backup.taken_at, backup.label, check))


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    return moment.date().isocalendar()[:2]


def ladder_keeps(backups: Iterable[BackupFile], ladder: Ladder = LADDER) -> set[Path]:
    """The backups the ladder keeps (borg's prune rules, each in turn)."""
    newest_first = sorted(backups, key=lambda backup: backup.taken_at, reverse=True)
    kept = {backup.path for backup in newest_first[: ladder.last]}
    rules: tuple[tuple[int, Callable[[datetime], Hashable]], ...] = (
        (ladder.daily, _day),
        (ladder.weekly, _week),
    )
    for count, period_of in rules:
        seen: set[Hashable] = set()
        added = 0
        for backup in newest_first:
            if added >= count:
                break
            period = period_of(backup.taken_at)
            if period in seen:
                continue
            seen.add(period)  # a period whose newest backup is kept already is used up
            if backup.path not in kept:
                kept.add(backup.path)
                added += 1
    return kept


def quick_check_passes(path: Path) -> bool:
    """Whether SQLite's `quick_check` finds the file sound (read-only; False if unreadable)."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error:
        return False
    return rows == [("ok",)]


def newest_checked(backups: Sequence[BackupFile]) -> BackupFile | None:
    """The newest backup that passed its check. Backups from older versions (never checked) are
    checked now, newest first, until one passes — and marked, so that happens once."""
    for backup in backups:
        if backup.check is Check.PASSED:
            return backup
    for backup in backups:
        if backup.check is not Check.UNKNOWN:
            continue
        passed = quick_check_passes(backup.path)
        marked = with_check(backup.path, Check.PASSED if passed else Check.FAILED)
        with contextlib.suppress(OSError):
            backup.path.replace(marked)
        if passed:
            return BackupFile(marked, backup.taken_at, backup.label, Check.PASSED)
    return None


def rotate(folder: Path, ladder: Ladder = LADDER) -> list[Path]:
    """Delete the backups the ladder does not keep, never the newest that passed its check;
    returns the deleted files."""
    good = newest_checked(backup_files(folder))  # may mark (rename) backups of older versions
    backups = backup_files(folder)
    kept = ladder_keeps(backups, ladder)
    if good is not None:
        kept.add(good.path)
    deleted = []
    for backup in backups:
        if backup.path not in kept:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
                deleted.append(backup.path)
    return deleted


def _being_written(partial: Path) -> bool:
    """Whether another connection holds a lock on the file (a backup is being written into it)."""
    try:
        with contextlib.closing(
            sqlite3.connect(f"{partial.as_uri()}?mode=rw", uri=True, timeout=0)
        ) as db:
            db.isolation_level = None
            db.execute("BEGIN IMMEDIATE")
            db.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        return "locked" in str(error) or "busy" in str(error)
    except sqlite3.Error:
        return False
    return False


def remove_abandoned_partials(
    folder: Path, *, clock: Callable[[], float] = time.time, age_s: float = ABANDONED_AFTER_S
) -> list[Path]:
    """Delete what interrupted backups left in `folder` (`….partial` and its journal): files
    older than `age_s` seconds that no backup is writing. Returns the deleted files."""
    if not folder.is_dir():
        return []
    now = clock()
    deleted = []
    for path in sorted(folder.iterdir()):
        if not path.name.startswith(BACKUP_PREFIX) or PARTIAL_SUFFIX not in path.name:
            continue
        main = path.with_name(path.name[: path.name.index(PARTIAL_SUFFIX) + len(PARTIAL_SUFFIX)])
        try:
            if now - path.stat().st_mtime < age_s:
                continue
            if main.exists() and now - main.stat().st_mtime < age_s:
                continue
        except FileNotFoundError:
            continue
        if path == main and _being_written(path):
            continue
        if path != main and main.exists() and _being_written(main):
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            deleted.append(path)
    return deleted
