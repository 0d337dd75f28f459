"""The Calls view: the Due list, customers, plans by section, and a preview of the plan.

The lead puts `CallsView(library, undo_stack, parent)` into the main window; every change it
makes is announced through `changed`, and `refresh()` re-reads everything.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.planning.carry_forward import next_plan_from
from einwandfrei.planning.follow_ups import DueFollowUp
from einwandfrei.planning.plan import CustomerInfo, Plan, PlanStatus
from einwandfrei.planning.suggestions import suggested_call_time
from einwandfrei.store.checklist import template_ticks
from einwandfrei.store.customers import list_customers
from einwandfrei.store.errors import LibraryError
from einwandfrei.store.library import Library
from einwandfrei.store.plan_lists import PlanSection, consent_records, list_plans
from einwandfrei.store.plans import read_plan
from einwandfrei.ui.calls.commands import delete_plan_undoably, restore_plan_undoably
from einwandfrei.ui.calls.context import CallsContext
from einwandfrei.ui.calls.customer_list import CustomerListModel
from einwandfrei.ui.calls.due_list import DueListWidget
from einwandfrei.ui.calls.log_dialog import CallLogDialog
from einwandfrei.ui.calls.plan_model import PlanColumn, PlanTableModel
from einwandfrei.ui.calls.wording import consent_text
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.wizard.summary_html import plan_html
from einwandfrei.ui.wizard.wizard import PreCallWizard

PREPARE_CALL_KEYS = "Ctrl+Shift+P"  # Calls › Prepare a Call…, named in the empty list's sentence

SECTIONS = (
    PlanSection.UPCOMING,
    PlanSection.DRAFTS,
    PlanSection.PAST,
    PlanSection.ALL,
    PlanSection.TRASH,
)


def native_keys(keys: str) -> str:
    """`keys` ("Ctrl+Shift+P") as the interface's language names them ("Strg+Umschalt+P")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def quiet(label: QLabel) -> None:
    """Grey a label's text like a placeholder's: it says what is missing, not what is there."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


class CallsView(QWidget):
    """Plans by date, drafts, past calls, each customer's history, and the Due list."""

    changed = Signal()  # plans, customers, the bank or the checklist changed
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
        self.customers_model = CustomerListModel(self)
        self.customers = QListView(self)
        self.customers.setObjectName("callsCustomers")
        self.customers.setModel(self.customers_model)
        self.customers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections = QTabBar(self)
        self.sections.setObjectName("callsSections")
        self.sections.setExpanding(False)
        self.sections.setDocumentMode(True)
        for label in (
            self.tr("Upcoming"),
            self.tr("Drafts"),
            self.tr("Past calls"),
            self.tr("All"),
            self.tr("Trash"),
        ):
            self.sections.addTab(label)
        self.customer_band = QLabel(self)
        self.customer_band.setObjectName("customerBand")
        self.customer_band.setWordWrap(True)
        self.customer_band.setTextFormat(Qt.TextFormat.RichText)
        self.model = PlanTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("callsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        # The goal takes the room left; the other columns fit their contents (see _fit_columns)
        # and can be widened by hand.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PlanColumn.GOAL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        # An empty table says why it is empty and how to start, in its middle. (The table stays:
        # it is where the Calls page puts the keyboard.)
        self.empty_note = QLabel(self.table.viewport())
        self.empty_note.setObjectName("callsEmptyNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setMargin(24)
        self.empty_note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        quiet(self.empty_note)
        QVBoxLayout(self.table.viewport()).addWidget(self.empty_note)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("planPreview")
        self.no_selection = QLabel(self.tr("Select a plan to see it here."), self)
        self.no_selection.setObjectName("planPreviewPlaceholder")
        self.no_selection.setWordWrap(True)
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        quiet(self.no_selection)
        self.detail = QStackedWidget(self)
        self.detail.setObjectName("planDetail")
        self.detail.addWidget(self.preview)
        self.detail.addWidget(self.no_selection)

        self.prepare_button = QPushButton(self.tr("&Prepare a call…"), self)
        self.prepare_button.setObjectName("prepareCallButton")
        self.prepare_button.setToolTip(
            self.tr("Open the pre-call wizard (%1)").replace("%1", native_keys(PREPARE_CALL_KEYS))
        )
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openPlanButton")
        self.log_button = QPushButton(self.tr("&Log the call…"), self)
        self.log_button.setObjectName("logCallButton")
        self.next_button = QPushButton(self.tr("Prepare the &next call"), self)
        self.next_button.setObjectName("prepareNextButton")
        self.delete_button = QPushButton(self.tr("Move to &Trash"), self)
        self.delete_button.setObjectName("deletePlanButton")
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restorePlanButton")

        # What acts on the selected plan sits below the list; preparing a new call (for the
        # customer chosen, if any) below the customers, so neither row makes the page wide.
        self.plan_actions = QWidget(self)
        self.plan_actions.setObjectName("planActions")
        buttons = QHBoxLayout(self.plan_actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.open_button, self.log_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.restore_button)
        plans = QWidget(self)
        plans_layout = QVBoxLayout(plans)
        plans_layout.setContentsMargins(0, 0, 0, 0)
        plans_layout.addWidget(self.sections)
        plans_layout.addWidget(self.customer_band)
        plans_layout.addWidget(self.table, 1)
        plans_layout.addWidget(self.plan_actions)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setChildrenCollapsible(False)
        right.addWidget(plans)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([400, 260])
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.customers, 1)
        left_layout.addWidget(self.prepare_button)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("callsSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([230, 870])
        self.customers.setMinimumWidth(150)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addWidget(split, 1)

        self._announcing = False
        self.context.notifier.changed.connect(self._changed_here)
        self.due.dueCountChanged.connect(self.dueCountChanged)
        self.due.prepareRequested.connect(self.prepare_follow_up)
        self.sections.currentChanged.connect(lambda _index: self._load_plans())
        self.customers.selectionModel().currentChanged.connect(self._customer_changed)
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
        return SECTIONS[max(0, self.sections.currentIndex())]

    def show_section(self, section: PlanSection) -> None:
        """Switch to a section."""
        self.sections.setCurrentIndex(SECTIONS.index(section))

    def listed_customers(self) -> list[CustomerInfo]:
        """The customers listed on the left."""
        model = self.customers_model
        return [c for row in range(model.rowCount()) if (c := model.customer_at(row)) is not None]

    def selected_customer(self) -> CustomerInfo | None:
        """The customer chosen on the left, or None for all."""
        index = self.customers.currentIndex()
        return self.customers_model.customer_at(index.row()) if index.isValid() else None

    def select_customer(self, customer_id: int | None) -> None:
        """Show one customer's plans (None: everyone's)."""
        self.customers.setCurrentIndex(
            self.customers_model.index(self.customers_model.row_of(customer_id))
        )

    def selected_plan_id(self) -> int | None:
        """The id of the selected plan."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        plan = self.model.plan_at(rows[0].row())
        return plan.id if plan else None

    def select_plan(self, plan_id: int) -> bool:
        """Select a plan in the table; returns whether it is shown."""
        row = self.model.row_of(plan_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def set_library(self, library: Library) -> None:
        """Work on another library (after a backup was restored) and read it."""
        self.context.library = library
        self.due.set_library(library)
        self.refresh()

    def _changed_here(self) -> None:
        self.refresh()
        # Others refresh on `changed`; a `refresh()` connected back to it is not needed again.
        self._announcing = True
        try:
            self.changed.emit()
        finally:
            self._announcing = False

    def refresh(self) -> None:
        """Re-read the Due list now, and customers and plans now or, while the view is hidden,
        when it is shown again (so working elsewhere costs no reading here)."""
        if self._announcing:
            return
        self.due.refresh(self.context.today())
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
        customer = self.selected_customer()
        with self.context.library.read() as connection:
            customers = list_customers(connection)
        selection = self.customers.selectionModel()
        selection.blockSignals(True)
        try:
            self.customers_model.set_customers(customers)
            self.select_customer(customer.id if customer else None)
        finally:
            selection.blockSignals(False)
        self._load_plans()

    def _load_plans(self) -> None:
        selected = self.selected_plan_id()
        customer = self.selected_customer()
        customer_id = customer.id if customer else None
        with self.context.library.read() as connection:
            plans = list_plans(connection, self.section(), customer_id=customer_id)
            record = consent_records(connection).get(customer_id or -1)
        self.model.set_plans(plans, self.context.now())
        self._fit_columns()
        if customer is None:
            self.customer_band.hide()
        else:
            details = ", ".join(part for part in (customer.role, customer.company) if part)
            band = f"<b>{html.escape(customer.name)}</b>"
            if details:
                band += f" · {html.escape(details)}"
            if record is not None:
                band += f"<br>{html.escape(consent_text(record))}"
            self.customer_band.setText(band)
            self.customer_band.show()
        self.empty_note.setText(self._empty_text() if not plans else "")
        self.empty_note.setVisible(not plans)
        self.table.horizontalHeader().setVisible(bool(plans))
        self.plan_actions.setVisible(bool(plans))
        self.detail.setVisible(bool(plans))
        if selected is None or not self.select_plan(selected):
            if plans:
                self.table.selectRow(0)
            else:
                self._selection_changed()

    def _fit_columns(self) -> None:
        """Size every column but the goal to its contents, the customer and the next contact no
        wider than about 20 characters (longer ones end in "…"), so the goal keeps room on a
        narrow page."""
        header = self.table.horizontalHeader()
        character = self.fontMetrics().averageCharWidth()
        for column, widest in (
            (PlanColumn.WHEN, 28 * character),
            (PlanColumn.CUSTOMER, 20 * character),
            (PlanColumn.STATE, 24 * character),
            (PlanColumn.NEXT, 20 * character),
        ):
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, widest))

    def _empty_text(self) -> str:
        section = self.section()
        if section is PlanSection.UPCOMING:
            return self.tr(
                "No calls planned yet. To plan one, click Prepare a call… or press %1."
            ).replace("%1", native_keys(PREPARE_CALL_KEYS))
        if section is PlanSection.DRAFTS:
            return self.tr("No drafts. A plan you save as a draft waits here until you finish it.")
        if section is PlanSection.PAST:
            return self.tr("No calls logged yet. After a call, log it to see what worked.")
        if section is PlanSection.TRASH:
            return self.tr("The Trash is empty.")
        return self.tr(
            "No call plans yet. To plan one, click Prepare a call… or press %1."
        ).replace("%1", native_keys(PREPARE_CALL_KEYS))

    def _customer_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        picked = current.isValid() and self.customers_model.customer_at(current.row()) is not None
        if picked and self.section() is not PlanSection.ALL:
            self.sections.blockSignals(True)
            self.show_section(PlanSection.ALL)
            self.sections.blockSignals(False)
        self._load_plans()

    def _selection_changed(self, *_args: QItemSelection) -> None:
        plan = self._selected_plan()
        in_trash = self.section() is PlanSection.TRASH
        has_plan = plan is not None
        self.open_button.setEnabled(has_plan and not in_trash)
        self.log_button.setEnabled(
            plan is not None and not in_trash and plan.status is not PlanStatus.DRAFT
        )
        self.next_button.setEnabled(has_plan and not in_trash)
        self.delete_button.setVisible(not in_trash)
        self.delete_button.setEnabled(has_plan)
        self.restore_button.setVisible(in_trash)
        self.restore_button.setEnabled(has_plan)
        self.preview.setHtml(plan_html(plan) if plan is not None else "")
        self.detail.setCurrentWidget(self.preview if plan is not None else self.no_selection)

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
            self.context.prompts.show_error(
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
            self.context.prompts.show_error(self, error_text(error))

    def restore_selected(self) -> None:
        """Bring the selected plan back from the Trash (undoable)."""
        plan_id = self.selected_plan_id()
        if plan_id is None or self.section() is not PlanSection.TRASH:
            return
        try:
            restore_plan_undoably(self.context, plan_id)
        except LibraryError as error:
            self.context.prompts.show_error(self, error_text(error))

    def _read(self, plan_id: int) -> Plan | None:
        try:
            with self.context.library.read() as connection:
                return read_plan(connection, plan_id)
        except LibraryError as error:
            self.context.prompts.show_error(self, error_text(error))
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
