"""Quick-find learns the customer's words (Ctrl+S after Enter, Ctrl+Z takes it back), shows the
phrasing that matched, and closes by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.search import search_ids
from einwandfrei.ui.practice.quickfind import QuickFindWindow
from einwandfrei.ui.practice.quickfind.standalone import open_quick_find
from einwandfrei.ui.shell.main_window import MainWindow
from tests.practice_support import objection_id
from tests.ui.test_quickfind import _type, _window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier
REORGANISATION = "We're in the middle of a reorganisation."


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _phrasings(library: Library, text: str) -> tuple[str, ...]:
    from einwandfrei.store.library.phrasings import read_phrasings

    with library.read() as connection:
        return read_phrasings(connection, objection_id(library, text))


def test_ctrl_s_remembers_what_was_typed_and_ctrl_z_takes_it_back(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    window = _window(qtbot, library, settings)
    shipped = _phrasings(library, REORGANISATION)
    _type(qtbot, window, "reorganization")
    assert window.records[0].text == REORGANISATION
    QTest.keyClick(window.field, Qt.Key.Key_S, CTRL)  # nothing offered before Enter
    assert _phrasings(library, REORGANISATION) == shipped
    QTest.keyClick(window.field, Qt.Key.Key_Return)
    assert window.status.text() == (
        "Copied to the clipboard. Ctrl+S remembers “reorganization” for this objection"
    )
    QTest.keyClick(window.field, Qt.Key.Key_S, CTRL)
    assert _phrasings(library, REORGANISATION) == (*shipped, "reorganization")
    assert window.status.text().startswith("Remembered “reorganization”")
    # The same words rank it first next time (it was found by another spelling before).
    with library.read() as connection:
        assert search_ids(connection, "reorganization")[0] == objection_id(library, REORGANISATION)
    QTest.keyClick(window.field, Qt.Key.Key_Z, CTRL)
    assert _phrasings(library, REORGANISATION) == shipped
    assert window.field.text() == "reorganization"  # the words typed stay
    QTest.keyClick(window.field, Qt.Key.Key_Z, CTRL)  # now the field's own undo
    assert window.field.text() != "reorganization"
    window.close()


def test_no_offer_for_words_the_objection_already_has(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    window = _window(qtbot, library, settings)
    _type(qtbot, window, "pricey")  # a phrasing of “That's too expensive.”
    assert "Customers say:" in window.objection.text()
    assert "<b>pricey</b>" in window.objection.text()
    QTest.keyClick(window.field, Qt.Key.Key_Return)
    assert window.status.text() == "Copied to the clipboard."
    window.close()


def test_remembering_in_the_main_window_is_an_undo_step_there(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    action = main_window.findChild(QAction, "actionQuickFind")
    assert action is not None
    action.trigger()
    quick = main_window.findChild(QuickFindWindow)
    assert quick is not None
    qtbot.waitUntil(lambda: quick.status.text() != "Opening the library…")
    assert main_window.library is not None
    shipped = _phrasings(main_window.library, REORGANISATION)
    _type(qtbot, quick, "reorganization")
    QTest.keyClick(quick.field, Qt.Key.Key_Return)
    QTest.keyClick(quick.field, Qt.Key.Key_S, CTRL)
    assert _phrasings(main_window.library, REORGANISATION) == (*shipped, "reorganization")
    assert main_window.undo_stack.undoText() == "Remember “reorganization”"
    main_window.features.library.undo()
    assert _phrasings(main_window.library, REORGANISATION) == shipped
    quick.close()


def test_esc_on_an_empty_field_and_ctrl_w_close_the_window(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    window = _window(qtbot, library, settings)
    _type(qtbot, window, "persist")
    QTest.keyClick(window.field, Qt.Key.Key_Escape)  # clears first
    assert window.isVisible() and window.field.text() == ""
    QTest.keyClick(window.field, Qt.Key.Key_Escape)
    assert not window.isVisible()
    window = _window(qtbot, library, settings)
    QTest.keyClick(window.field, Qt.Key.Key_W, CTRL)
    assert not window.isVisible()


def test_alone_ctrl_q_quits(qtbot: QtBot, library: Library, data_dir: Path) -> None:
    library.close()
    window = open_quick_find(data_dir)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.status.text() != "Opening the library…", timeout=10_000)
    with qtbot.waitActive(window):
        window.activateWindow()
    QTest.keyClick(window.field, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    window.shutdown()
