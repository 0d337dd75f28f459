"""The plans of the Calls view: the sections, the chosen customer's band, the table of plans with
its note when empty, and the buttons that act on the selected plan; and the preview below.

The panes only show and report; `calls_view.CallsView` reads the library and acts.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.planning.plan import Plan, PlanStatus
from einwandfrei.store.calls.plan_lists import PlanSection, PlanSummary
from einwandfrei.ui.calls.plan_model import PlanColumn, PlanTableModel
from einwandfrei.ui.calls.wizard.summary_html import plan_html
from einwandfrei.ui.widgets.key_names import key_text
from einwandfrei.ui.widgets.secondary_text import SecondaryLabel

PREPARE_CALL_KEYS = "Ctrl+Shift+P"  # Calls › Prepare a Call…, named in the empty list's sentence

SECTIONS = (
    PlanSection.UPCOMING,
    PlanSection.DRAFTS,
    PlanSection.PAST,
    PlanSection.ALL,
    PlanSection.TRASH,
)


class PlanPane(QWidget):
    """Sections above the table of plans; below it, what acts on the selected plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callsPlanPane")
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
        self.table.setAccessibleName(self.tr("Call plans"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        # The goal takes the room left; the other columns fit their contents (see fit_columns)
        # and can be widened by hand.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PlanColumn.GOAL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        # An empty table says why it is empty and how to start, in its middle. (The table stays:
        # it is where the Calls page puts the keyboard.)
        self.empty_note = SecondaryLabel("", self.table.viewport())
        self.empty_note.setObjectName("callsEmptyNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setMargin(24)
        self.empty_note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        QVBoxLayout(self.table.viewport()).addWidget(self.empty_note)

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
        # What acts on the selected plan sits below the list, so the row does not make the page
        # wide.
        self.plan_actions = QWidget(self)
        self.plan_actions.setObjectName("planActions")
        buttons = QHBoxLayout(self.plan_actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.open_button, self.log_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)
        layout.addWidget(self.customer_band)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.plan_actions)
        self.setTabOrder(self.sections, self.table)

    def section(self) -> PlanSection:
        """The section shown."""
        return SECTIONS[max(0, self.sections.currentIndex())]

    def show_section(self, section: PlanSection) -> None:
        """Switch to a section."""
        self.sections.setCurrentIndex(SECTIONS.index(section))

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

    def show_band(self, text: str) -> None:
        """Show a line about the customer chosen above the plans ("": none)."""
        self.customer_band.setText(text)
        self.customer_band.setVisible(bool(text))

    def attach_below(self, widget: QWidget) -> None:
        """Put `widget` below the buttons (the Trash tab's customers)."""
        layout = self.layout()
        assert layout is not None
        layout.addWidget(widget)

    def show_plans(
        self, plans: list[PlanSummary], now: datetime, *, customers_in_trash: bool = False
    ) -> None:
        """List these plans; an empty list says why, in its middle, and hides the buttons.
        `customers_in_trash`: the Trash is not empty, as customers are in it."""
        self.model.set_plans(plans, now)
        self.fit_columns()
        self.empty_note.setText(self.empty_text(customers_in_trash) if not plans else "")
        self.empty_note.setVisible(not plans)
        self.table.horizontalHeader().setVisible(bool(plans))
        self.plan_actions.setVisible(bool(plans))

    def enable_buttons(self, plan: Plan | None) -> None:
        """Offer what can be done to `plan` (the selected one) in the section shown."""
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

    def fit_columns(self) -> None:
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

    def empty_text(self, customers_in_trash: bool = False) -> str:
        """Why the section shown is empty, and how to go on."""
        section = self.section()
        if section is PlanSection.UPCOMING:
            return self.tr(
                "No calls planned yet. To plan one, click Prepare a call… or press %1."
            ).replace("%1", key_text(PREPARE_CALL_KEYS))
        if section is PlanSection.DRAFTS:
            return self.tr("No drafts. A plan you save as a draft waits here until you finish it.")
        if section is PlanSection.PAST:
            return self.tr("No calls logged yet. After a call, log it to see what worked.")
        if section is PlanSection.TRASH:
            if customers_in_trash:
                return self.tr("No plans in the Trash.")
            return self.tr("The Trash is empty.")
        return self.tr(
            "No call plans yet. To plan one, click Prepare a call… or press %1."
        ).replace("%1", key_text(PREPARE_CALL_KEYS))


class PlanPreview(QStackedWidget):
    """The selected plan as the summary shows it, or a note that none is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDetail")
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("planPreview")
        self.no_selection = SecondaryLabel(self.tr("Select a plan to see it here."), self)
        self.no_selection.setObjectName("planPreviewPlaceholder")
        self.no_selection.setWordWrap(True)
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.preview)
        self.addWidget(self.no_selection)

    def show_plan(self, plan: Plan | None) -> None:
        """Show `plan` (None: the note)."""
        self.preview.setHtml(plan_html(plan) if plan is not None else "")
        self.setCurrentWidget(self.preview if plan is not None else self.no_selection)
