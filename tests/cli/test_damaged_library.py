"""The command line on a damaged library: `export` rescues what can be read, `check` calls it
damage, `restore` names a file that is no backup."""

from __future__ import annotations

import json
from pathlib import Path

from einwandfrei.library_folder import open_data_folder
from tests.cli.conftest import Run
from tests.damage_support import flip_text_byte


def _damaged(data_dir: Path) -> Path:
    with open_data_folder(data_dir, language="en"):
        pass
    path = data_dir / "library.sqlite3"
    flip_text_byte(path, "That's too expensive.")
    return path


def test_export_rescues_every_readable_record(einwandfrei: Run, data_dir: Path) -> None:
    path = _damaged(data_dir)
    target = data_dir.parent / "rescued.json"
    result = einwandfrei("export", "-o", str(target), check_exit=1)
    assert result.stderr == (
        "einwandfrei: 1 record of the library is damaged and could not be read; everything else "
        "was exported — restore a backup with `einwandfrei restore FILE` to get it back.\n"
    )
    assert len(json.loads(target.read_text(encoding="utf-8"))["objections"]) == 48
    german = einwandfrei("--language", "de", "export", "--format", "csv", check_exit=1)
    assert german.stderr.startswith("einwandfrei: 1 Eintrag der Bibliothek ist beschädigt")
    assert german.stdout.count("\n") > 48
    checked = einwandfrei("check", check_exit=1)
    assert checked.stderr.startswith(
        f"einwandfrei: The library {path} is damaged and cannot be read (a text in it is not "
        "valid UTF-8)"
    )
