"""A library the user cannot write: the commands that read work, those that write say why."""

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


@pytest.fixture
def read_only_data(shared_folder: Path, einwandfrei: Run) -> Path:
    """A data folder with the starter library that the user running the commands cannot write."""
    data = shared_folder / "data"
    einwandfrei("--data-dir", str(data), "check", check_exit=0)
    for path in (shared_folder, data, *data.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)
    if not AS_USER:
        data.chmod(0o555)
        (data / "library.sqlite3").chmod(0o444)
    return data


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["search", "price"], "Price"),
        (["export", "--format", "csv"], "category,objection,response,technique,tags"),
        (["sheet", "--all", "-o", "{out}/booklet.pdf"], "Wrote "),
        (["deck", "-o", "{out}/library.apkg"], "library.apkg"),
        (["calendar", "-o", "{out}/calls.ics"], "calls.ics"),
        (["plans", "--json"], "[]"),
        (["due", "--json"], "[]"),
        (["drills", "--json"], '"text"'),
        (["check"], "The library is in good order."),
    ],
    ids=lambda value: value[0] if isinstance(value, list) else "",
)
def test_commands_that_read_work_on_a_read_only_library(
    read_only_data: Path, shared_folder: Path, command: list[str], expected: str
) -> None:
    library = read_only_data / "library.sqlite3"
    before = file_digest(library)
    entries = sorted(p.name for p in read_only_data.iterdir())
    out = shared_folder / "out"
    out.mkdir(exist_ok=True)
    out.chmod(0o777)
    arguments = [part.replace("{out}", str(out)) for part in command]
    result = _run_as_user("--data-dir", str(read_only_data), *arguments, home=shared_folder)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    assert file_digest(library) == before
    assert sorted(p.name for p in read_only_data.iterdir()) == entries  # nothing written beside


def test_a_command_that_writes_names_the_read_only_folder(
    read_only_data: Path, shared_folder: Path
) -> None:
    library = read_only_data / "library.sqlite3"
    before = file_digest(library)
    document = shared_folder / "more.csv"
    document.write_text("objection,response\nNot now,When would suit you?\n")
    document.chmod(0o644)
    result = _run_as_user(
        "--data-dir", str(read_only_data), "import", str(document), home=shared_folder
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        f"einwandfrei: Einwandfrei cannot write to {read_only_data}; check that the folder is "
        "writable, or choose another data folder with --data-dir.\n"
    )
    assert file_digest(library) == before


def test_a_new_library_in_a_read_only_folder(shared_folder: Path) -> None:
    locked = shared_folder / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    result = _run_as_user("--data-dir", str(locked / "data"), "search", "price", home=shared_folder)
    assert result.returncode == 1
    assert result.stderr.startswith("einwandfrei: Einwandfrei cannot write to")
    assert list(locked.iterdir()) == []
