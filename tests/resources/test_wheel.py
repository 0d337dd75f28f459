"""Shipped files are inside the package, so an installed wheel has them too: the built
translations and icons, not their sources in the top-level resources/."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from einwandfrei.resources import ICON_SIZES
from tools.build_resources import catalogues

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
    expected = {
        "einwandfrei/resources/starter/starter-de.json",
        "einwandfrei/resources/starter/starter-en.json",
        "einwandfrei/resources/print/print.css",
        "einwandfrei/resources/icons/einwandfrei.svg",
        "einwandfrei/store/migrations/env.py",
        "einwandfrei/store/migrations/script.py.mako",
        "einwandfrei/store/migrations/versions/0001_initial.py",
        *(f"einwandfrei/resources/icons/einwandfrei-{size}.png" for size in ICON_SIZES),
        *(f"einwandfrei/resources/translations/{catalogue.qm.name}" for catalogue in catalogues()),
        "einwandfrei/resources/translations/cli_de.mo",
    }
    assert sorted(expected - names) == []
    assert not any(name.startswith(("tests/", "resources/", "tools/")) for name in names)
    # The sources stay out: catalogues, the .ico and .icns are for building, not for running.
    assert [name for name in names if name.endswith((".ts", ".po", ".toml", ".ico", ".icns"))] == []
