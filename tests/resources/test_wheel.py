"""Shipped files are inside the package, so an installed wheel has them too."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_wheel_carries_resources_and_migrations(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("einwandfrei-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "einwandfrei/resources/starter/starter-de.json",
        "einwandfrei/resources/starter/starter-en.json",
        "einwandfrei/store/migrations/env.py",
        "einwandfrei/store/migrations/script.py.mako",
        "einwandfrei/store/migrations/versions/0001_initial.py",
    ):
        assert expected in names
    assert not any(name.startswith("tests/") for name in names)
