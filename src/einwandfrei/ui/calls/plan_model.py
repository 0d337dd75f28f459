"""The table of call plans in the Calls view."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from einwandfrei.planning.plan import PlanStatus
from einwandfrei.store.calls.plan_lists import PlanSummary
from einwandfrei.ui.calls.plan_wording import format_short_day, format_when, status_text
from einwandfrei.ui.widgets.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex


class PlanColumn(enum.IntEnum):
    """The table's columns."""

    WHEN = 0
    CUSTOMER = 1
    GOAL = 2
    STATE = 3
    NEXT = 4


class PlanTableModel(RowTableModel[PlanSummary]):
    """Plan summaries, one per row, in the order the store lists them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(PlanColumn, parent)
        self._now: datetime | None = None

    def set_plans(self, plans: list[PlanSummary], now: datetime) -> None:
        """Show these plans; `now` tells which planned calls wait for their log."""
        self.beginResetModel()
        self._rows = list(plans)
        self._now = now
        self.endResetModel()

    def plan_at(self, row: int) -> PlanSummary | None:
        """The plan shown in `row`."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, plan_id: int) -> int:
        """The row showing the plan, or -1."""
        for row, plan in enumerate(self._rows):
            if plan.id == plan_id:
                return row
        return -1

    def column_titles(self) -> dict[int, str]:
        return {
            PlanColumn.WHEN: self.tr("When"),
            PlanColumn.CUSTOMER: self.tr("Customer"),
            PlanColumn.GOAL: self.tr("Goal"),
            PlanColumn.STATE: self.tr("State"),
            PlanColumn.NEXT: self.tr("Next contact"),
        }

    def waits_for_log(self, plan: PlanSummary) -> bool:
        """A planned call whose time has passed."""
        return (
            plan.status is PlanStatus.PLANNED
            and plan.scheduled_at is not None
            and self._now is not None
            and plan.scheduled_at < self._now
        )

    def state_text(self, plan: PlanSummary) -> str:
        """Draft, Planned, "Planned · log it", or the outcome of a logged call."""
        if plan.status is PlanStatus.DONE:
            if plan.goal_reached:
                return self.tr("Goal reached")
            if plan.minimum_goal_reached:
                return self.tr("Minimum goal reached")
            return self.tr("Goals not reached")
        if self.waits_for_log(plan):
            return self.tr("Planned · log it")
        return status_text(plan.status)

    def next_text(self, plan: PlanSummary) -> str:
        """The next contact of a logged call, and whether the customer agreed."""
        if plan.next_contact_at is None:
            return ""
        day = format_short_day(plan.next_contact_at.astimezone().date())
        if plan.next_contact_agreed:
            return self.tr("%1 (agreed)").replace("%1", day)
        return self.tr("%1 (not agreed)").replace("%1", day)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        plan = self.plan_at(index.row()) if index.isValid() else None
        if plan is None:
            return None
        column = PlanColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is PlanColumn.WHEN:
                return format_when(plan.scheduled_at)
            if column is PlanColumn.CUSTOMER:
                return plan.customer.label()
            if column is PlanColumn.GOAL:
                return plan.goal or plan.minimum_goal
            if column is PlanColumn.STATE:
                return self.state_text(plan)
            return self.next_text(plan)
        if role == Qt.ItemDataRole.ToolTipRole and column is PlanColumn.GOAL:
            minimum = self.tr("Minimum goal: %1").replace("%1", plan.minimum_goal or "–")
            return f"{plan.goal}\n{minimum}" if plan.goal else minimum
        if (
            role == Qt.ItemDataRole.FontRole
            and column is PlanColumn.STATE
            and self.waits_for_log(plan)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return plan.id
        return None
