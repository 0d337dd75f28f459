"""Step 1: who is called, and when — with what came of the last call."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.planning.bank_rules import filter_texts
from einwandfrei.planning.plan import CustomerInfo, Plan
from einwandfrei.planning.suggestions import suggested_call_time
from einwandfrei.planning.validation import Problem, ProblemCode, check_customer
from einwandfrei.store.calls.customers import list_customers
from einwandfrei.store.calls.plan_lists import consent_records
from einwandfrei.store.calls.plans import latest_plan
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.plan_wording import (
    consent_text,
    datetime_edit_format,
    format_day,
    format_when,
    from_qdatetime,
    status_text,
    to_qdatetime,
    yes_no,
)
from einwandfrei.ui.calls.wizard.page_base import PlanPage, problem_label
from einwandfrei.ui.widgets.clear_button import enable_clear_button
from einwandfrei.ui.widgets.item_list_model import ItemListModel


class CustomerPage(PlanPage):
    """Pick or create the customer; set the call's date and time."""

    customerPicked = Signal(object)  # CustomerInfo of a customer chosen from the list

    def __init__(self, context: CallsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Customer"))
        self.setSubTitle(
            self.tr("Who are you calling, and when? Pick a customer or add a new one.")
        )
        self._all: list[CustomerInfo] = []
        self._customer = CustomerInfo("")
        self._plan_id: int | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("customerSearch")
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setAccessibleDescription(
            self.tr("Type a name or company; the customers below narrow as you type.")
        )
        self.search.setPlaceholderText(self.tr("Find a customer…"))
        enable_clear_button(self.search)
        self.model: ItemListModel[CustomerInfo] = ItemListModel(CustomerInfo.label, parent=self)
        self.list = QListView(self)
        self.list.setObjectName("customerList")
        self.list.setAccessibleName(self.tr("Customers"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.new_button = QPushButton(self.tr("Ne&w customer"), self)
        self.new_button.setObjectName("newCustomerButton")

        self.name = QLineEdit(self)
        self.name.setObjectName("customerName")
        self.company = QLineEdit(self)
        self.company.setObjectName("customerCompany")
        self.role = QLineEdit(self)
        self.role.setObjectName("customerRole")
        self.call_time = QDateTimeEdit(self)
        self.call_time.setObjectName("callTime")
        self.call_time.setCalendarPopup(True)
        self.call_time.setDisplayFormat(datetime_edit_format())
        self.name_problem = self.add_problem_label(
            (ProblemCode.CUSTOMER_NAME_EMPTY,), problem_label("customerNameProblem", self)
        )
        self.last_call = QLabel(self)
        self.last_call.setObjectName("lastCallSummary")
        self.last_call.setWordWrap(True)
        self.last_call.setTextFormat(Qt.TextFormat.RichText)
        self.last_call.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        form.addRow(self.tr("Na&me:"), self.name)
        form.addRow("", self.name_problem)
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Call &on:"), self.call_time)
        self.name.setMinimumWidth(260)
        history = QGroupBox(self.tr("Last call"), self)
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.last_call)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(history)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        self.search.textChanged.connect(self._filter)
        self.list.clicked.connect(self._picked)
        self.list.activated.connect(self._picked)
        self.new_button.clicked.connect(self._new_customer)
        for edit in (self.name, self.company, self.role):
            edit.textEdited.connect(self.mark_edited)
        self.call_time.dateTimeChanged.connect(self.mark_edited)
        self.setTabOrder(self.search, self.list)
        self.setTabOrder(self.list, self.new_button)
        self.setTabOrder(self.new_button, self.name)
        self.setTabOrder(self.name, self.company)
        self.setTabOrder(self.company, self.role)
        self.setTabOrder(self.role, self.call_time)

    def load(self, plan: Plan) -> None:
        with self.context.library.read() as connection:
            self._all = list_customers(connection)
        self._plan_id = plan.id
        self._filter(self.search.text())
        self._show_customer(plan.customer)
        when = plan.scheduled_at or suggested_call_time(self.context.now())
        self.call_time.setDateTime(to_qdatetime(when))

    def apply(self, plan: Plan) -> Plan:
        customer = replace(
            self._customer,
            name=self.name.text().strip(),
            company=self.company.text().strip(),
            role=self.role.text().strip(),
        )
        return replace(
            plan, customer=customer, scheduled_at=from_qdatetime(self.call_time.dateTime())
        )

    def problems(self) -> list[Problem]:
        return check_customer(CustomerInfo(self.name.text()))

    def select_customer(self, customer_id: int) -> None:
        """Pick a customer as if clicked in the list."""
        for row, customer in enumerate(self.model.items):
            if customer.id == customer_id:
                index = self.model.index(row)
                self.list.setCurrentIndex(index)
                self._picked(index)
                return

    def _filter(self, query: str) -> None:
        labels = [customer.label() for customer in self._all]
        self.model.set_items([self._all[index] for index in filter_texts(labels, query)])
        self._select_current()

    def _select_current(self) -> None:
        for row, customer in enumerate(self.model.items):
            if customer.id is not None and customer.id == self._customer.id:
                self.list.setCurrentIndex(self.model.index(row))
                return
        self.list.clearSelection()

    def _picked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        customer = self.model.items[index.row()]
        if customer.id == self._customer.id and self.name.text():
            return
        self._show_customer(customer)
        self.mark_edited()
        self.customerPicked.emit(customer)

    def _new_customer(self) -> None:
        self._show_customer(CustomerInfo(""))
        self.list.clearSelection()
        self.name.setFocus()
        self.mark_edited()

    def _show_customer(self, customer: CustomerInfo) -> None:
        self._customer = customer
        self.name.setText(customer.name)
        self.company.setText(customer.company)
        self.role.setText(customer.role)
        self._select_current()
        self.last_call.setText(self._history_html(customer))
        self.refresh_problems()

    def _history_html(self, customer: CustomerInfo) -> str:
        if customer.id is None:
            return html.escape(self.tr("A new customer: this is the first call."))
        with self.context.library.read() as connection:
            last = latest_plan(connection, customer.id, exclude_plan_id=self._plan_id)
            record = consent_records(connection).get(customer.id)
        if last is None:
            return html.escape(self.tr("No earlier call with this customer."))
        rows = [
            (self.tr("When"), f"{format_when(last.scheduled_at)} · {status_text(last.status)}"),
            (self.tr("Goal"), last.goal or "–"),
        ]
        if last.is_logged:
            outcome = last.outcome
            rows.append(
                (
                    self.tr("Outcome"),
                    self.tr("Goal reached: %1 · Minimum goal reached: %2")
                    .replace("%1", yes_no(outcome.goal_reached))
                    .replace("%2", yes_no(outcome.minimum_goal_reached)),
                )
            )
            if outcome.notes:
                rows.append((self.tr("Notes"), outcome.notes))
            if outcome.next_contact_at is not None:
                agreed = (
                    self.tr("they agreed") if outcome.next_contact_agreed else self.tr("not agreed")
                )
                day = format_day(outcome.next_contact_at.astimezone().date())
                rows.append((self.tr("Next step"), f"{day} ({agreed})"))
        if record is not None:
            rows.append((self.tr("Consent"), consent_text(record)))
        cells = "".join(
            f"<tr><td style='padding-right:8px'><b>{html.escape(label)}</b></td>"
            f"<td>{html.escape(value)}</td></tr>"
            for label, value in rows
        )
        return f"<table>{cells}</table>"
