"""Backups on a ladder: the newest ten, one a day for a week, one a week for two months; the newest
checked backup always kept; names that say whether a backup passed its check; leftovers of
interrupted backups removed at the next backup. Times come from an injected clock."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.db.backup import backup_folder, backup_library
from einwandfrei.store.db.backup_ladder import (
    BackupFile,
    Check,
    Ladder,
    backup_files,
    backup_name,
    ladder_keeps,
    parse_backup_name,
    rotate,
)
from einwandfrei.store.db.connection import Library


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def every_six_hours(first: datetime, last: datetime) -> list[BackupFile]:
    moments = []
    moment = first
    while moment <= last:
        moments.append(moment)
        moment += timedelta(hours=6)
    return [BackupFile(Path(backup_name(m)), m, "", Check.PASSED) for m in moments]


def test_the_ladder_keeps_ten_then_a_day_each_for_a_week_then_a_week_each_for_two_months() -> None:
    backups = every_six_hours(at("2026-01-01 00:00"), at("2026-03-31 18:00"))
    kept = ladder_keeps(backups, Ladder(last=10, daily=7, weekly=9))
    newest_ten = [
        *(f"2026-03-31 {hour}:00" for hour in ("18", "12", "06", "00")),
        *(f"2026-03-30 {hour}:00" for hour in ("18", "12", "06", "00")),
        "2026-03-29 18:00",
        "2026-03-29 12:00",
    ]
    one_a_day = [f"2026-03-{day} 18:00" for day in ("28", "27", "26", "25", "24", "23", "22")]
    # ISO weeks 14, 13 and 12 are kept already; then the newest of each of nine older weeks.
    one_a_week = [
        "2026-03-15 18:00",
        "2026-03-08 18:00",
        "2026-03-01 18:00",
        "2026-02-22 18:00",
        "2026-02-15 18:00",
        "2026-02-08 18:00",
        "2026-02-01 18:00",
        "2026-01-25 18:00",
        "2026-01-18 18:00",
    ]
    expected = {Path(backup_name(at(moment))) for moment in newest_ten + one_a_day + one_a_week}
    assert kept == expected


def test_a_few_backups_are_all_kept() -> None:
    backups = every_six_hours(at("2026-03-30 00:00"), at("2026-03-31 06:00"))
    assert ladder_keeps(backups) == {backup.path for backup in backups}


def test_names_say_when_why_and_whether_the_backup_passed_its_check() -> None:
    moment = at("2026-11-27 10:47:40.123456")
    name = backup_name(moment, "before-upgrade-from-0001_initial", Check.PASSED)
    assert name == "library-20261127-104740-123456-before-upgrade-from-0001_initial.checked.sqlite3"
    parsed = parse_backup_name(Path(name))
    assert parsed == BackupFile(
        Path(name), moment, "before-upgrade-from-0001_initial", Check.PASSED
    )
    older = parse_backup_name(Path("library-20261127-104740-123456-manual.sqlite3"))
    assert older is not None and (older.label, older.check) == ("manual", Check.UNKNOWN)
    failed = parse_backup_name(Path("library-20261127-104740-123456.check-failed.sqlite3"))
    assert failed is not None and (failed.label, failed.check) == ("", Check.FAILED)
    for other in ("library.sqlite3", "library-2026.sqlite3", "library-20261127-104740-1.sqlite3"):
        assert parse_backup_name(Path(other)) is None


@pytest.fixture
def bare_library(data_dir: Path) -> Iterator[Library]:
    """An empty library without its first automatic backup (which the real clock would date)."""
    with open_data_folder(data_dir, language="en", starter=False, backup=False) as library:
        yield library


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_backups_made_over_three_weeks_are_thinned_on_the_ladder(bare_library: Library) -> None:
    clock = Clock(at("2026-03-01 08:00"))
    for _ in range(21):
        for hour in (8, 17):
            clock.now = clock.now.replace(hour=hour)
            backup_library(bare_library, clock=clock, ladder=Ladder(last=3, daily=4, weekly=2))
        clock.now += timedelta(days=1)
    kept = [backup.taken_at for backup in backup_files(backup_folder(bare_library))]
    assert kept == [
        at("2026-03-21 17:00"),  # the newest three
        at("2026-03-21 08:00"),
        at("2026-03-20 17:00"),
        at("2026-03-19 17:00"),  # one a day for four more days
        at("2026-03-18 17:00"),
        at("2026-03-17 17:00"),
        at("2026-03-16 17:00"),
        at("2026-03-15 17:00"),  # one a week for two more weeks (ISO weeks start on Monday)
        at("2026-03-08 17:00"),
    ]
    assert all(backup.check is Check.PASSED for backup in backup_files(backup_folder(bare_library)))


def _garbage_backup(folder: Path, moment: datetime, check: Check) -> Path:
    path = folder / backup_name(moment, "", check)
    path.write_bytes(b"not a database " * 300)
    return path


def test_the_newest_checked_backup_outlives_any_number_of_damaged_ones(
    bare_library: Library,
) -> None:
    clock = Clock(at("2026-03-01 08:00"))
    good = backup_library(bare_library, clock=clock)
    assert parse_backup_name(good) is not None
    folder = good.parent
    for minute in range(1, 40):
        _garbage_backup(folder, clock.now + timedelta(minutes=minute), Check.FAILED)
    deleted = rotate(folder, Ladder(last=5, daily=0, weekly=0))
    assert len(deleted) == 34
    remaining = backup_files(folder)
    assert len(remaining) == 6 and remaining[-1].path == good


def test_an_unchecked_backup_of_an_older_version_is_checked_when_it_may_be_the_last_good_one(
    bare_library: Library,
) -> None:
    clock = Clock(at("2026-03-01 08:00"))
    written = backup_library(bare_library, clock=clock)
    folder = written.parent
    # As an older version named it: no mark.
    legacy = folder / backup_name(at("2026-02-01 08:00"))
    shutil.copyfile(written, legacy)
    written.unlink()
    unsound_legacy = _garbage_backup(folder, at("2026-02-02 08:00"), Check.UNKNOWN)
    for minute in range(1, 6):
        _garbage_backup(folder, clock.now + timedelta(minutes=minute), Check.FAILED)
    rotate(folder, Ladder(last=2, daily=0, weekly=0))
    names = sorted(path.name for path in folder.iterdir())
    assert names == sorted(
        [
            backup_name(at("2026-02-01 08:00"), "", Check.PASSED),  # checked now and kept
            backup_name(clock.now + timedelta(minutes=5), "", Check.FAILED),
            backup_name(clock.now + timedelta(minutes=4), "", Check.FAILED),
        ]
    )
    assert not unsound_legacy.exists()


@pytest.fixture
def held_open() -> Iterator[list[sqlite3.Connection]]:
    connections: list[sqlite3.Connection] = []
    yield connections
    for connection in connections:
        connection.close()


def test_what_interrupted_backups_left_is_removed_at_the_next_backup(
    bare_library: Library, held_open: list[sqlite3.Connection]
) -> None:
    clock = Clock(at("2026-03-01 08:00"))
    folder = backup_library(bare_library, clock=clock).parent
    long_ago = time.time() - 3600

    def leftover(name: str, *, aged: bool = True) -> Path:
        path = folder / name
        path.write_bytes(b"\0" * 4096)
        if aged:
            os.utime(path, (long_ago, long_ago))
        return path

    killed = leftover(backup_name(at("2026-02-01 08:00")) + ".partial")
    killed_journal = leftover(backup_name(at("2026-02-01 08:00")) + ".partial-journal")
    killed_twice = leftover(backup_name(at("2026-02-03 08:00")) + ".partial")
    just_started = leftover(backup_name(at("2026-03-01 07:59")) + ".partial", aged=False)
    # A backup another process is writing right now: its file is locked.
    in_progress = folder / (backup_name(at("2026-02-05 08:00")) + ".partial")
    writer = sqlite3.connect(in_progress, isolation_level=None)
    held_open.append(writer)
    writer.execute("CREATE TABLE copying (x)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO copying VALUES (1)")
    os.utime(in_progress, (long_ago, long_ago))
    unrelated = leftover("notes.partial.txt")

    clock.now += timedelta(hours=1)
    backup_library(bare_library, clock=clock)

    assert not killed.exists() and not killed_journal.exists() and not killed_twice.exists()
    assert just_started.exists() and in_progress.exists() and unrelated.exists()
    with contextlib.suppress(sqlite3.Error):
        writer.execute("COMMIT")
