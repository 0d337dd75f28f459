"""The one ordered-list editor: the same buttons and keys wherever a list is edited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from einwandfrei.ui.widgets.item_list_model import ItemListModel
from einwandfrei.ui.widgets.ordered_list import ListNames, OrderedList

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def items(editor: OrderedList[str]) -> list[str]:
    return list(editor.model.items)


def make_list(qtbot: QtBot, *, adding: bool = False) -> OrderedList[str]:
    model: ItemListModel[str] = ItemListModel(str, lambda _old, new: new)
    model.set_items(["a", "b", "c"])

    def add(text: str) -> int | None:
        return model.append(text.strip()) if text.strip() else None

    editor = OrderedList(
        model,
        ListNames.prefixed("letters", add="addLetter", input="letterInput"),
        adding=adding,
        add=add,
    )
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.view.setFocus()
    return editor


def test_keys_move_edit_and_remove(qtbot: QtBot) -> None:
    editor = make_list(qtbot)
    editor.select_row(0)
    QTest.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert items(editor) == ["b", "a", "c"] and editor.current_row() == 1
    QTest.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert items(editor) == ["a", "b", "c"] and editor.current_row() == 0
    QTest.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert items(editor) == ["a", "b", "c"]  # the first stays first

    QTest.keyClick(editor.view, Qt.Key.Key_F2)  # edits the item in place
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and field.text() == "a"
    assert field.parent() is editor.view.viewport()
    QTest.keyClick(field, Qt.Key.Key_Escape)

    editor.view.setFocus()
    editor.select_row(1)
    QTest.keyClick(editor.view, Qt.Key.Key_Delete)
    assert items(editor) == ["a", "c"]
    assert editor.current_row() == 1  # the next one is selected


def test_buttons_follow_the_selection(qtbot: QtBot) -> None:
    editor = make_list(qtbot)
    editor.view.setCurrentIndex(QModelIndex())
    assert editor.current_row() == -1
    assert not editor.edit_button.isEnabled() and not editor.remove_button.isEnabled()
    assert not editor.up_button.isEnabled() and not editor.down_button.isEnabled()
    editor.select_row(2)
    assert editor.up_button.isEnabled() and not editor.down_button.isEnabled()
    QTest.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert items(editor) == ["a", "c", "b"]
    assert editor.down_button.isEnabled()
    assert editor.findChild(QLineEdit, "letterInput") is None  # no field without `adding`


def test_insert_goes_to_the_field_and_enter_adds(qtbot: QtBot) -> None:
    editor = make_list(qtbot, adding=True)
    assert editor.input is not None
    QTest.keyClick(editor.view, Qt.Key.Key_Insert)
    assert QApplication.focusWidget() is editor.input
    QTest.keyClicks(editor.input, "d")
    QTest.keyClick(editor.input, Qt.Key.Key_Return)
    assert items(editor) == ["a", "b", "c", "d"]
    assert editor.current_row() == 3 and editor.input.text() == ""
    QTest.keyClick(editor.input, Qt.Key.Key_Return)  # nothing typed: nothing added
    assert editor.model.rowCount() == 4
