"""The window's data folder is private: the folder 0700, the lock file and the library 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory

pytestmark = [
    OFFSCREEN_SIZE_HINTS,
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
]


@pytest.fixture(autouse=True)
def generous_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_window_creates_a_private_data_folder(
    make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window(starter=False)
    window.features.files.wait_for_background()
    modes = {
        path.name: stat.S_IMODE(path.stat().st_mode)
        for path in (data_dir / "library.lock", data_dir / "library.sqlite3")
    }
    assert modes == {"library.lock": 0o600, "library.sqlite3": 0o600}
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    window.close()
