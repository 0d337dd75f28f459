"""Step 7: the user's own pre-call checklist, to tick.

Built-in items the plan itself covers (its goals, questions, opener, objections…) are ticked by the
plan, not by hand: see `planning.checklist_coverage`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from einwandfrei.planning.checklist_coverage import PlanFacts, auto_ticked, fact_of
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
        self._facts = PlanFacts()

    @property
    def ticks(self) -> tuple[ChecklistTick, ...]:
        """The entries as shown."""
        return tuple(self._ticks)

    def set_ticks(self, ticks: tuple[ChecklistTick, ...]) -> None:
        """Load entries."""
        self.beginResetModel()
        self._ticks = list(auto_ticked(ticks, self._facts))
        self.endResetModel()

    def set_facts(self, facts: PlanFacts) -> None:
        """Tick the built-in items by what the plan now holds."""
        self._facts = facts
        ticked = auto_ticked(self._ticks, facts)
        for row, (before, after) in enumerate(zip(self._ticks, ticked, strict=True)):
            if before != after:
                self._ticks[row] = after
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def is_by_plan(self, row: int) -> bool:
        """Whether the plan ticks this entry itself (a built-in item)."""
        return fact_of(self._ticks[row].text) is not None

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
        described = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole)
        if role in described and self.is_by_plan(index.row()):
            return self.tr("Ticked by the plan itself once it holds this.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_by_plan(index.row()):
            return super().flags(index) & ~Qt.ItemFlag.ItemIsUserCheckable
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if self.is_by_plan(index.row()):
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        self._ticks[index.row()] = replace(self._ticks[index.row()], done=done)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked.emit()
        return True

    def toggle(self, row: int) -> None:
        """Tick or untick the entry at `row` (not one the plan ticks itself)."""
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
                "the summary. What the plan itself holds (goals, key messages, questions, "
                "opener, objections) is ticked for you."
            )
        )
        self.model = ChecklistModel(self)
        self.view = QListView(self)
        self.view.setObjectName("checklistItems")
        self.view.setAccessibleName(self.tr("Checklist"))
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

    def initializePage(self) -> None:
        """Tick the built-in items by the plan as the earlier pages hold it now."""
        current_plan = getattr(self.wizard(), "current_plan", None)  # PreCallWizard's
        if callable(current_plan):
            self.model.set_facts(PlanFacts.of(current_plan()))
            self._update_count()

    def load(self, plan: Plan) -> None:
        self.model.set_facts(PlanFacts.of(plan))
        self.model.set_ticks(plan.checklist)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))

    def apply(self, plan: Plan) -> Plan:
        # `plan` holds the earlier pages as typed: the built-in items follow it.
        return replace(plan, checklist=auto_ticked(self.model.ticks, PlanFacts.of(plan)))

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
