"""Read-only files and folders that really stop writes, also when the tests run as root.

Root writes through any permission, so as root the code under test runs with the effective user
"nobody" (`os.seteuid`, undone afterwards: the real and saved user stay root). Files made for that
code live in a folder outside pytest's `tmp_path`, which only root may enter.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

NOBODY = 65534
AS_ROOT = os.geteuid() == 0


@contextlib.contextmanager
def unprivileged() -> Iterator[None]:
    """Run the block as a user whom file permissions stop (as "nobody" when the tests are root)."""
    if not AS_ROOT:
        yield
        return
    groups = os.getgroups()
    try:
        os.setgroups([])
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
    except PermissionError:
        os.setegid(0)
        os.setgroups(groups)
        pytest.skip("running as root without the right to drop privileges: cannot test read-only")
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)
        os.setgroups(groups)


def hand_over(*paths: Path) -> None:
    """Give `paths` (and everything under them) to the user `unprivileged()` runs as."""
    if not AS_ROOT:
        return
    for top in paths:
        for path in (top, *top.rglob("*")):
            os.chown(path, NOBODY, NOBODY)


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """An empty folder that the unprivileged user owns and can reach."""
    folder = Path(tempfile.mkdtemp(prefix="einwandfrei-readonly-"))
    folder.chmod(0o755)
    hand_over(folder)
    yield folder
    for path in (folder, *folder.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def side_files(library: Path) -> list[str]:
    """The names of SQLite's files beside `library` (its logs and shared memory)."""
    return sorted(p.name for p in library.parent.glob(library.name + "-*"))
