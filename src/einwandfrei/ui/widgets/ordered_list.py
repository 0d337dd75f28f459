"""The one ordered-list editor: a list the user adds to, edits, reorders and removes from.

`OrderedList` is the view and its buttons (Edit, Move up, Move down, Remove, and Add where the
list takes new items), with the same keys everywhere: Ins adds, F2 edits, Ctrl+Up and Ctrl+Down
move, Del removes. By itself it changes its model in memory (the wizard's pages); a use that
saves each change as an undo step, or asks before it, passes its own `add`, `edit`, `move` and
`remove` (the question bank and checklist editors, Edit ▸ Categories…/Techniques…).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QKeyCombination, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.ui.widgets.event_hooks import on_enter
from einwandfrei.ui.widgets.item_list_model import ItemListModel

T = TypeVar("T")

# Each returns the row to select afterwards, or None to leave the selection alone.
AddText = Callable[[str], int | None]  # what was typed ("" without a field: it asks itself)
MoveRow = Callable[[int, int], int | None]  # row, offset (-1 up, +1 down)
RemoveRow = Callable[[int], int | None]


@dataclass(frozen=True, slots=True)
class ListNames:
    """The object names of the list, its buttons and its field."""

    view: str
    edit: str
    up: str
    down: str
    remove: str
    add: str = ""
    input: str = ""

    @classmethod
    def prefixed(
        cls, name: str, *, view: str | None = None, add: str = "", input: str = ""
    ) -> ListNames:
        """`name` for the view (unless `view` is given), `name` + Edit/Up/Down/Remove for the
        buttons."""
        return cls(
            view=name if view is None else view,
            edit=f"{name}Edit",
            up=f"{name}Up",
            down=f"{name}Down",
            remove=f"{name}Remove",
            add=add,
            input=input,
        )


class OrderedList(QWidget, Generic[T]):
    """A list view with Edit, Move up, Move down and Remove beside it, and Add: above them, or
    below the list beside a field (`adding`). Edit shows where items can be edited.

    Tab goes from the list down the buttons beside it, then to the field and Add."""

    stateChanged = Signal(int)  # the rows or the selection changed; the selected row, or -1

    def __init__(
        self,
        model: ItemListModel[T],
        names: ListNames,
        parent: QWidget | None = None,
        *,
        adding: bool = False,
        add: AddText | None = None,
        edit: Callable[[int], object] | None = None,
        move: MoveRow | None = None,
        remove: RemoveRow | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._add = add
        self._edit = edit if edit is not None else self._edit_in_place
        self._move = move if move is not None else model.move
        self._remove = remove if remove is not None else self._remove_in_memory
        self.editable = edit is not None or model.editable
        text = {
            "add": self.tr("&Add"),
            "edit": self.tr("&Edit"),
            "up": self.tr("Move &up"),
            "down": self.tr("Move do&wn"),
            "remove": self.tr("&Remove"),
            **(labels or {}),
        }
        self.view = QListView(self)
        self.view.setObjectName(names.view)
        self.view.setModel(model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        # Double-click, F2 and Edit all go through `edit` (in place, or a question).
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = self._button(text["add"], names.add)
        self.edit_button = self._button(text["edit"], names.edit)
        self.up_button = self._button(text["up"], names.up)
        self.down_button = self._button(text["down"], names.down)
        self.remove_button = self._button(text["remove"], names.remove)
        self.add_button.setVisible(add is not None)
        self.edit_button.setVisible(self.editable)
        self._last_button = self.remove_button  # the last of the buttons beside the list

        self._buttons = QVBoxLayout()
        if not adding:
            self._buttons.addWidget(self.add_button)
        for button in (self.edit_button, self.up_button, self.down_button, self.remove_button):
            self._buttons.addWidget(button)
        self._buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addLayout(self._buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(middle, 1)
        self.input: QLineEdit | None = None
        if adding:
            self.input = QLineEdit(self)
            self.input.setObjectName(names.input)
            row = QHBoxLayout()
            row.addWidget(self.input, 1)
            row.addWidget(self.add_button)
            layout.addLayout(row)
            self.setTabOrder(self.input, self.add_button)
            on_enter(self.input, self.add)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        self._key(QKeySequence(QKeySequence.StandardKey.Delete), self.remove_current)
        self._key(QKeySequence(Qt.Key.Key_F2), self.edit_current)
        self._key(QKeySequence(Qt.Key.Key_Insert), self._insert_pressed)
        self._key(_ctrl(Qt.Key.Key_Up), lambda: self.move_current(-1))
        self._key(_ctrl(Qt.Key.Key_Down), lambda: self.move_current(1))
        model.modelReset.connect(self._update_buttons)
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        model.rowsMoved.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_accessible_names(self, list_name: str, input_name: str = "") -> None:
        """What assistive technology calls the list (and the field below it): the buttons say
        what they do, the list and the field say what they hold."""
        self.view.setAccessibleName(list_name)
        if self.input is not None and input_name:
            self.input.setAccessibleName(input_name)

    def add_extra_button(
        self, button: QPushButton, *, before_remove: bool = False, follows_selection: bool = False
    ) -> None:
        """Put a use's own button below Remove (or just above it), in the tab order where it
        stands; with `follows_selection` it is enabled only while an item is selected."""
        if before_remove:
            self._buttons.insertWidget(self._buttons.indexOf(self.remove_button), button)
            self.setTabOrder(self.down_button, button)
            self.setTabOrder(button, self.remove_button)
        else:
            self._buttons.insertWidget(self._buttons.count() - 1, button)  # above the stretch
            self.setTabOrder(self._last_button, button)
        if not before_remove:
            self._last_button = button
        if follows_selection:
            button.setEnabled(self.current_row() >= 0)
            self.stateChanged.connect(lambda row: button.setEnabled(row >= 0))

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def _key(self, keys: QKeySequence, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(keys, self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    # --- what the buttons and keys do -----------------------------------------------------------
    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int | None) -> None:
        """Make `row` current (None, or a row not there: leave the selection alone)."""
        if row is not None and 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row))

    def add(self) -> None:
        """Add what is typed in the field (without a field, the use asks what to add)."""
        if self._add is None:
            return
        row = self._add(self.input.text() if self.input is not None else "")
        if self.input is not None:
            if row is not None:
                self.input.clear()
            self.input.setFocus()
        self.select_row(row)

    def edit_current(self) -> None:
        """Edit the selected item."""
        row = self.current_row()
        if row >= 0 and self.editable:
            self._edit(row)

    def move_current(self, offset: int) -> None:
        """Move the selected item one up (-1) or one down (+1)."""
        row = self.current_row()
        if row >= 0 and 0 <= row + offset < self.model.rowCount():
            self.select_row(self._move(row, offset))

    def remove_current(self) -> None:
        """Remove the selected item."""
        row = self.current_row()
        if row >= 0:
            self.select_row(self._remove(row))

    # --- in memory ------------------------------------------------------------------------------
    def _edit_in_place(self, row: int) -> None:
        self.view.edit(self.model.index(row))

    def _remove_in_memory(self, row: int) -> int | None:
        self.model.remove(row)
        return min(row, self.model.rowCount() - 1)

    def _insert_pressed(self) -> None:
        if self.input is not None:
            self.input.setFocus()
        else:
            self.add()

    def _update_buttons(self, *_args: object) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.edit_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.stateChanged.emit(row)


def _ctrl(key: Qt.Key) -> QKeySequence:
    return QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier, key))
