"""A list of items shown as text: read-only, or edited in place and reordered (`OrderedList`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractListModel, Generic[T]):
    """Items shown as text (with a tooltip, an icon, in bold, where asked); editable in place when
    `rename` is given.

    `itemsEdited` fires for every change made through the model's editing methods (not for
    `set_items`, which loads a list).
    """

    itemsEdited = Signal()

    def __init__(
        self,
        display: Callable[[T], str],
        rename: Callable[[T, str], T] | None = None,
        tooltip: Callable[[T], str] | None = None,
        parent: QObject | None = None,
        *,
        bold: Callable[[T], bool] | None = None,
        icon: Callable[[T], QIcon] | None = None,
    ) -> None:
        super().__init__(parent)
        self._items: list[T] = []
        self._display = display
        self._rename = rename
        self._tooltip = tooltip
        self._bold = bold
        self._icon = icon

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
        if role == Qt.ItemDataRole.DecorationRole and self._icon is not None:
            return self._icon(item)
        if role == Qt.ItemDataRole.FontRole and self._bold is not None and self._bold(item):
            font = QFont()
            font.setBold(True)
            return font
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
