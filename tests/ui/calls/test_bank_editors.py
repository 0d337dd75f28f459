"""The question bank and checklist editors: every change saved at once, each undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from einwandfrei.store.calls.checklist_template import list_checklist, template_ticks
from einwandfrei.store.calls.question_bank import list_questions
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.calls.bank_editors import ChecklistEditor, QuestionBankEditor
from tests.calls_support import make_context

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def bank(library: Library) -> list[str]:
    with library.read() as connection:
        return [question.text for question in list_questions(connection)]


def test_question_bank_add_reword_reorder_remove_and_undo(qtbot: QtBot, library: Library) -> None:
    context = make_context(library)
    assert context.undo_stack is not None
    editor = QuestionBankEditor(context)
    qtbot.addWidget(editor)
    editor.show()
    start = bank(library)

    QTest.keyClicks(editor.input, "Do you have a budget?")
    assert editor.hint.isVisible()  # a yes/no question is pointed out
    editor.input.clear()
    QTest.keyClicks(editor.input, "What keeps your team busiest?")
    assert not editor.hint.isVisible()
    QTest.keyClick(editor.input, Qt.Key.Key_Return)
    assert editor.isVisible()  # Enter added the question and did not close the editor
    assert bank(library) == [*start, "What keeps your team busiest?"]
    assert editor.current_entry() is not None
    assert editor.current_entry().text == "What keeps your team busiest?"  # type: ignore[union-attr]

    # A duplicate is refused in words and changes nothing.
    QTest.keyClicks(editor.input, start[0].upper())
    QTest.keyClick(editor.input, Qt.Key.Key_Return)
    assert editor.problem.text() == "That is already in the list."
    assert len(bank(library)) == len(start) + 1

    # Reword in place, then move it up one.
    row = editor.model.rowCount() - 1
    assert editor.model.setData(editor.model.index(row), "What keeps your team busy?")
    assert bank(library)[-1] == "What keeps your team busy?"
    QTest.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert bank(library)[-2] == "What keeps your team busy?"

    # Remove to the Trash; undo brings it back.
    QTest.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "What keeps your team busy?" not in bank(library)
    with library.read() as connection:
        trashed = [q.text for q in list_questions(connection, deleted=True)]
    assert trashed == ["What keeps your team busy?"]
    context.undo_stack.undo()
    assert bank(library)[-2] == "What keeps your team busy?"
    context.undo_stack.undo()  # the move
    assert bank(library)[-1] == "What keeps your team busy?"
    context.undo_stack.undo()  # the rewording
    assert bank(library)[-1] == "What keeps your team busiest?"
    context.undo_stack.undo()  # the addition
    assert bank(library) == start
    for _ in range(4):
        context.undo_stack.redo()
    assert "What keeps your team busy?" not in bank(library)
    qtbot.waitUntil(lambda: editor.model.rowCount() == len(start))


def test_checklist_toggle_remove_and_undo(qtbot: QtBot, library: Library) -> None:
    context = make_context(library)
    assert context.undo_stack is not None
    editor = ChecklistEditor(context)
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    with library.read() as connection:
        items = list_checklist(connection)
    first = items[0]
    editor.view.setCurrentIndex(editor.model.index(0))
    QTest.mouseClick(editor.toggle_button, Qt.MouseButton.LeftButton)
    with library.read() as connection:
        assert first.id not in [tick.checklist_item_id for tick in template_ticks(connection)]
    assert editor.model.data(editor.model.index(0)).endswith("(not in new plans)")
    assert editor.toggle_button.text() == "Use in new &plans"

    editor.view.setCurrentIndex(editor.model.index(1))
    editor.view.setFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_Delete)
    with library.read() as connection:
        assert [item.id for item in list_checklist(connection)] == [
            items[0].id,
            *[item.id for item in items[2:]],
        ]
    context.undo_stack.undo()
    context.undo_stack.undo()
    with library.read() as connection:
        assert list_checklist(connection) == items  # same ids, texts, places and states
    context.undo_stack.redo()
    context.undo_stack.redo()
    with library.read() as connection:
        assert len(list_checklist(connection)) == len(items) - 1


def test_checklist_tab_order_follows_the_layout(qtbot: QtBot, library: Library) -> None:
    """Tab goes down the list's buttons, "Not in new plans" included, before Close."""
    editor = ChecklistEditor(make_context(library))
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.view.setCurrentIndex(editor.model.index(1))  # every button is enabled
    box = editor.findChild(QDialogButtonBox)
    assert box is not None
    close = box.button(QDialogButtonBox.StandardButton.Close)
    expected = [
        editor.view,
        editor.input,
        editor.add_button,
        editor.edit_button,
        editor.up_button,
        editor.down_button,
        editor.remove_button,
        editor.toggle_button,
        close,
    ]
    chain: list[QWidget] = []
    widget: QWidget | None = editor.view
    while widget is not None and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert [w for w in chain if w in expected] == expected

    # And pressing Tab walks it.
    editor.view.setFocus()
    walked: list[QWidget | None] = [QApplication.focusWidget()]
    for _ in expected[1:]:
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == expected
