"""`einwandfrei deck`, run as a user runs it."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

from tests.cli.conftest import Run


def _note_count(path: Path, tmp_path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        archive.extract("collection.anki2", tmp_path)
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        return int(connection.execute("SELECT count(*) FROM notes").fetchone()[0])
    finally:
        connection.close()


def test_deck_of_the_library_and_of_categories(einwandfrei: Run, tmp_path: Path) -> None:
    whole = tmp_path / "all.apkg"
    result = einwandfrei("deck", "-o", str(whole), check_exit=0)
    count = _note_count(whole, tmp_path)
    assert result.stdout == f"Wrote {count} notes to {whole}.\n"
    some = tmp_path / "some.apkg"
    result = einwandfrei(
        "deck", "--category", "Price", "--category", "timing", "-o", str(some), check_exit=0
    )
    (tmp_path / "some").mkdir()
    assert 0 < _note_count(some, tmp_path / "some") < count
    refused = einwandfrei(
        "deck", "--category", "Weather", "-o", str(tmp_path / "x.apkg"), check_exit=1
    )
    assert refused.stderr.startswith(
        "einwandfrei: There is no category “Weather”; the categories are "
    )
    assert not (tmp_path / "x.apkg").exists()


def test_deck_default_file_in_the_current_folder(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "einwandfrei", "deck"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
        timeout=120,
        check=True,
    )
    assert result.stdout.endswith(" notes to Einwandfrei.apkg.\n")
    assert (tmp_path / "Einwandfrei.apkg").is_file()
