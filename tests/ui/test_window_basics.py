"""The window as a whole: its parts and names, menus, and the surface other features plug into."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QMenu, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from einwandfrei.app import build_window
from einwandfrei.planning.changes import Change
from einwandfrei.ui.library.objection_table_model import Column
from einwandfrei.ui.shell.main_window import MainWindow
from tests.prompts_support import FakePrompts
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

pytestmark = OFFSCREEN_SIZE_HINTS

ACTIONS = (
    "actionNewObjection",
    "actionDeleteObjection",
    "actionUndo",
    "actionRedo",
    "actionFind",
    "actionImport",
    "actionExport",
)


def test_stable_object_names(main_window: MainWindow) -> None:
    assert isinstance(main_window.findChild(QLineEdit, "searchField"), QLineEdit)
    assert isinstance(main_window.findChild(QAbstractItemView, "objectionList"), QAbstractItemView)
    assert main_window.findChild(QWidget, "categoryFilter") is not None
    assert main_window.findChild(QWidget, "objectionEditor") is not None
    assert isinstance(main_window.findChild(QPlainTextEdit, "objectionText"), QPlainTextEdit)
    assert main_window.findChild(QWidget, "responseList") is not None
    for name in ACTIONS:
        assert isinstance(main_window.findChild(QAction, name), QAction), name


def test_menus(
    qtbot: QtBot, data_dir: Path, window_settings: QSettings, fake_prompts: FakePrompts
) -> None:
    # The bare window, before `install_features` fills Calls and Practice (see test_features).
    main_window = build_window(data_dir, settings=window_settings, prompts=fake_prompts)
    qtbot.addWidget(main_window)
    titles = [action.text().replace("&", "") for action in main_window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Calls", "Practice", "Help"]
    for name in ("Calls", "Practice"):
        menu = main_window.findChild(QMenu, f"menu{name}")
        assert menu is not None and menu.isEmpty()
    assert main_window.menu("calls") is main_window.findChild(QMenu, "menuCalls")
    file_entries = [a.text() for a in main_window.menu("file").actions() if a.text()]
    assert file_entries == [
        "&New Objection",
        "&Import…",
        "&Export…",
        "&Back Up Now",
        "&Restore from Backup…",
        "&Team Library…",
        "&Quit",
    ]
    new = main_window.findChild(QAction, "actionNewObjection")
    assert new is not None and new.shortcut().toString() == "Ctrl+N"


def test_the_starter_library_is_listed_with_counts(main_window: MainWindow) -> None:
    model = main_window.library_page.model
    assert model.total() == 49
    sidebar = main_window.library_page.sidebar.sidebar_model
    library = sidebar.index(0, 0)
    assert sidebar.index(0, 0, library).data() == "All objections"
    assert sidebar.index(0, 1, library).data() == "49"
    first = model.index(0, Column.TEXT).data()
    assert first == "That's too expensive."
    # The first objection is selected and shown, answers below it.
    assert main_window.library_page.current_objection_id() == model.id_at(0)
    assert main_window.library_page.editor.text.toPlainText() == first
    assert len(main_window.library_page.editor.responses.response_ids()) == 3


def test_plug_in_surface(main_window: MainWindow, qtbot: QtBot) -> None:
    assert main_window.library is not None
    assert main_window.undo_stack.count() == 0
    label = QLabel("Due today: 3 follow-ups")
    main_window.add_status_widget(label)
    assert main_window.status_area.isAncestorOf(label)
    main_window.library_page.list_view.setFocus()
    main_window.library_page.browser.select_rows(main_window.library_page.model.ids()[:3])
    assert (
        main_window.library_page.selected_objection_ids()
        == main_window.library_page.model.ids()[:3]
    )
    printing = QAction("Print…", main_window)
    main_window.add_to_menu("file", [printing])
    entries = main_window.menu("file").actions()
    assert entries.index(printing) < entries.index(main_window.actions_.quit)
    assert entries[entries.index(printing) + 1].isSeparator()
    drill = QAction("Drill", main_window)
    main_window.add_to_menu("practice", [drill])
    assert main_window.menu("practice").actions()[-1] is drill
    with qtbot.waitSignal(main_window.bus.changed) as blocker:
        main_window.bus.publish(Change.whole_library())
    assert isinstance(blocker.args[0], Change)
    assert blocker.args[0].everything


def test_find_focuses_the_search(main_window: MainWindow, qtbot: QtBot) -> None:
    main_window.library_page.list_view.setFocus()
    QTest.keyClick(
        main_window.library_page.list_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(main_window.search.hasFocus)
