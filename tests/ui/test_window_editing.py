"""Editing in the window with the keyboard: new objections and responses, edits, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from einwandfrei.store.library.objection_detail import ObjectionDetail, read_objection_detail
from einwandfrei.ui.library.response_card import RESPONSE_MIME, ResponseCard
from einwandfrei.ui.library.tags_field import TagsField
from einwandfrei.ui.shell.main_window import MainWindow
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

pytestmark = OFFSCREEN_SIZE_HINTS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def stored(window: MainWindow, objection_id: int) -> ObjectionDetail:
    assert window.library is not None
    with window.library.read() as connection:
        detail = read_objection_detail(connection, objection_id)
    assert detail is not None
    return detail


def activate(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def type_response(window: MainWindow, qtbot: QtBot, text: str) -> ResponseCard:
    before = len(window.library_page.editor.responses.response_ids())
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_N, CTRL | SHIFT)
    card = window.library_page.editor.responses.cards()[-1]
    assert card.response_id is None and card.text.hasFocus()
    QTest.keyClicks(card.text, text)
    qtbot.waitUntil(lambda: len(window.library_page.editor.responses.response_ids()) == before + 1)
    return card


def test_create_an_objection_with_two_responses(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    activate(window, qtbot)
    window.library_page.list_view.setFocus()
    QTest.keyClick(window.library_page.list_view, Qt.Key.Key_N, CTRL)
    assert window.library_page.editor.is_draft()
    assert window.library_page.editor.text.hasFocus()
    QTest.keyClicks(window.library_page.editor.text, "Is that really your best price?")
    qtbot.waitUntil(lambda: window.library_page.model.total() == 50)
    objection_id = window.library_page.current_objection_id()
    assert objection_id is not None
    # The new objection is listed in its place (no category: at the end) and selected.
    assert window.library_page.model.row_of(objection_id) == 49
    assert window.library_page.browser.current_id() == objection_id

    type_response(window, qtbot, "What would it take for it to feel right?")
    type_response(window, qtbot, "Let us compare what you get for it.")
    detail = stored(window, objection_id)
    assert detail.text == "Is that really your best price?"
    assert [r.text for r in detail.responses] == [
        "What would it take for it to feel right?",
        "Let us compare what you get for it.",
    ]
    # The list shows the count of responses.
    assert window.library_page.model.index(49, 3).data() == "2"


def test_an_empty_draft_leaves_nothing_behind(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    window.actions_.new_objection.trigger()
    window.library_page.list_view.setFocus()
    QApplication.processEvents()
    assert window.library_page.model.total() == 49
    assert window.undo_stack.count() == 0


def test_edit_saves_without_a_button_and_typing_is_one_undo_step(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    window = main_window
    activate(window, qtbot)
    objection_id = window.library_page.current_objection_id()
    assert objection_id is not None
    original = stored(window, objection_id).concern
    concern = window.library_page.editor.concern
    concern.setFocus()
    concern.selectAll()
    QTest.keyClicks(concern, "Fears ")
    qtbot.wait(400)  # a pause in typing saves
    QTest.keyClicks(concern, "being pushed.")
    qtbot.waitUntil(lambda: stored(window, objection_id).concern == "Fears being pushed.")
    assert window.undo_stack.count() == 1
    # Ctrl+Z in the field reaches the window's undo stack.
    QTest.keyClick(concern, Qt.Key.Key_Z, CTRL)
    assert stored(window, objection_id).concern == original
    assert concern.toPlainText() == original
    QTest.keyClick(concern, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(window, objection_id).concern == "Fears being pushed."
    assert concern.toPlainText() == "Fears being pushed."


def test_undo_flushes_what_is_being_typed_first(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    activate(window, qtbot)
    objection_id = window.library_page.current_objection_id()
    assert objection_id is not None
    text = window.library_page.editor.text
    text.setFocus()
    text.selectAll()
    QTest.keyClicks(text, "Too pricey")
    window.features.library.undo()  # before the pause: the edit is saved, then undone
    assert stored(window, objection_id).text == "That's too expensive."
    window.features.library.redo()
    assert stored(window, objection_id).text == "Too pricey"
    assert window.library_page.model.index(0, 1).data() == "Too pricey"


def test_emptying_the_objection_keeps_its_words(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    activate(window, qtbot)
    objection_id = window.library_page.current_objection_id()
    assert objection_id is not None
    text = window.library_page.editor.text
    text.setFocus()
    text.selectAll()
    QTest.keyClick(text, Qt.Key.Key_Delete)
    qtbot.wait(400)
    window.library_page.editor.concern.setFocus()
    assert text.toPlainText() == "That's too expensive."
    assert stored(window, objection_id).text == "That's too expensive."
    assert window.undo_stack.count() == 0


def test_reorder_responses_with_the_keyboard(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    activate(window, qtbot)
    objection_id = window.library_page.current_objection_id()
    assert objection_id is not None
    responses = window.library_page.editor.responses
    original = responses.response_ids()
    assert len(original) == 3
    responses.cards()[0].text.setFocus()
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Down, ALT)
    expected = [original[1], original[0], original[2]]
    assert [r.id for r in stored(window, objection_id).responses] == expected
    assert responses.response_ids() == expected
    # The moved response keeps the focus and moves on.
    assert responses.focused_card() is responses.cards()[1]
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Down, ALT)
    assert responses.response_ids() == [original[1], original[2], original[0]]
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Up, ALT)
    window.features.library.undo()
    window.features.library.undo()
    assert [r.id for r in stored(window, objection_id).responses] == expected
    window.features.library.undo()
    assert responses.response_ids() == original
    assert [card.number.text() for card in responses.cards()] == ["1", "2", "3"]


def test_remove_a_response_and_undo(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    objection_id = window.library_page.current_objection_id()
    assert objection_id is not None
    responses = window.library_page.editor.responses
    original = responses.response_ids()
    QTest.mouseClick(responses.cards()[1].remove, Qt.MouseButton.LeftButton)
    assert responses.response_ids() == [original[0], original[2]]
    assert len(stored(window, objection_id).responses) == 2
    window.features.library.undo()
    assert responses.response_ids() == original


def test_technique_category_kind_favourite_and_tags(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    editor = window.library_page.editor
    objection_id = window.library_page.current_objection_id()
    assert objection_id is not None
    card = editor.responses.cards()[0]
    card.technique.setCurrentIndex(0)
    card.technique.activated.emit(0)
    assert stored(window, objection_id).responses[0].technique_id is None
    editor.category.setCurrentIndex(editor.category.findText("Trust"))
    editor.category.activated.emit(editor.category.currentIndex())
    assert (
        window.library_page.model.index(
            window.library_page.model.row_of(objection_id) or 0, 2
        ).data()
        == "Trust"
    )
    editor.kind.setCurrentIndex(editor.kind.findData("smoke_screen"))
    editor.kind.activated.emit(editor.kind.currentIndex())
    assert stored(window, objection_id).kind == "smoke_screen"
    QTest.mouseClick(editor.favourite, Qt.MouseButton.LeftButton)
    assert stored(window, objection_id).favourite is False
    editor.tags.setFocus()
    editor.tags.selectAll()
    QTest.keyClicks(editor.tags, "budget, new tag")
    editor.concern.setFocus()
    assert stored(window, objection_id).tags == ("budget", "new tag")
    for _ in range(5):
        window.features.library.undo()
    detail = stored(window, objection_id)
    assert (detail.favourite, detail.kind, detail.tags) == (True, "real", ("budget",))
    assert detail.responses[0].technique == "Question back"


def test_reorder_responses_by_dragging(main_window: MainWindow) -> None:
    window = main_window
    objection_id = window.library_page.current_objection_id()
    assert objection_id is not None
    responses = window.library_page.editor.responses
    original = responses.response_ids()
    mime = QMimeData()
    mime.setData(RESPONSE_MIME, QByteArray(str(original[0]).encode()))
    below_last = QPointF(10, responses.cards()[-1].geometry().bottom() + 4)
    for kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
        event = QDragMoveEvent(
            below_last.toPoint(),
            Qt.DropAction.MoveAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            kind,
        )
        QApplication.sendEvent(responses, event)
        assert event.isAccepted()
    drop = QDropEvent(
        below_last,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(responses, drop)
    expected = [original[1], original[2], original[0]]
    assert responses.response_ids() == expected
    assert [r.id for r in stored(window, objection_id).responses] == expected
    window.features.library.undo()
    assert responses.response_ids() == original


def test_tags_are_completed_from_the_tags_in_use(main_window: MainWindow, qtbot: QtBot) -> None:
    tags = main_window.library_page.editor.tags
    tags.setFocus()
    tags.setText("first-call, ")
    tags.setCursorPosition(len(tags.text()))
    QTest.keyClicks(tags, "bud")
    popup = tags._completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    tags._completer.activated.emit("budget")
    assert tags.text() == "first-call, budget,"
    assert TagsField.split(tags.text()) == ["first-call", "budget"]
