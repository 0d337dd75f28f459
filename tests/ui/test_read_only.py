"""A library on read-only media, or in a read-only file or folder: the window reads it.

It says "(read-only)" in its title, offers no editing, writes nothing (not even a lock file), and
a write still attempted names the read-only file or folder in one sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from einwandfrei.app import create_main_window, launch
from einwandfrei.i18n import install_translators
from einwandfrei.library_folder import open_data_folder
from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.shell.read_only_mode import READING_ACTIONS
from einwandfrei.ui.shell.startup_sequence import Stage
from tests.helpers import file_digest
from tests.prompts_support import FakePrompts
from tests.store.read_only_support import hand_over, shared_folder, side_files, unprivileged
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

__all__ = ["shared_folder"]  # the fixture, used by name

pytestmark = OFFSCREEN_SIZE_HINTS


@pytest.fixture
def data(shared_folder: Path) -> Path:
    """A data folder holding a closed starter library, owned by the unprivileged user."""
    folder = shared_folder / "data"
    open_data_folder(folder, language="en", backup=False).close()
    hand_over(folder)
    return folder


@pytest.fixture
def settings(shared_folder: Path) -> QSettings:
    return QSettings(str(shared_folder / "settings.ini"), QSettings.Format.IniFormat)


def _writing_actions(window: MainWindow) -> list[str]:
    """The names of enabled actions that would change the library."""
    return sorted(
        action.objectName()
        for action in window.findChildren(type(window.actions_.new_objection))
        if action.isEnabled()
        and action.objectName().startswith("action")
        and action.objectName() not in READING_ACTIONS
        and not action.objectName().startswith("actionSortBy")
    )


def _assert_read_only_window(window: MainWindow) -> None:
    assert window.library is not None and window.library.read_only
    assert window.windowTitle() == "Einwandfrei (read-only)"
    notice = window.findChild(QLabel, "readOnlyNotice")
    assert notice is not None and notice.text() == "Read-only"
    assert _writing_actions(window) == []
    assert window.actions_.export_file.isEnabled() and window.actions_.find.isEnabled()


def test_a_read_only_data_folder_opens_read_only(
    qtbot: QtBot, data: Path, settings: QSettings
) -> None:
    library = data / "library.sqlite3"
    before = file_digest(library)
    data.chmod(0o555)
    prompts = FakePrompts()
    with unprivileged():
        window = launch(data, settings=settings, prompts=prompts)
        assert window is not None
        qtbot.addWidget(window)
        try:
            startup = window.startup
            assert startup is not None
            qtbot.waitUntil(lambda: startup.stage >= Stage.EDITING)
            _assert_read_only_window(window)
            assert window.library_page.model.total() == 49  # listed and searchable as ever
            assert window.statusBar().currentMessage() == (
                f"Einwandfrei cannot write to {data}; check that the folder is writable, or "
                "choose another data folder with --data-dir."
            )
        finally:
            window.close()
    assert prompts.asked == []
    assert file_digest(library) == before
    assert [p.name for p in data.iterdir()] == ["library.sqlite3"]  # not even a lock file


def test_a_read_only_library_file_offers_no_editing_and_a_write_names_the_file(
    qtbot: QtBot, data: Path, settings: QSettings
) -> None:
    library = data / "library.sqlite3"
    library.chmod(0o444)
    before = file_digest(library)
    prompts = FakePrompts()
    with unprivileged():
        window = create_main_window(data, settings=settings, prompts=prompts)
        qtbot.addWidget(window)
        try:
            window.show()
            _assert_read_only_window(window)
            window.library_page.list_view.setFocus()
            window.library_page.list_view.selectRow(
                2
            )  # a selection enables editing actions, normally
            objection_id = window.library_page.current_objection_id()
            assert objection_id is not None
            assert _writing_actions(window) == []
            assert (
                window.library_page.editor.text.isReadOnly()
                and not window.library_page.editor.add_button.isEnabled()
            )
            assert window.session is not None
            editing = window.session.editing
            assert not editing.set_favourite([objection_id], True)  # a write attempted
        finally:
            window.close()
    assert prompts.asked == [
        (
            "warn",
            "That did not work",
            f"The library file {library} is read-only; make it writable and try again.",
        )
    ]
    assert file_digest(library) == before
    assert side_files(library) == []


def test_once_writable_again_the_library_opens_for_editing(
    qtbot: QtBot, data: Path, settings: QSettings
) -> None:
    library = data / "library.sqlite3"
    library.chmod(0o444)
    with unprivileged():
        window = create_main_window(data, settings=settings, prompts=FakePrompts())
        qtbot.addWidget(window)
        assert window.library is not None and window.library.read_only
        window.close()
    library.chmod(0o644)
    prompts = FakePrompts()
    with unprivileged():
        window = create_main_window(data, settings=settings, prompts=prompts)
        qtbot.addWidget(window)
        try:
            assert window.library is not None and not window.library.read_only
            assert window.windowTitle() == "Einwandfrei"
            assert window.actions_.new_objection.isEnabled()
            assert prompts.kinds() == []
            window.features.files.wait_for_background()
        finally:
            window.close()


def test_the_german_window_says_read_only_and_names_the_file_in_german(
    qtbot: QtBot, qapp: QApplication, data: Path, settings: QSettings
) -> None:
    library = data / "library.sqlite3"
    library.chmod(0o444)
    prompts = FakePrompts()
    translators = install_translators(qapp, "de")
    try:
        with unprivileged():
            window = create_main_window(data, settings=settings, prompts=prompts)
            qtbot.addWidget(window)
            try:
                assert window.windowTitle() == "Einwandfrei (schreibgeschützt)"
                assert window.session is not None
                chosen = window.library_page.selected_objection_ids()[:1] or [1]
                window.session.editing.set_favourite(chosen, True)
            finally:
                window.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")
    assert prompts.asked[-1][2] == (
        f"Die Bibliotheksdatei {library} ist schreibgeschützt; machen Sie sie beschreibbar und "
        "versuchen Sie es erneut."
    )


def test_a_read_only_library_linked_to_a_team_neither_pulls_nor_offers_to_suggest(
    qtbot: QtBot, shared_folder: Path, settings: QSettings
) -> None:
    from einwandfrei.team.link import write_link
    from einwandfrei.team.urls import parse

    folder = shared_folder / "linked"
    with open_data_folder(folder, language="en", backup=False) as library, library.write() as db:
        write_link(db, parse("postgresql://ben@127.0.0.1:9/team"))
    hand_over(folder)
    library_file = folder / "library.sqlite3"
    library_file.chmod(0o444)
    before = file_digest(library_file)
    prompts = FakePrompts()
    with unprivileged():
        window = create_main_window(folder, settings=settings, prompts=prompts)
        qtbot.addWidget(window)
        try:
            window.show()
            team = window.features.team
            assert team.linked() and not team.writable()
            assert not team.jobs.busy() and not team.timer.isActive()  # no pull at all
            assert not team.action.isEnabled()  # File ▸ Team Library… writes the link
            window.library_page.list_view.selectRow(2)
            bar = team.editor_bar()
            assert bar.isVisible() and "Your own objection" in bar.note.text()
            assert not bar.suggest.isVisible()
        finally:
            window.close()
    assert prompts.asked == []
    assert file_digest(library_file) == before
