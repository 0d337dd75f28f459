"""The objections of a call log: which came up, the answer used, whether it worked."""

from __future__ import annotations

import enum
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from einwandfrei.planning.plan import PlannedObjection

Index = QModelIndex | QPersistentModelIndex


class LogColumn(enum.IntEnum):
    """The log table's columns."""

    CAME_UP = 0
    OBJECTION = 1
    ANSWER = 2
    WORKED = 3


class LogObjectionsModel(QAbstractTableModel):
    """Plan objections as logged; the check boxes set "came up" and "worked"."""

    objectionsEdited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._objections: list[PlannedObjection] = []

    @property
    def objections(self) -> tuple[PlannedObjection, ...]:
        """The objections as logged so far."""
        return tuple(self._objections)

    def set_objections(self, objections: tuple[PlannedObjection, ...]) -> None:
        """Load the plan's objections."""
        self.beginResetModel()
        self._objections = list(objections)
        self.endResetModel()

    def append(self, objection: PlannedObjection) -> int:
        """Add an objection that came up without being expected; returns its row."""
        row = len(self._objections)
        self.beginInsertRows(QModelIndex(), row, row)
        self._objections.append(objection)
        self.endInsertRows()
        self.objectionsEdited.emit()
        return row

    def update(self, row: int, objection: PlannedObjection) -> None:
        """Replace the objection at `row`."""
        self._objections[row] = objection
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(LogColumn) - 1))
        self.objectionsEdited.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._objections)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LogColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            LogColumn.CAME_UP: self.tr("Came up"),
            LogColumn.OBJECTION: self.tr("Objection"),
            LogColumn.ANSWER: self.tr("Answer used"),
            LogColumn.WORKED: self.tr("Worked"),
        }[LogColumn(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = LogColumn(index.column())
        if column is LogColumn.CAME_UP:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if column is LogColumn.WORKED and self._objections[index.row()].came_up:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._objections):
            return None
        objection = self._objections[index.row()]
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
        objection = self._objections[row]
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
