"""An ordered list the user edits in place: a generic item model and its view with buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractListModel, Generic[T]):
    """Items shown as text; editable in place when `rename` is given.

    `itemsEdited` fires for every change made through the model's editing methods (not for
    `set_items`, which loads a list).
    """

    itemsEdited = Signal()

    def __init__(
        self,
        display: Callable[[T], str],
        rename: Callable[[T, str], T] | None = None,
        tooltip: Callable[[T], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._items: list[T] = []
        self._display = display
        self._rename = rename
        self._tooltip = tooltip

    @property
    def editable(self) -> bool:
        """Whether items can be renamed in place."""
        return self._rename is not None

    @property
    def items(self) -> tuple[T, ...]:
        """The items in order."""
        return tuple(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(item)
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(item)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._rename is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self._rename is None or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = " ".join(str(value).split())
        if not text:
            return False
        self._items[index.row()] = self._rename(self._items[index.row()], text)
        self.dataChanged.emit(index, index)
        self.itemsEdited.emit()
        return True

    def set_items(self, items: Sequence[T]) -> None:
        """Load a list."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def append(self, item: T) -> int:
        """Add an item at the end; returns its row."""
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()
        self.itemsEdited.emit()
        return row

    def replace(self, row: int, item: T) -> None:
        """Put `item` in place of the one at `row`."""
        self._items[row] = item
        index = self.index(row)
        self.dataChanged.emit(index, index)
        self.itemsEdited.emit()

    def remove(self, row: int) -> None:
        """Remove the item at `row`."""
        if not 0 <= row < len(self._items):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        self.itemsEdited.emit()

    def move(self, row: int, offset: int) -> int | None:
        """Move the item at `row` by `offset` (±1); returns its new row, or None."""
        target = row + offset
        if offset not in (-1, 1) or not 0 <= row < len(self._items):
            return None
        if not 0 <= target < len(self._items):
            return None
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        self.itemsEdited.emit()
        return target


class ItemListEditor(QWidget, Generic[T]):
    """A list view with Move up, Move down and Remove (and Edit, when items can be renamed)."""

    def __init__(self, model: ItemListModel[T], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QListView(self)
        self.view.setObjectName(name)
        self.view.setModel(model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.setObjectName(f"{name}Edit")
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setObjectName(f"{name}Up")
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.setObjectName(f"{name}Down")
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName(f"{name}Remove")
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove)
        self.edit_button.setVisible(model.editable)
        buttons = QVBoxLayout()
        for button in (self.edit_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self._edit)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        model.modelReset.connect(self._update_buttons)
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        model.rowsMoved.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Make `row` current."""
        self.view.setCurrentIndex(self.model.index(row))

    def _edit(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def _move(self, offset: int) -> None:
        target = self.model.move(self.current_row(), offset)
        if target is not None:
            self.select_row(target)

    def _remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.edit_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)


class _EnterFilter(QObject):
    def __init__(self, callback: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self._callback()
                return True
        return super().eventFilter(watched, event)


def on_enter(widget: QWidget, callback: Callable[[], object]) -> None:
    """Let Enter in `widget` do `callback` — and only that, not also press the dialog's default
    button (Next, Save)."""
    widget.installEventFilter(_EnterFilter(callback, widget))
