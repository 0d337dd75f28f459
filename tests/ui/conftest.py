"""Fixtures for the library window's tests: a window on a fresh data folder, settings in a file of
the test's own, and a prompter that answers at once and remembers what it was asked."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from einwandfrei.app import create_main_window
from einwandfrei.ui.shell.main_window import MainWindow


@dataclass
class FakePrompter:
    """Answers every question at once; `asked` records (kind, title, text) in order."""

    confirm_answer: bool = True
    text_answer: str | None = None
    open_file: Path | None = None
    save_file: Path | None = None
    item_answer: int | None = 0
    colour_answer: str | None = None
    asked: list[tuple[str, str, str]] = field(default_factory=list)
    opened_folders: list[Path] = field(default_factory=list)
    dialogs: list[QDialog] = field(default_factory=list)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("inform", title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("warn", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        self.asked.append(("confirm", title, text))
        return self.confirm_answer

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        self.asked.append(("ask_text", title, label))
        return self.text_answer

    def choose_open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        self.asked.append(("open_file", title, filters))
        return self.open_file

    def choose_save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        self.asked.append(("save_file", title, filters))
        return self.save_file

    def choose_item(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> int | None:
        self.asked.append(("choose_item", title, "\n".join(items)))
        return self.item_answer

    def choose_colour(self, parent: QWidget | None, title: str, current: str) -> str | None:
        self.asked.append(("choose_colour", title, current))
        return self.colour_answer

    def open_folder(self, folder: Path) -> None:
        self.opened_folders.append(folder)

    def show_dialog(self, dialog: QDialog) -> None:
        self.dialogs.append(dialog)

    def kinds(self) -> list[str]:
        """The kinds of everything asked so far."""
        return [kind for kind, _, _ in self.asked]


@pytest.fixture
def fake_prompter() -> FakePrompter:
    return FakePrompter()


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
    fake_prompter: FakePrompter,
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
        options.setdefault("prompter", fake_prompter)
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
