"""The customers in the Trash, shown below the plans while the Calls view's Trash tab is open.

A customer moved to the Trash leaves the customer list, the plan lists and the wizard; here they
can be brought back with "Restore Customer" (the button beside the list, the list's context menu
and, through `actions.create_calls_actions`, the Calls menu). Restoring goes on the undo stack;
their plans come back with them (those not in the Trash themselves).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.store.calls.customers import TrashedCustomer
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.undo.calls_steps import restore_customer_undoably

Index = QModelIndex | QPersistentModelIndex
ROWS_SHOWN = 4  # the list grows up to this many rows, then scrolls


class TrashedCustomerModel(QAbstractListModel):
    """The customers in the Trash, the last moved there first, each with their plans' count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers: list[TrashedCustomer] = []

    def set_customers(self, customers: list[TrashedCustomer]) -> None:
        """Show these customers."""
        self.beginResetModel()
        self._customers = list(customers)
        self.endResetModel()

    def customer_at(self, row: int) -> TrashedCustomer | None:
        """The customer in `row`, if there is one."""
        return self._customers[row] if 0 <= row < len(self._customers) else None

    def row_of(self, customer_id: int) -> int:
        """The row of a customer, or -1."""
        for row, trashed in enumerate(self._customers):
            if trashed.customer.id == customer_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._customers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        trashed = self.customer_at(index.row()) if index.isValid() else None
        if trashed is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            count = plan_count_text(trashed.plan_count)
            label = trashed.customer.label()
            return f"{label} ({count})" if count else label
        if role == Qt.ItemDataRole.ToolTipRole and trashed.customer.role:
            return trashed.customer.role
        return None


def plan_count_text(count: int) -> str:
    """ "1 plan", "3 plans", or "" for none."""
    if count <= 0:
        return ""
    if count == 1:
        return QCoreApplication.translate("CustomerTrash", "1 plan")
    return QCoreApplication.translate("CustomerTrash", "%1 plans").replace("%1", str(count))


class CustomerTrash(QWidget):
    """ "Customers in the Trash": a short list with "Restore customer" beside it."""

    def __init__(self, context: CallsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerTrash")
        self.context = context
        self.title = QLabel(self.tr("Customers in the Trash"), self)
        self.title.setObjectName("customerTrashTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = TrashedCustomerModel(self)
        self.list = QListView(self)
        self.list.setObjectName("trashedCustomers")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title.setBuddy(self.list)
        self.restore_button = QPushButton(self.tr("Restore c&ustomer"), self)
        self.restore_button.setObjectName("restoreCustomerButton")
        self.restore_button.setToolTip(
            self.tr("Bring the customer back into the lists and the wizard, with their plans")
        )
        self.restore_action = QAction(self.tr("&Restore Customer"), self)
        self.restore_action.setObjectName("actionRestoreCustomer")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addAction(self.restore_action)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)

        self.list.selectionModel().selectionChanged.connect(lambda *_: self._enable_actions())
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_action.triggered.connect(self.restore_selected)
        self._fit_height()
        self._enable_actions()

    # --- reading --------------------------------------------------------------------------------
    def listed(self) -> list[TrashedCustomer]:
        """The customers listed."""
        model = self.model
        return [c for row in range(model.rowCount()) if (c := model.customer_at(row)) is not None]

    def selected(self) -> TrashedCustomer | None:
        """The customer selected, if any."""
        rows = self.list.selectionModel().selectedRows()
        return self.model.customer_at(rows[0].row()) if rows else None

    def select(self, customer_id: int) -> bool:
        """Select a customer; returns whether they are listed."""
        row = self.model.row_of(customer_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        return row >= 0

    def set_customers(self, customers: list[TrashedCustomer]) -> None:
        """List these customers, keeping the one selected if they are still there (nothing is
        selected for the user: restoring is asked for one customer at a time)."""
        chosen = self.selected()
        self.model.set_customers(customers)
        if chosen is not None and chosen.customer.id is not None:
            self.select(chosen.customer.id)
        self._fit_height()
        self._enable_actions()

    # --- acting ---------------------------------------------------------------------------------
    def restore_selected(self) -> None:
        """Bring the selected customer back from the Trash (undoable)."""
        trashed = self.selected()
        if trashed is None or not self.isVisible():
            return
        try:
            restore_customer_undoably(self.context, trashed.customer)
        except LibraryError as error:
            self.context.prompts.show_error(self, error_text(error))

    # --- events ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._enable_actions()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._enable_actions()

    def _enable_actions(self) -> None:
        # Like the customer actions: what Restore would act on must be in sight and selected.
        usable = self.isVisible() and self.selected() is not None
        self.restore_action.setEnabled(usable)
        self.restore_button.setEnabled(usable)

    def _fit_height(self) -> None:
        rows = min(max(self.model.rowCount(), 1), ROWS_SHOWN)
        row_height = self.list.sizeHintForRow(0) if self.model.rowCount() else 0
        row_height = max(row_height, self.list.fontMetrics().height() + 2)
        frame = 2 * self.list.frameWidth()
        # At least as tall as the button beside it, so one customer does not look squeezed.
        button = self.restore_button.sizeHint().height()
        self.list.setFixedHeight(max(rows * row_height + frame, button))
