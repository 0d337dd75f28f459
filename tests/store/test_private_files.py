"""Private files: the data folder 0700 and every file in it 0600, new or found loose on open."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from einwandfrei.cli.common import report_unexpected
from einwandfrei.library_folder import open_data_folder
from einwandfrei.paths import log_dir
from einwandfrei.private_files import tighten_data_folder
from einwandfrei.store.db.backup import backup_library, list_backups

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def generous_umask() -> Iterator[None]:
    """The usual umask, which alone would make new files world-readable."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_data_folder_is_private_from_the_start(data_dir: Path) -> None:
    with open_data_folder(data_dir, language="en") as library:
        backup_library(library, label="manual")
        wal = data_dir / "library.sqlite3-wal"
        shm = data_dir / "library.sqlite3-shm"
        assert wal.exists() and shm.exists()  # the library is open in WAL mode
        assert mode(data_dir) == 0o700
        assert mode(data_dir / "backups") == 0o700
        private = [data_dir / "library.sqlite3", wal, shm, *list_backups(data_dir / "backups")]
        assert len(private) >= 4
        assert {path.name: mode(path) for path in private} == {p.name: 0o600 for p in private}


def test_an_existing_loose_folder_is_tightened_on_open(data_dir: Path) -> None:
    with open_data_folder(data_dir, language="en") as library:
        backup = backup_library(library)
    export = data_dir / "customers.csv"
    export.write_text("a,b\n", encoding="utf-8")
    loose = [data_dir / "library.sqlite3", backup, export]
    for path in loose:
        path.chmod(0o644)
    for folder in (data_dir, data_dir / "backups"):
        folder.chmod(0o755)
    with open_data_folder(data_dir, backup=False):
        wal = data_dir / "library.sqlite3-wal"
        assert mode(wal) == 0o600  # created after the library was tightened
    assert mode(data_dir) == 0o700
    assert mode(data_dir / "backups") == 0o700
    assert {path.name: mode(path) for path in loose} == {path.name: 0o600 for path in loose}


def test_a_symbolic_link_in_the_data_folder_is_left_alone(data_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "shared.txt"
    outside.write_text("not ours", encoding="utf-8")
    outside.chmod(0o644)
    with open_data_folder(data_dir, language="en", backup=False):
        pass
    (data_dir / "link.txt").symlink_to(outside)
    with open_data_folder(data_dir, backup=False):
        pass
    assert mode(outside) == 0o644


def test_a_backup_written_elsewhere_is_private_but_its_folder_is_not_touched(
    data_dir: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "desk"
    elsewhere.mkdir()
    elsewhere.chmod(0o755)
    with open_data_folder(data_dir, language="en", backup=False) as library:
        target = backup_library(library, elsewhere / "copy.sqlite3")
    assert mode(target) == 0o600
    assert mode(elsewhere) == 0o755


def test_the_log_file_is_private(data_dir: Path) -> None:
    sentence = report_unexpected(RuntimeError("Anna Keller"))
    log_file = log_dir() / "einwandfrei.log"
    assert str(log_file) in sentence
    assert mode(log_file) == 0o600
    assert mode(log_dir()) == 0o700


def test_tightening_never_makes_anything_writable(data_dir: Path) -> None:
    with open_data_folder(data_dir, language="en", backup=False):
        pass
    library = data_dir / "library.sqlite3"
    library.chmod(0o444)
    data_dir.chmod(0o555)
    try:
        tighten_data_folder(data_dir)
        assert (mode(data_dir), mode(library)) == (0o500, 0o400)
    finally:
        data_dir.chmod(0o700)
