"""A library that cannot be written: opened to be read (`read_only_ok`), refused to be written.

Commands that write still refuse it when it is opened, with one sentence naming the culprit; those
that only read (and the window) open it read-only, and every write names the culprit the same way.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from einwandfrei.interchange.files import export_text
from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.db.backup import backup_folder, list_backups
from einwandfrei.store.db.connection import Library, check_writable, open_library
from einwandfrei.store.db.engine import create_library_engine
from einwandfrei.store.db.errors import ReadOnlyLibraryError, ReadOnlyLibraryFileError
from einwandfrei.store.db.integrity_check import check_library
from einwandfrei.store.db.second_handle import open_secondary
from einwandfrei.store.library import objection_edits
from einwandfrei.store.library.search import search_ids
from tests.helpers import content_of, file_digest
from tests.store.read_only_support import hand_over, shared_folder, side_files, unprivileged

__all__ = ["shared_folder"]  # the fixture, used by name


@pytest.fixture
def library_file(shared_folder: Path) -> Path:
    """A closed library in a folder of its own, both owned by the unprivileged user."""
    data = shared_folder / "data"
    open_data_folder(data, language="en", starter=False, backup=False).close()
    hand_over(data)
    library = data / "library.sqlite3"
    assert side_files(library) == []
    return library


def test_a_read_only_library_file_is_refused_naming_the_file(library_file: Path) -> None:
    library_file.chmod(0o444)
    before = file_digest(library_file)
    with unprivileged(), pytest.raises(ReadOnlyLibraryFileError) as caught:
        open_library(library_file)
    assert str(caught.value) == (
        f"The library file {library_file} is read-only; make it writable and try again."
    )
    assert caught.value.path == library_file
    # Refused before SQLite opened it: no read-only log files left to spoil the next start.
    assert side_files(library_file) == []
    assert file_digest(library_file) == before


def test_a_read_only_folder_is_refused_naming_the_folder(library_file: Path) -> None:
    folder = library_file.parent
    folder.chmod(0o555)
    before = file_digest(library_file)
    with unprivileged(), pytest.raises(ReadOnlyLibraryError) as caught:
        open_library(library_file)
    assert not isinstance(caught.value, ReadOnlyLibraryFileError)
    assert caught.value.path == folder
    assert str(caught.value).startswith(f"Einwandfrei cannot write to {folder}; check that the")
    assert file_digest(library_file) == before


def test_a_read_only_log_beside_the_library_is_named(library_file: Path) -> None:
    # What an earlier read-only start can leave behind: SQLite copies the library's permissions.
    log = library_file.with_name(library_file.name + "-wal")
    log.touch()
    hand_over(log)
    log.chmod(0o444)
    with unprivileged(), pytest.raises(ReadOnlyLibraryFileError) as caught:
        open_library(library_file)
    assert caught.value.path == log


def test_a_writable_library_opens_and_the_probe_changes_nothing(library_file: Path) -> None:
    before = file_digest(library_file)
    with unprivileged():
        check_writable(library_file)
    assert file_digest(library_file) == before
    assert side_files(library_file) == []
    with unprivileged(), open_library(library_file) as library, library.write() as connection:
        connection.execute(text("UPDATE library_meta SET value = value"))


def test_a_library_another_program_is_writing_passes_the_probe_at_once(
    library_file: Path,
) -> None:
    with unprivileged():
        other = sqlite3.connect(library_file, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            started = time.monotonic()
            check_writable(library_file)
            assert time.monotonic() - started < 1  # no waiting on the busy timeout
        finally:
            other.execute("ROLLBACK")
            other.close()


def test_a_refused_write_names_a_read_only_file(library_file: Path) -> None:
    # A library that turned read-only after it was checked: the write fails, and says why.
    library_file.chmod(0o444)
    with unprivileged():
        library = Library(library_file, create_library_engine(library_file))
        try:
            with pytest.raises(ReadOnlyLibraryFileError) as caught, library.write() as connection:
                connection.execute(text("UPDATE library_meta SET value = value"))
        finally:
            library.close()
    assert caught.value.path in (library_file, *library_file.parent.glob("library.sqlite3-*"))
    assert "check that the folder is writable" not in str(caught.value)


def test_a_refused_write_names_a_read_only_folder(library_file: Path) -> None:
    folder = library_file.parent
    folder.chmod(0o555)
    with unprivileged():
        library = Library(library_file, create_library_engine(library_file))
        try:
            with pytest.raises(ReadOnlyLibraryError) as caught, library.write() as connection:
                connection.execute(text("UPDATE library_meta SET value = value"))
        finally:
            library.close()
    assert caught.value.path == folder


# -- opened to be read --------------------------------------------------------------------------


@pytest.fixture
def starter_file(shared_folder: Path) -> Path:
    """A closed library with the English starter library, owned by the unprivileged user."""
    data = shared_folder / "data"
    open_data_folder(data, language="en", backup=False).close()
    hand_over(data)
    return data / "library.sqlite3"


def _read_everything(library: Library) -> tuple[int, list[int], object]:
    with library.read() as connection:
        found = search_ids(connection, "price")
    exported = json.loads(export_text(library, "json"))
    exported.pop("exported_at")
    return len(content_of(library).objections), found, exported


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_a_read_only_library_is_read_and_every_write_names_the_culprit(
    starter_file: Path, read_only: str
) -> None:
    folder = starter_file.parent
    with unprivileged(), open_library(starter_file) as writable_one:
        expected = _read_everything(writable_one)
    before = file_digest(starter_file)
    starter_file.chmod(0o444) if read_only == "file" else folder.chmod(0o555)
    entries = sorted(p.name for p in folder.iterdir())

    with unprivileged(), open_library(starter_file, read_only_ok=True) as library:
        assert library.read_only
        assert _read_everything(library) == expected
        assert check_library(library) == []
        second = open_secondary(starter_file)  # a worker thread's handle reads the same way
        try:
            assert second.read_only and _read_everything(second) == expected
        finally:
            second.close()
        with pytest.raises((ReadOnlyLibraryError, ReadOnlyLibraryFileError)) as caught:
            objection_edits.create_objection(library, "Never written")

    culprit = starter_file if read_only == "file" else folder
    assert isinstance(caught.value, ReadOnlyLibraryError | ReadOnlyLibraryFileError)
    assert caught.value.path == culprit
    assert type(caught.value) is (
        ReadOnlyLibraryFileError if read_only == "file" else ReadOnlyLibraryError
    )
    assert file_digest(starter_file) == before
    assert sorted(p.name for p in folder.iterdir()) == entries  # no log, no lock, nothing beside


def test_a_read_only_library_is_never_backed_up(starter_file: Path) -> None:
    folder = starter_file.parent
    backups = list_backups(folder / "backups")
    starter_file.chmod(0o444)
    with unprivileged(), open_data_folder(folder, read_only_ok=True) as library:
        assert library.read_only
        assert list_backups(backup_folder(library)) == backups


def test_an_older_read_only_library_is_read_from_an_upgraded_private_copy(
    shared_folder: Path,
) -> None:
    from tests.store.test_migrations import _fill_first_schema, _library_at

    folder = shared_folder / "stick"
    folder.mkdir()
    path = folder / "library.sqlite3"
    _library_at(path, "0001_initial")
    _fill_first_schema(path)
    hand_over(folder)
    folder.chmod(0o555)
    before = file_digest(path)
    with unprivileged(), open_library(path, read_only_ok=True) as library:
        objections = content_of(library).objections
        with library.read() as connection:
            source = connection.connection.driver_connection
            assert source is not None
            copy = Path(source.execute("PRAGMA database_list").fetchone()[2])
    assert [o.text for o in objections] == ["Too expensive", "Not now", "Send me an email"]
    assert all(o.uuid for o in objections)  # the copy was brought to the current schema
    assert copy.parent != folder and not copy.parent.exists()  # and removed on closing
    assert file_digest(path) == before
    assert [p.name for p in folder.iterdir()] == ["library.sqlite3"]


def test_changes_still_in_the_log_are_read_from_a_private_copy(
    starter_file: Path, shared_folder: Path
) -> None:
    # A library copied to a stick while it was open: the file and a log holding a change.
    stick = shared_folder / "stick"
    stick.mkdir()
    writer = sqlite3.connect(starter_file, isolation_level=None)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("UPDATE objections SET text = 'Changed in the log' WHERE id = 1")
        for name in ("library.sqlite3", "library.sqlite3-wal"):
            (stick / name).write_bytes((starter_file.parent / name).read_bytes())
    finally:
        writer.close()
    hand_over(stick)
    stick.chmod(0o555)
    with unprivileged(), open_library(stick / "library.sqlite3", read_only_ok=True) as library:
        texts = [o.text for o in content_of(library).objections]
    assert "Changed in the log" in texts
    assert sorted(p.name for p in stick.iterdir()) == ["library.sqlite3", "library.sqlite3-wal"]
