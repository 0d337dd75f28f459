"""`einwandfrei drills` says what is due today; `einwandfrei quick` is offered."""

from __future__ import annotations

import json
from pathlib import Path

from einwandfrei.library_folder import open_data_folder
from einwandfrei.planning.drill_records import DEFAULT_NEW_PER_DAY
from tests.cli.conftest import Run


def test_drills_lists_todays_drills(einwandfrei: Run, data_dir: Path) -> None:
    open_data_folder(data_dir, language="en").close()
    result = einwandfrei("drills", check_exit=0)
    lines = result.stdout.splitlines()
    assert lines[0] == f"{DEFAULT_NEW_PER_DAY} drills due today:"
    assert any("You are persistent!  [Persistence]  (new)" in line for line in lines)
    document = json.loads(einwandfrei("drills", "--json", check_exit=0).stdout)
    assert document["due"] == DEFAULT_NEW_PER_DAY == len(document["drills"])
    assert set(document["drills"][0]) == {"id", "text", "category", "new", "due", "leech"}


def test_an_empty_library_has_no_drills(einwandfrei: Run, tmp_path: Path) -> None:
    result = einwandfrei("--no-starter", "drills", "--data-dir", str(tmp_path / "empty"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "No drills are due today.\n"


def test_quick_is_a_command(einwandfrei: Run) -> None:
    result = einwandfrei("quick", "--help", check_exit=0)
    assert "quick-find" in result.stdout
