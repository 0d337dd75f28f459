"""Backups: automatic on change, rotation, restore with a safety copy, damaged files set aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.db.backup import (
    backup_folder,
    backup_library,
    list_backups,
    replace_damaged_library,
    restore_library,
)
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import LibraryError, NotABackupError
from einwandfrei.store.models import Objection
from tests.helpers import content_of, count, file_digest


def _add_objection(library: Library, words: str) -> None:
    with library.session() as session:
        session.add(Objection(text=words))


def test_opening_a_changed_library_backs_it_up(data_dir: Path) -> None:
    with open_data_folder(data_dir) as library:
        folder = backup_folder(library)
        first = list_backups(folder)
        assert len(first) == 1  # a new library gets its first backup
    with open_data_folder(data_dir):
        assert list_backups(folder) == first  # nothing changed, no new backup
    with open_data_folder(data_dir) as library:
        _add_objection(library, "We are happy as we are.")
    with open_data_folder(data_dir):
        backups = list_backups(folder)
    assert len(backups) == 2
    with sqlite3.connect(backups[0]) as newest:
        assert newest.execute(
            "SELECT count(*) FROM objections WHERE text LIKE 'We are happy%'"
        ).fetchone() == (1,)
        assert newest.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    newest.close()


def test_restore_backs_up_first_and_brings_back_the_content(library: Library) -> None:
    snapshot = backup_library(library)
    before = count(library, "objections")
    _add_objection(library, "Added after the snapshot.")
    safety = restore_library(library, snapshot)
    assert count(library, "objections") == before
    with sqlite3.connect(safety) as previous:
        assert previous.execute("SELECT count(*) FROM objections").fetchone() == (before + 1,)
    previous.close()
    _add_objection(library, "The restored library works.")
    assert count(library, "objections") == before + 1


def test_restore_refuses_a_damaged_or_newer_file(library: Library, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"nope" * 1000)
    before = content_of(library)
    with pytest.raises(NotABackupError):
        restore_library(library, garbage)
    newer = backup_library(library, tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_future'")
    db.close()
    with pytest.raises(LibraryError, match="newer Einwandfrei"):
        restore_library(library, newer)
    with pytest.raises(LibraryError, match="no backup file"):
        restore_library(library, tmp_path / "missing.sqlite3")
    assert content_of(library) == before


def test_a_damaged_library_is_moved_aside_never_deleted(data_dir: Path) -> None:
    with open_data_folder(data_dir) as library:
        backup = list_backups(backup_folder(library))[0]
        path = library.path
    path.write_bytes(b"damaged" * 500)
    damaged = file_digest(path)
    aside = replace_damaged_library(path, backup)
    assert file_digest(aside) == damaged
    with open_data_folder(data_dir) as restored, restored.read() as connection:
        assert connection.execute(text("SELECT count(*) FROM objections")).scalar_one() >= 40
