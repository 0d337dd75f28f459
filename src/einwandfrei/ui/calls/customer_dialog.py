"""Edit Customer…: a customer's name, company, role, email, phone and notes, saved undoably."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.store.calls.customers import CustomerDetails, tidy_customer
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.wizard.page_base import problem_label
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.undo.calls_steps import update_customer_undoably


class CustomerDialog(QDialog):
    """The details of one customer; Save writes them (Edit › Undo takes them back)."""

    saved = Signal(int)  # the customer's id, after their details were written

    def __init__(
        self, context: CallsContext, customer: CustomerDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self.setWindowTitle(self.tr("Edit Customer"))
        self.context = context
        self.customer = customer

        self.name = QLineEdit(customer.name, self)
        self.name.setObjectName("customerDialogName")
        self.name_problem = problem_label("customerDialogNameProblem", self)
        self.company = QLineEdit(customer.company, self)
        self.company.setObjectName("customerDialogCompany")
        self.role = QLineEdit(customer.role, self)
        self.role.setObjectName("customerDialogRole")
        self.email = QLineEdit(customer.email, self)
        self.email.setObjectName("customerDialogEmail")
        self.phone = QLineEdit(customer.phone, self)
        self.phone.setObjectName("customerDialogPhone")
        self.notes = QPlainTextEdit(customer.notes, self)
        self.notes.setObjectName("customerDialogNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            self.tr("What to remember about them: their situation, preferences, people around them")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("customerDialogSave")

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.name_problem)
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.name.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)

        # Top to bottom, then the buttons.
        order = (self.name, self.company, self.role, self.email, self.phone, self.notes)
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self.setTabOrder(self.notes, self.buttons)

        self.name.textChanged.connect(self._check_name)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._check_name()

    def details(self) -> CustomerDetails:
        """What the fields say now."""
        return CustomerDetails(
            id=self.customer.id,
            name=self.name.text(),
            company=self.company.text(),
            role=self.role.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        """Save the details (if they changed) and close; an empty name or a failed save keeps
        the dialog open and says why."""
        if not self._check_name():
            self.name.setFocus()
            return
        after = self.details()
        if tidy_customer(after) != tidy_customer(self.customer):
            try:
                self.customer = update_customer_undoably(self.context, self.customer, after)
            except LibraryError as error:
                self.context.show_error(self, error_text(error))
                return
            self.saved.emit(self.customer.id)
        super().accept()

    def _check_name(self, *_args: object) -> bool:
        named = bool(self.name.text().strip())
        self.name_problem.setText("" if named else self.tr("A customer needs a name."))
        self.name_problem.setVisible(not named)
        self.save_button.setEnabled(named)
        return named
