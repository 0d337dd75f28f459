"""A read-only data folder or library file: the window says which, once, and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from einwandfrei.app import create_main_window, launch
from einwandfrei.i18n import install_translators
from einwandfrei.library_folder import open_data_folder
from einwandfrei.ui.shell.startup import StartupRefused, lock_data_folder, open_with_prompts
from tests.helpers import file_digest
from tests.store.read_only_support import hand_over, shared_folder, side_files, unprivileged
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, FakePrompter

__all__ = ["shared_folder"]  # the fixture, used by name

pytestmark = OFFSCREEN_SIZE_HINTS


@pytest.fixture
def data(shared_folder: Path) -> Path:
    """A data folder holding a closed library, owned by the unprivileged user."""
    folder = shared_folder / "data"
    open_data_folder(folder, language="en", starter=False, backup=False).close()
    hand_over(folder)
    return folder


@pytest.fixture
def settings(shared_folder: Path) -> QSettings:
    return QSettings(str(shared_folder / "settings.ini"), QSettings.Format.IniFormat)


def test_a_read_only_data_folder_is_not_taken_for_another_window(
    qtbot: QtBot, data: Path, settings: QSettings
) -> None:
    library = data / "library.sqlite3"
    before = file_digest(library)
    data.chmod(0o555)
    prompter = FakePrompter()
    with unprivileged():
        window = launch(data, settings=settings, prompter=prompter)
    assert window is None
    assert prompter.kinds() == ["warn"]
    _, title, sentence = prompter.asked[0]
    assert title == "The library cannot be opened"
    assert sentence == (
        f"Einwandfrei cannot write to {data}; check that the folder is writable, or choose "
        "another data folder with --data-dir."
    )
    assert file_digest(library) == before
    assert [p.name for p in data.iterdir()] == ["library.sqlite3"]  # not even a lock file


def test_a_read_only_library_file_is_refused_naming_the_file(
    qtbot: QtBot, data: Path, settings: QSettings
) -> None:
    library = data / "library.sqlite3"
    library.chmod(0o444)
    before = file_digest(library)
    prompter = FakePrompter()
    with unprivileged(), pytest.raises(StartupRefused):
        create_main_window(data, settings=settings, prompter=prompter)
    assert prompter.kinds() == ["warn"]
    _, title, sentence = prompter.asked[0]
    assert title == "The library cannot be opened"
    assert sentence == f"The library file {library} is read-only; make it writable and try again."
    assert file_digest(library) == before
    # Refused before SQLite opened it: no read-only log files left behind to spoil the next start.
    assert side_files(library) == []


def test_once_writable_again_the_library_opens(
    qtbot: QtBot, data: Path, settings: QSettings
) -> None:
    library = data / "library.sqlite3"
    library.chmod(0o444)
    refused = FakePrompter()
    with unprivileged():
        lock = lock_data_folder(data, refused)
        try:
            with pytest.raises(StartupRefused):
                open_with_prompts(data, refused)
        finally:
            lock.unlock()
    assert refused.kinds() == ["warn"]
    library.chmod(0o644)
    prompter = FakePrompter()
    with unprivileged():
        window = create_main_window(data, settings=settings, prompter=prompter)
        qtbot.addWidget(window)
        try:
            assert window.library is not None
            assert prompter.kinds() == []
            window.file_operations.wait_for_background()
        finally:
            window.close()


def test_the_german_window_names_the_read_only_file_in_german(
    qtbot: QtBot, qapp: QApplication, data: Path
) -> None:
    library = data / "library.sqlite3"
    library.chmod(0o444)
    prompter = FakePrompter()
    translators = install_translators(qapp, "de")
    try:
        with unprivileged(), pytest.raises(StartupRefused):
            open_with_prompts(data, prompter)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")
    assert prompter.asked[0][2] == (
        f"Die Bibliotheksdatei {library} ist schreibgeschützt; machen Sie sie beschreibbar und "
        "versuchen Sie es erneut."
    )
