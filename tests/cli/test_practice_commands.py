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


def test_drills_json_names_the_due_date_of_drills_seen_before(
    einwandfrei: Run, data_dir: Path
) -> None:
    with open_data_folder(data_dir, language="en") as library, library.write() as connection:
        first = connection.exec_driver_sql("SELECT min(id) FROM objections").scalar_one()
        connection.exec_driver_sql(
            "INSERT INTO review_states (objection_id, state, step, stability, difficulty, due, "
            "last_review, reviews, lapses) VALUES (?, 2, NULL, 10.0, 5.0, "
            "'2020-01-02 03:04:05.000000', '2020-01-01 03:04:05.000000', 1, 0)",
            (first,),
        )
    document = json.loads(einwandfrei("drills", "--json", check_exit=0).stdout)
    assert document["due"] == len(document["drills"]) == DEFAULT_NEW_PER_DAY + 1
    seen = document["drills"][0]
    assert (seen["id"], seen["new"], seen["leech"]) == (first, False, False)
    assert seen["due"].startswith("2020-01-0")
    assert all(drill["new"] and drill["due"] is None for drill in document["drills"][1:])


def test_an_empty_library_has_no_drills_in_json_either(einwandfrei: Run, tmp_path: Path) -> None:
    result = einwandfrei(
        "--no-starter", "drills", "--json", "--data-dir", str(tmp_path / "empty"), check_exit=0
    )
    assert json.loads(result.stdout) == {"due": 0, "drills": []}
