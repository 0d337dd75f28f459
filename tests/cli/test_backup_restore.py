"""`einwandfrei backup` and `einwandfrei restore` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run


def test_backup_then_restore(einwandfrei: Run, data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "before-import.sqlite3"
    assert (
        einwandfrei("backup", "-o", str(target), check_exit=0).stdout == f"Backed up to {target}\n"
    )
    extra = tmp_path / "extra.csv"
    extra.write_text(
        "objection,response\nWe have no budget left,When does the new one start?\n",
        encoding="utf-8",
    )
    einwandfrei("import", str(extra), check_exit=0)
    assert "We have no budget left" in einwandfrei("export", "--format", "csv", check_exit=0).stdout
    result = einwandfrei("restore", str(target), check_exit=0)
    assert result.stdout.startswith(f"Restored {target}; the previous library is saved as ")
    safety = Path(result.stdout.rsplit(" ", 1)[1].strip())
    assert safety.parent == data_dir / "backups" and safety.exists()
    assert (
        "We have no budget left"
        not in einwandfrei("export", "--format", "csv", check_exit=0).stdout
    )
    assert einwandfrei("check", check_exit=0).returncode == 0


def test_backup_into_the_backups_folder(einwandfrei: Run, data_dir: Path) -> None:
    printed = einwandfrei("backup", check_exit=0).stdout
    assert printed.startswith(f"Backed up to {data_dir / 'backups'}")


def test_restore_replaces_a_damaged_library(
    einwandfrei: Run, data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "good.sqlite3"
    einwandfrei("backup", "-o", str(target), check_exit=0)
    (data_dir / "library.sqlite3").write_bytes(b"broken" * 1000)
    result = einwandfrei("restore", str(target), check_exit=0)
    assert "the damaged library was moved to" in result.stdout
    aside = [p for p in data_dir.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == b"broken" * 1000
    assert json.loads(einwandfrei("search", "price", "--json", check_exit=0).stdout)


def test_restore_refuses_a_file_that_is_no_library(einwandfrei: Run, tmp_path: Path) -> None:
    einwandfrei("check", check_exit=0)
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("hello", encoding="utf-8")
    result = einwandfrei("restore", str(bogus), check_exit=1)
    assert result.stderr == f"einwandfrei: {bogus} is not an Einwandfrei backup.\n"
