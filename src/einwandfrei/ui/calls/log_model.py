"""The objections of a call log: which came up, the answer used, whether it worked."""

from __future__ import annotations

import enum
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from einwandfrei.planning.plan import PlannedObjection
from einwandfrei.ui.widgets.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex


class LogColumn(enum.IntEnum):
    """The log table's columns."""

    CAME_UP = 0
    OBJECTION = 1
    ANSWER = 2
    WORKED = 3


class LogObjectionsModel(RowTableModel[PlannedObjection]):
    """Plan objections as logged; the check boxes set "came up" and "worked"."""

    objectionsEdited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(LogColumn, parent)

    @property
    def objections(self) -> tuple[PlannedObjection, ...]:
        """The objections as logged so far."""
        return tuple(self._rows)

    def set_objections(self, objections: tuple[PlannedObjection, ...]) -> None:
        """Load the plan's objections."""
        self.beginResetModel()
        self._rows = list(objections)
        self.endResetModel()

    def append(self, objection: PlannedObjection) -> int:
        """Add an objection that came up without being expected; returns its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(objection)
        self.endInsertRows()
        self.objectionsEdited.emit()
        return row

    def update(self, row: int, objection: PlannedObjection) -> None:
        """Replace the objection at `row`."""
        self._rows[row] = objection
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(LogColumn) - 1))
        self.objectionsEdited.emit()

    def column_titles(self) -> dict[int, str]:
        return {
            LogColumn.CAME_UP: self.tr("Came up"),
            LogColumn.OBJECTION: self.tr("Objection"),
            LogColumn.ANSWER: self.tr("Answer used"),
            LogColumn.WORKED: self.tr("Worked"),
        }

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = LogColumn(index.column())
        if column is LogColumn.CAME_UP:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if column is LogColumn.WORKED and self._rows[index.row()].came_up:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        objection = self._rows[index.row()]
        column = LogColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is LogColumn.OBJECTION:
                text = objection.objection_text
                if not objection.was_expected:
                    text = self.tr("%1 (not expected)").replace("%1", text)
                return text
            if column is LogColumn.ANSWER:
                return objection.response_text or "–"
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            if column is LogColumn.CAME_UP:
                return _state(objection.came_up)
            if column is LogColumn.WORKED and objection.came_up:
                return _state(objection.response_worked is True)
        if role == Qt.ItemDataRole.ToolTipRole and column is LogColumn.ANSWER:
            return objection.response_text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        row = index.row()
        objection = self._rows[row]
        column = LogColumn(index.column())
        if column is LogColumn.CAME_UP:
            self.update(
                row,
                replace(
                    objection,
                    came_up=checked,
                    response_worked=(objection.response_worked if checked else None),
                ),
            )
            return True
        if column is LogColumn.WORKED and objection.came_up:
            self.update(row, replace(objection, response_worked=checked))
            return True
        return False

    def toggle(self, row: int, column: LogColumn) -> None:
        """Flip a check box as a click would."""
        current = self.data(self.index(row, column), Qt.ItemDataRole.CheckStateRole)
        checked = current == Qt.CheckState.Checked
        state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        self.setData(self.index(row, column), state.value, Qt.ItemDataRole.CheckStateRole)


def _state(checked: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
