"""The window's data folder: a relative one is made absolute, a file in its place is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from einwandfrei.app import create_main_window
from einwandfrei.ui.shell.startup import StartupRefused
from tests.prompts_support import FakePrompts
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

pytestmark = OFFSCREEN_SIZE_HINTS


def test_a_relative_data_folder_is_taken_from_the_current_folder(
    qtbot: QtBot,
    tmp_path: Path,
    window_settings: QSettings,
    fake_prompts: FakePrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    window = create_main_window(
        Path("relative") / "data",
        settings=window_settings,
        prompts=fake_prompts,
        language="en",
        starter=False,
    )
    qtbot.addWidget(window)
    assert window.data_dir == tmp_path / "relative" / "data"
    assert window.library is not None and window.library.path.is_absolute()
    assert (tmp_path / "relative" / "data" / "library.sqlite3").exists()
    assert fake_prompts.asked == []
    monkeypatch.chdir(tmp_path / "relative")  # moving on changes nothing for the open window
    window.features.files.wait_for_background()
    assert window.library.path == tmp_path / "relative" / "data" / "library.sqlite3"
    window.close()


def test_a_file_where_the_data_folder_should_be_is_named(
    tmp_path: Path, window_settings: QSettings, fake_prompts: FakePrompts
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("not a folder")
    with pytest.raises(StartupRefused):
        create_main_window(not_a_folder, settings=window_settings, prompts=fake_prompts)
    assert fake_prompts.asked == [
        (
            "warn",
            "The library cannot be opened",
            f"The data folder {not_a_folder} cannot be used: {not_a_folder} is a file, not a "
            "folder; choose a folder with --data-dir.",
        )
    ]
    assert not_a_folder.read_text() == "not a folder"
