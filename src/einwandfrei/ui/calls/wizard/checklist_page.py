"""Step 7: the user's own pre-call checklist, to tick."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from einwandfrei.planning.plan import ChecklistTick, Plan
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.wizard.page_base import PlanPage

Index = QModelIndex | QPersistentModelIndex


class ChecklistModel(QAbstractListModel):
    """Checklist entries with a check box each."""

    ticked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ticks: list[ChecklistTick] = []

    @property
    def ticks(self) -> tuple[ChecklistTick, ...]:
        """The entries as shown."""
        return tuple(self._ticks)

    def set_ticks(self, ticks: tuple[ChecklistTick, ...]) -> None:
        """Load entries."""
        self.beginResetModel()
        self._ticks = list(ticks)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ticks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ticks):
            return None
        tick = self._ticks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return tick.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if tick.done else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        self._ticks[index.row()] = replace(self._ticks[index.row()], done=done)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked.emit()
        return True

    def toggle(self, row: int) -> None:
        """Tick or untick the entry at `row`."""
        done = not self._ticks[row].done
        state = Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        self.setData(self.index(row), state.value, Qt.ItemDataRole.CheckStateRole)


class ChecklistPage(PlanPage):
    """Tick what is done; unticked items are allowed and shown in the summary."""

    def __init__(self, context: CallsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Checklist"))
        self.setSubTitle(
            self.tr(
                "Your own checklist before a call. Tick what is done; the rest is listed in "
                "the summary."
            )
        )
        self.model = ChecklistModel(self)
        self.view = QListView(self)
        self.view.setObjectName("checklistItems")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.count = QLabel(self)
        self.count.setObjectName("checklistCount")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.model.ticked.connect(self.mark_edited)
        self.model.ticked.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)

    def load(self, plan: Plan) -> None:
        self.model.set_ticks(plan.checklist)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))

    def apply(self, plan: Plan) -> Plan:
        return replace(plan, checklist=self.model.ticks)

    def _update_count(self) -> None:
        ticks = self.model.ticks
        if not ticks:
            self.count.setText(
                self.tr("Your checklist is empty; add items with Calls › Edit Checklist…")
            )
            return
        done = sum(1 for tick in ticks if tick.done)
        self.count.setText(
            self.tr("%1 of %2 ticked. Unticked items are listed in the summary.")
            .replace("%1", str(done))
            .replace("%2", str(len(ticks)))
        )
