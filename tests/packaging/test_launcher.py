"""The bundle's entry point, run from source: the same command line, and the smoke-test hook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import einwandfrei
from tests.packaging.conftest import PACKAGING

LAUNCHER = PACKAGING / "launcher.py"


def run_launcher(*arguments: str, **environment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(LAUNCHER), *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **environment},
        timeout=120,
        check=False,
    )


def test_the_launcher_is_the_command_line() -> None:
    result = run_launcher("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"einwandfrei {einwandfrei.__version__}\n"


@pytest.mark.slow
def test_the_smoke_hook_reports_the_first_window_and_quits_cleanly(
    data_dir: Path, tmp_path: Path
) -> None:
    report = tmp_path / "report.json"
    started = time.monotonic()
    result = run_launcher(
        "--data-dir", str(data_dir), "--language", "en", EINWANDFREI_SMOKE_REPORT=str(report)
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert started < shown["shown_at_monotonic"] < time.monotonic()
    assert shown["width"] > 200
    assert shown["height"] > 150
    assert shown["platform"] == "offscreen"
    assert (data_dir / "library.sqlite3").is_file()
