"""The left of the Calls view: the customers, what can be done to one, and Prepare a call….

A customer is edited with "Edit Customer…" (also `Enter` or a double-click on them) and moved to
the Trash with "Move Customer to Trash"; both are on the list's context menu and, through
`actions.create_calls_actions`, in the Calls menu. Both act only while the pane is in sight and a
customer (not "All customers") is chosen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListView, QPushButton, QVBoxLayout, QWidget

from einwandfrei.planning.follow_ups import ConsentRecord
from einwandfrei.planning.plan import CustomerInfo
from einwandfrei.store.calls.customers import CustomerDetails, read_customer
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.customer_dialog import CustomerDialog
from einwandfrei.ui.calls.customer_list import CustomerListModel
from einwandfrei.ui.calls.plan_wording import consent_text
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.undo.calls_steps import trash_customer_undoably
from einwandfrei.ui.widgets.event_hooks import on_show_or_hide

NOTES_SHOWN = 280  # characters of a customer's notes shown above their history


class CustomerPane(QWidget):
    """The customer list ("All customers" first) with the button that prepares a call."""

    customerChanged = Signal()  # another customer (or "All customers") was chosen

    def __init__(
        self, context: CallsContext, prepare_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callsCustomerPane")
        self.context = context
        self.dialog: CustomerDialog | None = None
        self.model = CustomerListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("callsCustomers")
        self.list.setAccessibleName(self.tr("Customers"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMinimumWidth(150)
        self.prepare_button = QPushButton(prepare_text, self)
        self.prepare_button.setObjectName("prepareCallButton")

        self.edit_action = QAction(self.tr("&Edit Customer…"), self)
        self.edit_action.setObjectName("actionEditCustomer")
        self.trash_action = QAction(self.tr("&Move Customer to Trash"), self)
        self.trash_action.setObjectName("actionTrashCustomer")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addAction(self.edit_action)
        self.list.addAction(self.trash_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.prepare_button)

        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.edit_action.triggered.connect(lambda: self.edit_customer())
        self.trash_action.triggered.connect(self.trash_selected)
        # Enter or a double-click on a customer edits them (single clicks only choose, whatever
        # the platform's activation style).
        self.list.doubleClicked.connect(self._edit_index)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._edit_index(self.list.currentIndex()))
        on_show_or_hide(self, self._enable_actions)
        self._enable_actions()

    # --- reading --------------------------------------------------------------------------------
    def listed(self) -> list[CustomerInfo]:
        """The customers listed."""
        model = self.model
        return [c for row in range(model.rowCount()) if (c := model.customer_at(row)) is not None]

    def selected(self) -> CustomerInfo | None:
        """The customer chosen, or None for all."""
        index = self.list.currentIndex()
        return self.model.customer_at(index.row()) if index.isValid() else None

    def select(self, customer_id: int | None) -> None:
        """Choose a customer (None, or one not listed: "All customers")."""
        self.list.setCurrentIndex(self.model.index(self.model.row_of(customer_id)))

    def set_customers(self, customers: list[CustomerInfo]) -> None:
        """List these customers and keep the one chosen, quietly (no `customerChanged`)."""
        chosen = self.selected()
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        try:
            self.model.set_customers(customers)
            self.select(chosen.id if chosen else None)
        finally:
            selection.blockSignals(False)
        self._enable_actions()

    # --- acting on the customer chosen ----------------------------------------------------------
    def edit_customer(self, customer_id: int | None = None) -> CustomerDialog | None:
        """Open a customer's details (those of the one chosen, if none is given) for editing."""
        if customer_id is None:
            chosen = self.selected()
            if chosen is None or chosen.id is None:
                return None
            customer_id = chosen.id
        try:
            with self.context.library.read() as connection:
                customer = read_customer(connection, customer_id)
        except LibraryError as error:
            self.context.show_error(self, error_text(error))
            return None
        dialog = CustomerDialog(self.context, customer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def trash_selected(self) -> None:
        """Move the customer chosen to the Trash (undoable): they leave the lists and the wizard's
        customer page; their plans are kept and come back with them."""
        chosen = self.selected()
        if chosen is None or chosen.id is None:
            return
        try:
            with self.context.library.read() as connection:
                customer = read_customer(connection, chosen.id)
            trash_customer_undoably(self.context, customer)
        except LibraryError as error:
            self.context.show_error(self, error_text(error))

    # --- events ---------------------------------------------------------------------------------
    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._enable_actions()
        self.customerChanged.emit()

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.customer_at(index.row()) is not None:
            self.edit_customer()

    def _enable_actions(self) -> None:
        # The Calls menu stays the same on every page; what it would act on must be in sight.
        usable = self.isVisible() and self.selected() is not None
        self.edit_action.setEnabled(usable)
        self.trash_action.setEnabled(usable)


def customer_band_html(customer: CustomerDetails, record: ConsentRecord | None) -> str:
    """Above a customer's history: who they are, how to reach them, the notes kept about them
    (shortened) and how often they agreed to a next contact."""
    details = ", ".join(part for part in (customer.role, customer.company) if part)
    lines = [
        f"<b>{html.escape(customer.name)}</b>" + (f" · {html.escape(details)}" if details else "")
    ]
    reach = " · ".join(part for part in (customer.email, customer.phone) if part)
    if reach:
        lines.append(html.escape(reach))
    if customer.notes:
        notes = customer.notes
        if len(notes) > NOTES_SHOWN:
            notes = notes[:NOTES_SHOWN].rstrip() + "…"
        lines.append("<i>" + html.escape(notes).replace("\n", "<br>") + "</i>")
    if record is not None:
        lines.append(html.escape(consent_text(record)))
    return "<br>".join(lines)
