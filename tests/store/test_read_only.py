"""A library that cannot be written is refused when opened, with one sentence naming the culprit."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.db.connection import Library, check_writable, open_library
from einwandfrei.store.db.engine import create_library_engine
from einwandfrei.store.db.errors import ReadOnlyLibraryError, ReadOnlyLibraryFileError
from tests.helpers import file_digest
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
