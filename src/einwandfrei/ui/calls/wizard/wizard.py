"""The pre-call wizard: eight pages from the customer to the summary, saved once at the end.

Each page validates itself and says what is missing beside the field. Back and Next keep
everything (nothing is read from the pages until the end). Cancel on a plan with unsaved content
asks first (through `context.prompts`); "Save as draft" keeps a half-finished plan to resume later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from einwandfrei.planning.carry_forward import new_plan_for
from einwandfrei.planning.plan import CustomerInfo, Plan, PlanStatus
from einwandfrei.planning.validation import Step, first_incomplete_step
from einwandfrei.store.calls.checklist_template import template_ticks
from einwandfrei.store.calls.plans import latest_plan
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.plan_wording import format_short_day
from einwandfrei.ui.calls.wizard.checklist_page import ChecklistPage
from einwandfrei.ui.calls.wizard.customer_page import CustomerPage
from einwandfrei.ui.calls.wizard.goal_page import GoalPage
from einwandfrei.ui.calls.wizard.known_page import KnownPage
from einwandfrei.ui.calls.wizard.objections_page import ObjectionsPage
from einwandfrei.ui.calls.wizard.page_base import PlanPage
from einwandfrei.ui.calls.wizard.questions_page import QuestionsPage
from einwandfrei.ui.calls.wizard.summary_page import SummaryPage
from einwandfrei.ui.calls.wizard.timing_page import TimingPage
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.prompts import DiscardChoice
from einwandfrei.ui.undo.calls_steps import save_plan_undoably

# The pages in order; their index is their `Step`.
PAGES: tuple[type[PlanPage], ...] = (
    CustomerPage,
    KnownPage,
    GoalPage,
    TimingPage,
    QuestionsPage,
    ObjectionsPage,
    ChecklistPage,
    SummaryPage,
)


class PreCallWizard(QWizard):
    """Prepare a call: a new plan, a draft to resume, or a plan to edit."""

    planSaved = Signal(int)  # the id of the saved plan

    def __init__(
        self, context: CallsContext, plan: Plan | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preCallWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Save as &draft"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save plan"))
        self.button(QWizard.WizardButton.CustomButton1).setObjectName("saveDraftButton")
        self.button(QWizard.WizardButton.FinishButton).setObjectName("savePlanButton")
        self.resize(940, 660)
        self.context = context
        if plan is None:
            with context.library.read() as connection:
                template = template_ticks(connection)
            plan = Plan(customer=CustomerInfo(""), checklist=template)
        self._base = plan
        self.setWindowTitle(wizard_title(plan))
        self._touched = False
        self._after_close: Callable[[int], object] | None = None
        self.saved_plan: Plan | None = None
        self.pages: tuple[PlanPage, ...] = tuple(page(context, self) for page in PAGES)
        for step, page in enumerate(self.pages):
            self.setPage(step, page)
            page.load_plan(plan)
            page.edited.connect(self._mark_touched)
        self.customer_page.customerPicked.connect(self._customer_picked)
        self.summary_page.printRequested.connect(lambda: self._save_then(context.on_print))
        self.summary_page.practiseRequested.connect(lambda: self._save_then(context.on_practise))
        self.customButtonClicked.connect(self._custom_button)
        # Saving as a draft would take a logged call out of the counters: not offered there.
        self.button(QWizard.WizardButton.CustomButton1).setVisible(not plan.is_logged)

    # --- pages --------------------------------------------------------------------------------
    @property
    def customer_page(self) -> CustomerPage:
        page = self.pages[Step.CUSTOMER]
        assert isinstance(page, CustomerPage)
        return page

    @property
    def known_page(self) -> KnownPage:
        page = self.pages[Step.KNOWN]
        assert isinstance(page, KnownPage)
        return page

    @property
    def summary_page(self) -> SummaryPage:
        page = self.pages[Step.SUMMARY]
        assert isinstance(page, SummaryPage)
        return page

    def current_plan(self) -> Plan:
        """The plan with everything typed so far (nothing is saved)."""
        plan = self._base
        for page in self.pages:
            plan = page.apply(plan)
        return plan

    def start_at_first_incomplete(self) -> None:
        """Resume a draft: go forward page by page to the first one that lacks something."""
        target = first_incomplete_step(self.current_plan())
        self.restart()
        while self.currentId() < target:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    # --- seeding from the customer's last plan ----------------------------------------------
    def _customer_picked(self, customer: CustomerInfo) -> None:
        """A new plan takes over what the customer's last plan carries forward, on every page the
        user has not edited yet."""
        if self._base.id is not None or customer.id is None:
            return
        with self.context.library.read() as connection:
            last = latest_plan(connection, customer.id)
        seeded = new_plan_for(customer, last, self._base.checklist)
        self._base = replace(self._base, previous_plan_id=seeded.previous_plan_id)
        for step in (Step.KNOWN, Step.GOAL, Step.QUESTIONS, Step.OBJECTIONS):
            page = self.pages[step]
            if not page.touched:
                page.load_plan(seeded)
        origin = ""
        if last is not None and last.scheduled_at is not None:
            day = format_short_day(last.scheduled_at.astimezone().date())
            origin = self.tr("Carried over from the call on %1.").replace("%1", day)
        self.known_page.set_origin(origin)

    def _mark_touched(self) -> None:
        self._touched = True

    # --- saving -------------------------------------------------------------------------------
    def _save(self, status: PlanStatus) -> Plan | None:
        before = self._base if self._base.id is not None else None
        plan = replace(self.current_plan(), status=status)
        text = (
            self.tr("Save call plan") if status is not PlanStatus.DRAFT else self.tr("Save draft")
        )
        try:
            saved = save_plan_undoably(self.context, before, plan, text)
        except LibraryError as error:
            self.context.show_error(self, error_text(error))
            return None
        self.saved_plan = saved
        self._base = saved
        self._touched = False
        if saved.id is not None:
            self.planSaved.emit(saved.id)
        return saved

    def _final_status(self) -> PlanStatus:
        return PlanStatus.DONE if self._base.is_logged else PlanStatus.PLANNED

    def accept(self) -> None:
        if not self.summary_page.validatePage():
            return
        saved = self._save(self._final_status())
        if saved is None:
            return
        super().accept()
        callback, self._after_close = self._after_close, None
        if callback is not None and saved.id is not None:
            callback(saved.id)

    def save_draft(self) -> bool:
        """Save what is there as a draft and close; a draft needs at least the customer's name."""
        if self.customer_page.problems():
            while self.currentId() > Step.CUSTOMER:
                self.back()
            self.customer_page.refresh_problems()
            self.customer_page.name.setFocus()
            return False
        if self._save(PlanStatus.DRAFT) is None:
            return False
        super().accept()
        return True

    def _save_then(self, callback: Callable[[int], object] | None) -> None:
        self._after_close = callback
        self.accept()
        self._after_close = None

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.save_draft()

    # --- cancelling ---------------------------------------------------------------------------
    def reject(self) -> None:
        if self._touched and self.current_plan().has_content():
            choice = self.context.prompts.ask_discard(self)
            if choice is DiscardChoice.KEEP_EDITING:
                return
            if choice is DiscardChoice.SAVE_DRAFT:
                if not self._base.is_logged:
                    self.save_draft()
                    return
                self.accept()
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        if self.isVisible():
            event.ignore()
        else:
            event.accept()


def wizard_title(plan: Plan | None) -> str:
    """The window title for a plan."""
    if plan is None or not plan.customer.name:
        return QCoreApplication.translate("PreCallWizard", "Prepare a call")
    return QCoreApplication.translate("PreCallWizard", "Prepare the call with %1").replace(
        "%1", plan.customer.name
    )
