"""Fixtures for the library window's tests: a window on a fresh data folder, settings in a file of
the test's own, and a prompt service that answers at once and remembers what it was asked."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from einwandfrei.app import create_main_window
from einwandfrei.ui.shell.main_window import MainWindow
from tests.prompts_support import FakePrompts


@pytest.fixture
def fake_prompts(tmp_path: Path) -> FakePrompts:
    """The window's prompt service: answers at once; prints become PDF files in `tmp_path`."""
    return FakePrompts(print_folder=tmp_path)


@pytest.fixture
def window_settings(tmp_path: Path) -> QSettings:
    """Settings in the test's own file."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


WindowFactory = Callable[..., MainWindow]

# Qt's offscreen platform (the tests' display) warns whenever a window's minimum size changes,
# which growing text fields do, and when a popup (a completion list) raises itself or grabs the
# keyboard; real platforms support all three. Modules showing windows mark themselves.
OFFSCREEN_SIZE_HINTS = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture(scope="session")
def starter_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A data folder with the starter library per language, built once and copied per test."""
    from einwandfrei.library_folder import open_data_folder

    templates = {}
    for language in ("en", "de"):
        folder = tmp_path_factory.mktemp(f"starter-{language}")
        open_data_folder(folder, language=language, backup=False).close()
        templates[language] = folder
    return templates


@pytest.fixture
def make_window(
    qtbot: QtBot,
    data_dir: Path,
    window_settings: QSettings,
    fake_prompts: FakePrompts,
    starter_templates: dict[str, Path],
) -> Iterator[WindowFactory]:
    """Builds windows on the test's data folder (a copy of the English starter library unless
    the folder exists already or `starter=False`)."""
    built: list[MainWindow] = []

    def make(**options: object) -> MainWindow:
        template = starter_templates.get(str(options.get("language", "en")))
        if not data_dir.exists() and options.get("starter", True) and template is not None:
            shutil.copytree(template, data_dir)
        options.setdefault("settings", window_settings)
        options.setdefault("prompts", fake_prompts)
        options.setdefault("language", "en")
        window = create_main_window(data_dir, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        built.append(window)
        return window

    yield make
    for window in built:
        if window.isVisible():
            window.close()
    QApplication.processEvents()


@pytest.fixture
def main_window(make_window: WindowFactory) -> MainWindow:
    """A window on the English starter library."""
    return make_window()
