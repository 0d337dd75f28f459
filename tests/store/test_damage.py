"""A damaged library: a text row that cannot be read is damage (not "an unexpected error"), an
export rescues every readable record, `quick_check` finds damage in free pages, a backup takes the
damaged file's place with the damaged file kept aside, and `restore` names a file that is no backup
as such. Damaged files are made by flipping bytes in real library files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from einwandfrei.interchange.files import export_readable, export_text
from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.db.backup import (
    backup_library,
    check_restorable,
    check_then_back_up,
    recover_from_backup,
)
from einwandfrei.store.db.backup_ladder import list_backups
from einwandfrei.store.db.errors import (
    DamagedBackupError,
    DamagedLibraryError,
    NotABackupError,
)
from einwandfrei.store.db.integrity_check import quick_check
from einwandfrei.store.library.objection_edits import create_objection
from einwandfrei.store.library.record_reading import read_library
from einwandfrei.store.library.response_edits import add_response
from tests.damage_support import break_free_pages, flip_text_byte, make_free_pages
from tests.helpers import file_digest


def _starter(data_dir: Path) -> Path:
    with open_data_folder(data_dir, language="en"):
        pass
    return data_dir / "library.sqlite3"


def test_a_text_that_cannot_be_read_is_damage(data_dir: Path) -> None:
    path = _starter(data_dir)
    flip_text_byte(path, "That's too expensive.")
    with (
        open_data_folder(data_dir, backup=False) as library,
        pytest.raises(DamagedLibraryError) as raised,
        library.read() as connection,
    ):
        read_library(connection)
    assert str(raised.value) == (
        f"The library {path} is damaged and cannot be read (a text in it is not valid UTF-8); "
        "restore a backup with `einwandfrei restore FILE` — the file was left untouched."
    )


def test_an_export_rescues_every_readable_record(data_dir: Path) -> None:
    with open_data_folder(data_dir, language="en") as library:
        objection = create_objection(library, "Our budget is frozen until spring")
        add_response(library, objection, "When does spring start for you?")
        add_response(library, objection, "What would thaw it?", follow_up="Zzz follow-up zzz")
        total = len(json.loads(export_text(library, "json"))["objections"])
    path = data_dir / "library.sqlite3"
    flip_text_byte(path, "That's too expensive.")
    flip_text_byte(path, "Zzz follow-up zzz")
    with open_data_folder(data_dir, backup=False) as library:
        with pytest.raises(DamagedLibraryError):
            export_text(library, "json")
        exported = export_readable(library, "json")
    assert exported.unreadable == 2
    objections = json.loads(exported.text)["objections"]
    assert len(objections) == total - 1
    assert "That's too expensive." not in exported.text
    frozen = next(o for o in objections if o["text"] == "Our budget is frozen until spring")
    assert [r["text"] for r in frozen["responses"]] == ["When does spring start for you?"]
    assert "\ufdd0" not in exported.text and "\ufffd" not in exported.text


def test_damage_in_free_pages_is_found_and_not_backed_up(data_dir: Path) -> None:
    with open_data_folder(data_dir, language="en") as library:
        make_free_pages(library)
        assert quick_check(library) == ()
    path = data_dir / "library.sqlite3"
    break_free_pages(path)
    with open_data_folder(data_dir, backup=False) as library:
        with library.read() as connection:
            assert len(read_library(connection).objections) == 49  # every row still reads
        problems = quick_check(library)
        assert problems and "freelist" in problems[0].lower()
        backups = list_backups(data_dir / "backups")
        check = check_then_back_up(library)
        assert check.problems == problems and check.backup is None
        assert list_backups(data_dir / "backups") == backups


def test_a_backup_takes_the_damaged_files_place(data_dir: Path) -> None:
    with open_data_folder(data_dir, language="en") as library:
        good = backup_library(library)
        make_free_pages(library)
    path = data_dir / "library.sqlite3"
    break_free_pages(path)
    damaged = file_digest(path)
    with open_data_folder(data_dir, backup=False) as library:
        aside = recover_from_backup(library, good)
        assert quick_check(library) == ()
        with library.read() as connection:
            assert len(read_library(connection).objections) == 49
    assert file_digest(aside) == damaged
    assert aside.name.startswith("library.sqlite3.damaged-")


def test_restore_says_when_a_file_is_no_einwandfrei_backup(tmp_path: Path, data_dir: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE songs (title TEXT)")
    db.close()
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"SQLite format 3\0" + bytes(4080))
    for path in (text, other):
        with pytest.raises(NotABackupError) as raised:
            check_restorable(path)
        assert str(raised.value) == f"{path} is not an Einwandfrei backup."
    with pytest.raises((NotABackupError, DamagedBackupError)):
        check_restorable(empty)

    with open_data_folder(data_dir, language="en") as library:
        make_free_pages(library)
        backup = backup_library(library, tmp_path / "backup.sqlite3")
    break_free_pages(backup)
    with pytest.raises(DamagedBackupError) as damaged:
        check_restorable(backup)
    said = str(damaged.value)
    assert said.startswith(f"The backup {backup} is damaged (the integrity check says")
    assert said.endswith("; choose another one.")
