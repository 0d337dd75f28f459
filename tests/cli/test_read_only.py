"""A folder the user cannot write to gets one clear sentence, and nothing is lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.helpers import file_digest

# As root, permissions do not stop writes: run the command as the unprivileged user "nobody".
AS_USER: list[str] = []
if os.geteuid() == 0:
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv to drop privileges", allow_module_level=True)
    AS_USER = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="einwandfrei-readonly-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _run_as_user(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "LANG": "en_US.UTF-8",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    return subprocess.run(
        [*AS_USER, sys.executable, "-m", "einwandfrei", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def test_an_existing_library_in_a_read_only_folder(shared_folder: Path, einwandfrei: Run) -> None:
    data = shared_folder / "data"
    einwandfrei("--data-dir", str(data), "check", check_exit=0)
    library = data / "library.sqlite3"
    for path in (shared_folder, data, *data.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)
    if not AS_USER:
        data.chmod(0o555)
        library.chmod(0o444)
    before = file_digest(library)
    result = _run_as_user("--data-dir", str(data), "search", "price", home=shared_folder)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("einwandfrei: Einwandfrei cannot write to")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert file_digest(library) == before


def test_a_new_library_in_a_read_only_folder(shared_folder: Path) -> None:
    locked = shared_folder / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    result = _run_as_user("--data-dir", str(locked / "data"), "search", "price", home=shared_folder)
    assert result.returncode == 1
    assert result.stderr.startswith("einwandfrei: Einwandfrei cannot write to")
    assert list(locked.iterdir()) == []
