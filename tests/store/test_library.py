"""Opening and creating libraries: schema checks, refusals that leave files untouched, pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from einwandfrei.library_folder import open_data_folder
from einwandfrei.paths import library_path
from einwandfrei.store.db.connection import Library, open_library, stored_revision
from einwandfrei.store.db.errors import DamagedLibraryError, NewerLibraryError
from einwandfrei.store.db.schema import HEAD_REVISION
from tests.helpers import count, file_digest


def test_first_open_creates_the_library_with_the_starter(data_dir: Path) -> None:
    with open_data_folder(data_dir, language="de") as library:
        assert stored_revision(library.path) == HEAD_REVISION
        assert count(library, "objections") >= 40
        with library.read() as connection:
            assert (
                connection.execute(
                    text("SELECT value FROM library_meta WHERE key = 'language'")
                ).scalar()
                == "de"
            )
            texts = list(connection.execute(text("SELECT text FROM objections")).scalars())
    assert "Sie sind aber hartnäckig!" in texts
    leftovers = [p.name for p in data_dir.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_no_starter_creates_an_empty_library(data_dir: Path) -> None:
    with open_data_folder(data_dir, starter=False) as library:
        assert count(library, "objections") == 0


def test_the_system_language_chooses_the_starter(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "de_CH.UTF-8")
    with open_data_folder(data_dir) as library, library.read() as connection:
        assert (
            connection.execute(
                text("SELECT count(*) FROM categories WHERE name = 'Preis'")
            ).scalar()
            == 1
        )


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(library: Library) -> None:
    with library.read() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert (connection.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) >= 1000


def test_a_newer_library_is_refused_and_left_untouched(data_dir: Path) -> None:
    with open_data_folder(data_dir, starter=False) as library:
        with library.write() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        library.fold_write_ahead_log()
    path = library_path(data_dir)
    before = file_digest(path)
    with pytest.raises(NewerLibraryError, match="newer Einwandfrei"):
        open_data_folder(data_dir)
    assert file_digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()


def test_a_file_that_is_no_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    path = library_path(data_dir)
    path.write_bytes(b"this is not a database at all\n" * 100)
    before = file_digest(path)
    with pytest.raises(DamagedLibraryError, match="damaged"):
        open_data_folder(data_dir)
    assert file_digest(path) == before


def test_a_foreign_sqlite_file_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    path = library_path(data_dir)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE something_else (x)")
    db.close()
    with pytest.raises(DamagedLibraryError, match="not an Einwandfrei library"):
        open_library(path)


def test_an_empty_file_becomes_a_new_library(data_dir: Path) -> None:
    data_dir.mkdir()
    library_path(data_dir).touch()
    with open_data_folder(data_dir, language="en") as library:
        assert count(library, "objections") >= 40


def test_an_empty_database_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    sqlite3.connect(path).close()  # a valid, empty SQLite file
    assert stored_revision(path) is None
    with open_library(path) as library:
        assert stored_revision(path) == HEAD_REVISION
        assert count(library, "objections") == 0
