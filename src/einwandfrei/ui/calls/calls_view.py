"""The Calls view: the Due list, customers, plans by section, and a preview of the plan.

The lead puts `CallsView(library, undo_stack, parent)` into the main window; every change it
makes goes on the context's change bus, where it also learns of everyone else's (it reads again
only what a change concerns), and `refresh()` re-reads everything. The view composes
`customer_pane.CustomerPane` (left), `plan_pane.PlanPane` and `plan_pane.PlanPreview` (right); it
reads the library for them and carries out what they ask for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from einwandfrei.planning.carry_forward import next_plan_from
from einwandfrei.planning.changes import Change
from einwandfrei.planning.follow_ups import DueFollowUp
from einwandfrei.planning.plan import CustomerInfo, Plan, PlanStatus
from einwandfrei.planning.suggestions import suggested_call_time
from einwandfrei.store.calls.checklist_template import template_ticks
from einwandfrei.store.calls.customers import (
    CustomerDetails,
    TrashedCustomer,
    list_customers,
    list_trashed_customers,
    read_customer,
)
from einwandfrei.store.calls.plan_lists import PlanSection, consent_records, list_plans
from einwandfrei.store.calls.plans import read_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.customer_pane import CustomerPane, customer_band_html
from einwandfrei.ui.calls.customer_trash import CustomerTrash
from einwandfrei.ui.calls.due_list import DueListWidget
from einwandfrei.ui.calls.log_dialog import CallLogDialog
from einwandfrei.ui.calls.plan_pane import PREPARE_CALL_KEYS, PlanPane, PlanPreview
from einwandfrei.ui.calls.wizard.wizard import PreCallWizard
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.undo.calls_steps import delete_plan_undoably, restore_plan_undoably
from einwandfrei.ui.widgets.key_names import key_text


class CallsView(QWidget):
    """Plans by date, drafts, past calls, each customer's history, and the Due list."""

    dueCountChanged = Signal(int)

    def __init__(
        self,
        library: Library,
        undo_stack: QUndoStack | None,
        parent: QWidget | None = None,
        *,
        context: CallsContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callsView")
        self.context = context or CallsContext(library, undo_stack)
        self.wizard: PreCallWizard | None = None
        self.log_dialog: CallLogDialog | None = None

        self.due = DueListWidget(self.context.library, self)
        self.customer_pane = CustomerPane(self.context, self.tr("&Prepare a call…"), self)
        self.plan_pane = PlanPane(self)
        self.detail = PlanPreview(self)
        # In the Trash tab, below its plans: the customers in the Trash, to restore.
        self.customer_trash = CustomerTrash(self.context, self.plan_pane)
        self.customer_trash.hide()
        self.plan_pane.attach_below(self.customer_trash)
        # The parts tests, screenshots and the lead reach for, under their familiar names.
        self.customers = self.customer_pane.list
        self.customers_model = self.customer_pane.model
        self.prepare_button = self.customer_pane.prepare_button
        pane = self.plan_pane
        self.sections, self.customer_band = pane.sections, pane.customer_band
        self.model, self.table, self.empty_note = pane.model, pane.table, pane.empty_note
        self.plan_actions = pane.plan_actions
        self.open_button, self.log_button = pane.open_button, pane.log_button
        self.next_button, self.delete_button = pane.next_button, pane.delete_button
        self.restore_button = pane.restore_button
        self.preview, self.no_selection = self.detail.preview, self.detail.no_selection
        self.prepare_button.setToolTip(
            self.tr("Open the pre-call wizard (%1)").replace("%1", key_text(PREPARE_CALL_KEYS))
        )

        # Preparing a new call (for the customer chosen, if any) sits below the customers, what
        # acts on the selected plan below the plans, so neither row makes the page wide.
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setChildrenCollapsible(False)
        right.addWidget(self.plan_pane)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([400, 260])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("callsSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(self.customer_pane)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([230, 870])
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addWidget(split, 1)

        self.context.bus.changed.connect(self._library_changed)
        self.due.dueCountChanged.connect(self.dueCountChanged)
        self.due.prepareRequested.connect(self.prepare_follow_up)
        self.sections.currentChanged.connect(lambda _index: self._load_plans())
        self.customer_pane.customerChanged.connect(self._customer_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.prepare_button.clicked.connect(lambda: self.prepare_call())
        self.open_button.clicked.connect(self.open_selected)
        self.log_button.clicked.connect(self.log_selected)
        self.next_button.clicked.connect(self.prepare_next_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self.setTabOrder(self.customers, self.sections)
        self.setTabOrder(self.sections, self.table)
        self._stale = False
        self.due.refresh(self.context.today())
        self._reload()

    # --- wiring for the lead --------------------------------------------------------------------
    def set_print_handler(self, on_print: Callable[[int], object] | None) -> None:
        """What "Print cheat sheet" does with a saved plan's id."""
        self.context.on_print = on_print

    def set_practise_handler(self, on_practise: Callable[[int], object] | None) -> None:
        """What "Practise these objections" does with a saved plan's id."""
        self.context.on_practise = on_practise

    def due_count(self) -> int:
        """How many follow-ups are due today."""
        return self.due.model.rowCount()

    # --- reading --------------------------------------------------------------------------------
    def section(self) -> PlanSection:
        """The section shown."""
        return self.plan_pane.section()

    def show_section(self, section: PlanSection) -> None:
        """Switch to a section."""
        self.plan_pane.show_section(section)

    def listed_customers(self) -> list[CustomerInfo]:
        """The customers listed on the left."""
        return self.customer_pane.listed()

    def selected_customer(self) -> CustomerInfo | None:
        """The customer chosen on the left, or None for all."""
        return self.customer_pane.selected()

    def select_customer(self, customer_id: int | None) -> None:
        """Show one customer's plans (None: everyone's)."""
        self.customer_pane.select(customer_id)

    def selected_plan_id(self) -> int | None:
        """The id of the selected plan."""
        return self.plan_pane.selected_plan_id()

    def select_plan(self, plan_id: int) -> bool:
        """Select a plan in the table; returns whether it is shown."""
        return self.plan_pane.select_plan(plan_id)

    def set_library(self, library: Library) -> None:
        """Work on another library (after a backup was restored) and read it."""
        self.context.library = library
        self.due.set_library(library)
        self.refresh()

    def _library_changed(self, change: Change) -> None:
        if change.touches_calls():
            self.refresh()
        elif change.touches_objections():
            # Plans show their objections' and answers' words; the Due list does not.
            self._reload_when_seen()

    def refresh(self) -> None:
        """Re-read the Due list now, and customers and plans now or, while the view is hidden,
        when it is shown again (so working elsewhere costs no reading here)."""
        self.due.refresh(self.context.today())
        self._reload_when_seen()

    def _reload_when_seen(self) -> None:
        if self.isVisible():
            self._reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._reload()
        super().showEvent(event)

    def _reload(self) -> None:
        self._stale = False
        with self.context.library.read() as connection:
            customers = list_customers(connection)
        self.customer_pane.set_customers(customers)
        self._load_plans()

    def _load_plans(self) -> None:
        selected = self.selected_plan_id()
        customer = self.selected_customer()
        customer_id = customer.id if customer else None
        details: CustomerDetails | None = None
        trashed: list[TrashedCustomer] = []
        with self.context.library.read() as connection:
            plans = list_plans(connection, self.section(), customer_id=customer_id)
            if self.section() is PlanSection.TRASH:
                trashed = list_trashed_customers(connection)
            record = consent_records(connection).get(customer_id or -1)
            if customer_id is not None:
                try:
                    details = read_customer(connection, customer_id)
                except LibraryError:
                    details = None
        self.customer_trash.set_customers(trashed)
        self.customer_trash.setVisible(bool(trashed))
        self.plan_pane.show_plans(plans, self.context.now(), customers_in_trash=bool(trashed))
        self.plan_pane.show_band(customer_band_html(details, record) if details else "")
        self.detail.setVisible(bool(plans))
        if selected is None or not self.select_plan(selected):
            if plans:
                self.table.selectRow(0)
            else:
                self._selection_changed()

    def _customer_changed(self) -> None:
        if self.selected_customer() is not None and self.section() is not PlanSection.ALL:
            self.sections.blockSignals(True)
            self.show_section(PlanSection.ALL)
            self.sections.blockSignals(False)
        self._load_plans()

    def _selection_changed(self, *_args: QItemSelection) -> None:
        plan = self._selected_plan()
        self.plan_pane.enable_buttons(plan)
        self.detail.show_plan(plan)

    def _selected_plan(self) -> Plan | None:
        plan_id = self.selected_plan_id()
        if plan_id is None:
            return None
        try:
            with self.context.library.read() as connection:
                return read_plan(connection, plan_id)
        except LibraryError:
            return None

    # --- actions ----------------------------------------------------------------------------------
    def prepare_call(self, customer_id: int | None = None) -> PreCallWizard:
        """Open the wizard for a new plan (for a customer, if given or selected)."""
        wizard = self._open_wizard(None)
        chosen = customer_id
        if chosen is None:
            selected = self.selected_customer()
            chosen = selected.id if selected else None
        if chosen is not None:
            wizard.customer_page.select_customer(chosen)
        return wizard

    def open_plan(self, plan_id: int) -> PreCallWizard | None:
        """Open a plan in the wizard; a draft resumes at its first incomplete step."""
        plan = self._read(plan_id)
        if plan is None:
            return None
        wizard = self._open_wizard(plan)
        if plan.status is PlanStatus.DRAFT:
            wizard.start_at_first_incomplete()
        return wizard

    def open_selected(self) -> None:
        """Open the selected plan."""
        plan_id = self.selected_plan_id()
        if plan_id is not None and self.section() is not PlanSection.TRASH:
            self.open_plan(plan_id)

    def prepare_next(self, plan_id: int) -> PreCallWizard | None:
        """Open the wizard on a new plan carried forward from `plan_id`."""
        plan = self._read(plan_id)
        if plan is None:
            return None
        with self.context.library.read() as connection:
            template = template_ticks(connection)
        seed = next_plan_from(plan, template, scheduled_at=suggested_call_time(self.context.now()))
        return self._open_wizard(seed)

    def prepare_next_selected(self) -> None:
        """Prepare the next call from the selected plan."""
        plan_id = self.selected_plan_id()
        if plan_id is not None:
            self.prepare_next(plan_id)

    def prepare_follow_up(self, item: DueFollowUp) -> None:
        """Open the plan prepared for a due follow-up, or prepare one from the last call."""
        if item.prepared_plan_id is not None:
            self.open_plan(item.prepared_plan_id)
        else:
            self.prepare_next(item.last_plan_id)

    def log_call(self, plan_id: int) -> CallLogDialog | None:
        """Open the log for a plan."""
        plan = self._read(plan_id)
        if plan is None:
            return None
        dialog = CallLogDialog(self.context, plan, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.log_dialog = dialog
        dialog.open()
        return dialog

    def log_selected(self) -> None:
        """Log the selected plan's call."""
        plan_id = self.selected_plan_id()
        if plan_id is None:
            self.context.show_error(
                self, self.tr("Select the planned call to log in the Calls view first.")
            )
            return
        self.log_call(plan_id)

    def delete_selected(self) -> None:
        """Move the selected plan to the Trash (undoable)."""
        plan_id = self.selected_plan_id()
        if plan_id is None or self.section() is PlanSection.TRASH:
            return
        try:
            delete_plan_undoably(self.context, plan_id)
        except LibraryError as error:
            self.context.show_error(self, error_text(error))

    def restore_selected(self) -> None:
        """Bring the selected plan back from the Trash (undoable)."""
        plan_id = self.selected_plan_id()
        if plan_id is None or self.section() is not PlanSection.TRASH:
            return
        try:
            restore_plan_undoably(self.context, plan_id)
        except LibraryError as error:
            self.context.show_error(self, error_text(error))

    def _read(self, plan_id: int) -> Plan | None:
        try:
            with self.context.library.read() as connection:
                return read_plan(connection, plan_id)
        except LibraryError as error:
            self.context.show_error(self, error_text(error))
            return None

    def _open_wizard(self, plan: Plan | None) -> PreCallWizard:
        wizard = PreCallWizard(self.context, plan, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.planSaved.connect(self._plan_saved)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _plan_saved(self, plan_id: int) -> None:
        with self.context.library.read() as connection:
            plan = read_plan(connection, plan_id)
        section = {
            PlanStatus.DRAFT: PlanSection.DRAFTS,
            PlanStatus.PLANNED: PlanSection.UPCOMING,
            PlanStatus.DONE: PlanSection.PAST,
        }[plan.status]
        if self.section() is not PlanSection.ALL:
            self.show_section(section)
        self.select_plan(plan_id)
