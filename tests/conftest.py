"""Every test runs on its own data folder, settings and home: never the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt reads this when the QApplication is created, which pytest-qt does lazily.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.db.connection import Library


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point home, XDG folders and the data folder into `tmp_path`; English locale."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    data_dir = tmp_path / "data"
    monkeypatch.setenv("EINWANDFREI_DATA_DIR", str(data_dir))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    return data_dir


@pytest.fixture
def data_dir(isolated_environment: Path) -> Path:
    """The test's data folder (not created yet)."""
    return isolated_environment


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    """A new library with the English starter library."""
    with open_data_folder(data_dir, language="en") as opened:
        yield opened


@pytest.fixture
def empty_library(data_dir: Path) -> Iterator[Library]:
    """A new library with nothing in it."""
    with open_data_folder(data_dir, language="en", starter=False) as opened:
        yield opened
