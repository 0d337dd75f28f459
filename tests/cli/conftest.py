"""Run the real command line in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def einwandfrei() -> Run:
    """`einwandfrei(*args, input=None)` → the finished process (text mode, UTF-8)."""

    def run(
        *args: str, input: str | None = None, check_exit: int | None = None
    ) -> subprocess.CompletedProcess[str]:
        environment = dict(os.environ, PYTHONIOENCODING="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "einwandfrei", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            input=input,
            env=environment,
            timeout=120,
        )
        if check_exit is not None:
            assert result.returncode == check_exit, result.stderr
        return result

    return run
