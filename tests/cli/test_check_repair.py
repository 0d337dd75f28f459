"""`einwandfrei check --repair` rebuilds a search index out of step, and nothing else."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.conftest import Run


def _sql(data_dir: Path, *statements: str) -> None:
    db = sqlite3.connect(data_dir / "library.sqlite3")
    try:
        for statement in statements:
            db.execute(statement)
        db.commit()
    finally:
        db.close()


def _index_rows(data_dir: Path) -> list[tuple[int, str]]:
    db = sqlite3.connect(data_dir / "library.sqlite3")
    try:
        return db.execute("SELECT rowid, body FROM search_documents ORDER BY rowid").fetchall()
    finally:
        db.close()


def _persistent_id(einwandfrei: Run) -> int:
    found = json.loads(einwandfrei("search", "persistent", "--json", check_exit=0).stdout)
    assert found and found[0]["text"] == "You are persistent!"
    return int(found[0]["id"])


def test_repair_rebuilds_a_corrupted_search_index(einwandfrei: Run, data_dir: Path) -> None:
    persistent = _persistent_id(einwandfrei)
    _sql(
        data_dir,
        f"DELETE FROM search_objections WHERE rowid = {persistent}",
        f"DELETE FROM search_forms WHERE rowid = {persistent}",
        f"DELETE FROM search_documents WHERE rowid = {persistent}",
        "INSERT INTO search_documents (rowid, body) VALUES (99999, 'stray')",
    )
    assert "You are persistent!" not in einwandfrei("search", "persistent", check_exit=0).stdout

    broken = einwandfrei("check", check_exit=1)
    assert broken.stderr == (
        "einwandfrei: "
        f"1 objections have no search entry (ids {persistent}). "
        "1 objections are in the search index but not in the library (ids 99999). "
        "Only the search index is affected: `einwandfrei check --repair` rebuilds it.\n"
    )

    repaired = einwandfrei("check", "--repair", check_exit=0)
    lines = repaired.stdout.splitlines()
    assert lines[:2] == [
        f"1 objections have no search entry (ids {persistent}).",
        "1 objections are in the search index but not in the library (ids 99999).",
    ]
    assert lines[2].startswith("Rebuilt the search index for ") and lines[2].endswith(
        " objections."
    )
    assert lines[3:] == ["The library is in good order."]
    assert repaired.stderr == ""

    assert einwandfrei("check", check_exit=0).stdout == "The library is in good order.\n"
    assert _persistent_id(einwandfrei) == persistent


def test_repair_of_a_sound_library_changes_nothing(einwandfrei: Run) -> None:
    assert einwandfrei("check", "--repair", check_exit=0).stdout == (
        "The library is in good order.\n"
    )


def test_repair_never_patches_the_database(einwandfrei: Run, data_dir: Path) -> None:
    einwandfrei("check", check_exit=0)
    _sql(
        data_dir,
        "PRAGMA foreign_keys = OFF",
        "UPDATE responses SET objection_id = 99999 WHERE id = 1",
        "DELETE FROM search_documents WHERE rowid = 2",
    )
    before = _index_rows(data_dir)
    result = einwandfrei("check", "--repair", check_exit=1)
    assert result.stdout == ""
    assert result.stderr.startswith(
        "einwandfrei: 1 rows refer to rows that do not exist (in responses). "
    )
    assert result.stderr.endswith("restore a backup with `einwandfrei restore FILE`.\n")
    assert _index_rows(data_dir) == before  # the search index was left as it was


def test_help_explains_repair(einwandfrei: Run) -> None:
    result = einwandfrei("check", "--help", check_exit=0)
    assert "--repair" in result.stdout
    assert "einwandfrei restore" in result.stdout


def test_an_older_index_is_rebuilt_once_and_the_command_says_so(
    einwandfrei: Run, data_dir: Path
) -> None:
    _persistent_id(einwandfrei)
    _sql(data_dir, "DELETE FROM library_meta WHERE key = 'search_format'")
    first = einwandfrei("search", "persistent", check_exit=0)
    assert first.stderr.startswith("Updating the search index for this version (")
    assert "You are persistent!" in first.stdout
    second = einwandfrei("search", "persistent", check_exit=0)
    assert second.stderr == ""
    einwandfrei("check", check_exit=0)
