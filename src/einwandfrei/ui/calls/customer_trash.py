"""The customers in the Trash, shown below the plans while the Calls view's Trash tab is open.

A customer moved to the Trash leaves the customer list, the plan lists and the wizard; here they
can be brought back with "Restore Customer" (the button beside the list, the list's context menu
and, through `actions.create_calls_actions`, the Calls menu). Restoring goes on the undo stack;
their plans come back with them (those not in the Trash themselves). "Delete Customer
Permanently…" (beside it too) erases them for good, backups included, after a confirmation that
says what goes (see `forget_customer`); that cannot be undone.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QAction
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
from einwandfrei.ui.calls.forget_customer import forget_customer
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.undo.calls_steps import restore_customer_undoably
from einwandfrei.ui.widgets.event_hooks import on_show_or_hide
from einwandfrei.ui.widgets.item_list_model import ItemListModel

ROWS_SHOWN = 4  # the list grows up to this many rows, then scrolls


def plan_count_text(count: int) -> str:
    """ "1 plan", "3 plans", or "" for none."""
    if count <= 0:
        return ""
    if count == 1:
        return QCoreApplication.translate("CustomerTrash", "1 plan")
    return QCoreApplication.translate("CustomerTrash", "%1 plans").replace("%1", str(count))


def _trashed_text(trashed: TrashedCustomer) -> str:
    count = plan_count_text(trashed.plan_count)
    label = trashed.customer.label()
    return f"{label} ({count})" if count else label


def _role(trashed: TrashedCustomer) -> str:
    return trashed.customer.role


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
        self.model: ItemListModel[TrashedCustomer] = ItemListModel(
            _trashed_text, tooltip=_role, parent=self
        )
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
        self.forget_button = QPushButton(self.tr("&Delete permanently…"), self)
        self.forget_button.setObjectName("forgetCustomerButton")
        self.forget_button.setToolTip(
            self.tr(
                "Erase the customer for good: their details, plans and call logs, and their name "
                "wherever it is written — also in every backup. This cannot be undone."
            )
        )
        self.forget_action = QAction(self.tr("Delete Customer &Permanently…"), self)
        self.forget_action.setObjectName("actionForgetCustomer")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addAction(self.restore_action)
        self.list.addAction(self.forget_action)

        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)

        self.list.selectionModel().selectionChanged.connect(lambda *_: self._enable_actions())
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_action.triggered.connect(self.restore_selected)
        on_show_or_hide(self, self._enable_actions)
        self.forget_button.clicked.connect(self.forget_selected)
        self.forget_action.triggered.connect(self.forget_selected)
        self._fit_height()
        self._enable_actions()

    # --- reading --------------------------------------------------------------------------------
    def listed(self) -> list[TrashedCustomer]:
        """The customers listed."""
        return list(self.model.items)

    def selected(self) -> TrashedCustomer | None:
        """The customer selected, if any."""
        rows = self.list.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def select(self, customer_id: int) -> bool:
        """Select a customer; returns whether they are listed."""
        for row, trashed in enumerate(self.model.items):
            if trashed.customer.id == customer_id:
                self.list.setCurrentIndex(self.model.index(row))
                return True
        return False

    def set_customers(self, customers: list[TrashedCustomer]) -> None:
        """List these customers, keeping the one selected if they are still there (nothing is
        selected for the user: restoring is asked for one customer at a time)."""
        chosen = self.selected()
        self.model.set_items(customers)
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
            self.context.show_error(self, error_text(error))

    def forget_selected(self) -> None:
        """Erase the selected customer for good, after asking (not undoable)."""
        trashed = self.selected()
        if trashed is None or trashed.customer.id is None or not self.isVisible():
            return
        forget_customer(self.context, self, trashed.customer.id)

    # --- events ---------------------------------------------------------------------------------
    def _enable_actions(self) -> None:
        # Like the customer actions: what Restore would act on must be in sight and selected.
        usable = self.isVisible() and self.selected() is not None
        for part in (self.restore_action, self.restore_button, self.forget_action):
            part.setEnabled(usable)
        self.forget_button.setEnabled(usable)

    def _fit_height(self) -> None:
        rows = min(max(self.model.rowCount(), 1), ROWS_SHOWN)
        row_height = self.list.sizeHintForRow(0) if self.model.rowCount() else 0
        row_height = max(row_height, self.list.fontMetrics().height() + 2)
        frame = 2 * self.list.frameWidth()
        # At least as tall as the buttons beside it, so one customer does not look squeezed.
        buttons = self.restore_button.sizeHint().height() + self.forget_button.sizeHint().height()
        self.list.setFixedHeight(max(rows * row_height + frame, buttons + 6))
