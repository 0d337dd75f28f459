"""The command line as a user meets it: help, search, import, export, check, errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from einwandfrei import __version__
from tests.cli.conftest import Run

COMMANDS = ("search", "import", "export", "check", "backup", "restore", "gui")


def test_version(einwandfrei: Run) -> None:
    assert einwandfrei("--version", check_exit=0).stdout.strip() == f"einwandfrei {__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(einwandfrei: Run, command: str) -> None:
    result = einwandfrei(command, "--help", check_exit=0)
    assert result.stdout.startswith(f"usage: einwandfrei {command}")


def test_usage_errors_exit_2(einwandfrei: Run) -> None:
    assert einwandfrei("search").returncode == 2
    assert einwandfrei("search", "x", "--limit", "zero").returncode == 2
    assert einwandfrei("no-such-command").returncode == 2


def test_search_finds_the_reframe_in_german(einwandfrei: Run, data_dir: Path) -> None:
    result = einwandfrei("--language", "de", "search", "hartnackig", "--json", check_exit=0)
    items = json.loads(result.stdout)
    assert items[0]["text"] == "Sie sind aber hartnäckig!"
    assert {"id", "text", "category", "responses"} <= items[0].keys()
    assert {"text", "technique"} <= items[0]["responses"][0].keys()
    assert items[0]["responses"][0]["text"].startswith("Ja, wir sind hartnäckig")
    assert (data_dir / "library.sqlite3").exists()


def test_search_prints_readable_matches(einwandfrei: Run) -> None:
    result = einwandfrei("search", "persist", "--limit", "1", check_exit=0)
    assert "You are persistent!" in result.stdout
    assert "Yes, we are, in everything" in result.stdout


@pytest.mark.parametrize(
    "query", ['"', "*", "NEAR(", "AND OR NOT", "-", "😀", "", "((a", "'; DROP TABLE"]
)
def test_any_search_input_is_safe(einwandfrei: Run, query: str) -> None:
    result = einwandfrei("search", query, "--json", check_exit=0)
    assert isinstance(json.loads(result.stdout), list)


def test_options_after_the_command_and_the_environment(einwandfrei: Run, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    einwandfrei("search", "price", "--data-dir", str(elsewhere), "--no-starter", check_exit=0)
    assert (elsewhere / "library.sqlite3").exists()
    exported = json.loads(einwandfrei("export", "--data-dir", str(elsewhere), check_exit=0).stdout)
    assert exported["objections"] == []


def test_export_formats_and_output_file(einwandfrei: Run, tmp_path: Path) -> None:
    target = tmp_path / "library.md"
    einwandfrei("export", "--format", "md", "-o", str(target), check_exit=0)
    assert target.read_text(encoding="utf-8").startswith("# Objection library")
    csv = einwandfrei("export", "--format", "csv", check_exit=0).stdout
    assert csv.splitlines()[0] == "category,objection,response,technique,tags"


def test_import_is_all_or_nothing(einwandfrei: Run, tmp_path: Path) -> None:
    before = einwandfrei("export", check_exit=0).stdout
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "objection,response\nToo expensive,Compared to what?\n,orphan answer\n", encoding="utf-8"
    )
    result = einwandfrei("import", str(bad), check_exit=1)
    assert (
        result.stderr.strip()
        == "einwandfrei: The file cannot be imported: line 3 has no objection."
    )
    assert "Traceback" not in result.stderr
    after = einwandfrei("export", check_exit=0).stdout
    assert json.loads(after)["objections"] == json.loads(before)["objections"]


def test_import_twice_and_dry_run(einwandfrei: Run, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text(
        "objection;response;technique\nZu teuer;Im Vergleich wozu?;Gegenfrage\n", encoding="cp1252"
    )
    dry = einwandfrei("import", str(good), "--dry-run", check_exit=0)
    assert dry.stdout.startswith("Would add 1 objection and 1 response;")
    assert "Zu teuer" not in einwandfrei("export", "--format", "csv", check_exit=0).stdout
    assert einwandfrei("import", str(good), check_exit=0).stdout.startswith("Added 1 objection ")
    again = einwandfrei("import", str(good), check_exit=0).stdout
    assert again.startswith("Added 0 objections and 0 responses; 1 objection was already")


def test_missing_file_is_one_sentence(einwandfrei: Run, tmp_path: Path) -> None:
    result = einwandfrei("import", str(tmp_path / "nope.json"), check_exit=1)
    assert result.stderr == f"einwandfrei: There is no file {tmp_path / 'nope.json'}.\n"


def test_check_reports_a_healthy_library(einwandfrei: Run) -> None:
    assert einwandfrei("check", check_exit=0).stdout == "The library is in good order.\n"


def test_check_finds_a_search_index_out_of_step(einwandfrei: Run, data_dir: Path) -> None:
    import sqlite3

    einwandfrei("check", check_exit=0)
    with sqlite3.connect(data_dir / "library.sqlite3") as db:
        db.execute("UPDATE objections SET text = 'changed behind the index' WHERE id = 3")
    db.close()
    result = einwandfrei("check", check_exit=1)
    assert "1 objections have an out-of-date search entry (ids 3)" in result.stderr


def test_a_damaged_library_is_one_sentence(einwandfrei: Run, data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "library.sqlite3").write_bytes(b"garbage" * 1000)
    result = einwandfrei("search", "x", check_exit=1)
    assert result.stderr.startswith("einwandfrei: The library ")
    assert "damaged" in result.stderr and result.stderr.count("\n") == 1


def test_search_imports_neither_qt_nor_alembic(einwandfrei: Run) -> None:
    import os
    import subprocess
    import sys

    einwandfrei("check", check_exit=0)  # creates the library first (creating it migrates)
    program = (
        "import sys, io, contextlib\n"
        "from einwandfrei.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['search', 'price', '--json'])\n"
        "heavy = ('alembic', 'PySide6')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(heavy)}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=True,
    )
    assert result.stdout.strip() == "[]"
