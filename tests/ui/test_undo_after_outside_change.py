"""Redo in the window after another program changed the library: it works, or says why not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from einwandfrei.interchange.files import import_content
from einwandfrei.planning.library_content import LibraryContent, ObjectionRecord
from einwandfrei.store.db.second_handle import open_secondary
from einwandfrei.store.library import objection_edits
from einwandfrei.store.library.record_reading import read_objections
from einwandfrei.ui.shell.main_window import MainWindow
from tests.prompts_support import FakePrompts
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

pytestmark = OFFSCREEN_SIZE_HINTS

CTRL = Qt.KeyboardModifier.ControlModifier


def _texts(window: MainWindow) -> list[str]:
    assert window.library is not None
    with window.library.read() as connection:
        return [objection.text for objection in read_objections(connection)]


def _new_objection(window: MainWindow, qtbot: QtBot, words: str) -> int:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.library_page.list_view.setFocus()
    QTest.keyClick(window.library_page.list_view, Qt.Key.Key_N, CTRL)
    QTest.keyClicks(window.library_page.editor.text, words)
    qtbot.waitUntil(lambda: words in _texts(window))
    objection_id = window.library_page.current_objection_id()
    assert objection_id is not None
    window.library_page.list_view.setFocus()  # ends the typing session
    return objection_id


def test_redo_brings_an_objection_back_after_another_program_imported(
    main_window: MainWindow, qtbot: QtBot, fake_prompts: FakePrompts
) -> None:
    window = main_window
    assert window.library is not None
    _new_objection(window, qtbot, "Can you do it cheaper?")
    window.actions_.undo.trigger()
    assert "Can you do it cheaper?" not in _texts(window)

    other = open_secondary(window.library.path)
    try:
        import_content(
            other,
            LibraryContent(objections=(ObjectionRecord("Imported meanwhile", None),)),
        )
    finally:
        other.close()
    window.actions_.redo.trigger()

    assert {"Can you do it cheaper?", "Imported meanwhile"} <= set(_texts(window))
    assert "warn" not in fake_prompts.kinds()


def test_redo_that_cannot_work_says_why_in_one_sentence(
    main_window: MainWindow, qtbot: QtBot, fake_prompts: FakePrompts
) -> None:
    window = main_window
    assert window.library is not None
    objection_id = _new_objection(window, qtbot, "Send me the details")
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    card = window.library_page.editor.responses.cards()[-1]
    QTest.keyClicks(card.text, "What would you look for first?")
    qtbot.waitUntil(lambda: len(window.library_page.editor.responses.response_ids()) == 1)
    window.library_page.list_view.setFocus()
    window.actions_.undo.trigger()  # the response goes

    other = open_secondary(window.library.path)
    try:
        objection_edits.purge_objections(other, [objection_id], trashed_only=False)
    finally:
        other.close()
    window.actions_.redo.trigger()

    assert fake_prompts.asked[-1] == (
        "warn",
        "That did not work",
        "It cannot come back: the objection it belonged to has been deleted for good meanwhile.",
    )
    assert not window.undo_stack.canRedo()
