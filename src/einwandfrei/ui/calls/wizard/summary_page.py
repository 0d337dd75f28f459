"""Step 8: the whole plan on one screen, with Save, Print cheat sheet and Practise."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from einwandfrei.planning.plan import Plan
from einwandfrei.planning.validation import Problem, validate_plan
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.wizard.page_base import PlanPage, problem_label
from einwandfrei.ui.calls.wizard.summary_html import plan_html


class SummaryPage(PlanPage):
    """Shows the plan as it will be saved; the wizard's Finish button saves it."""

    printRequested = Signal()
    practiseRequested = Signal()

    def __init__(self, context: CallsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("The whole plan at a glance. Save it, print it, or practise."))
        self._plan: Plan | None = None
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("planSummary")
        self.browser.setAccessibleName(self.tr("The plan"))
        self.browser.setOpenLinks(False)
        self.problem = problem_label("summaryProblem", self)
        self.print_button = QPushButton(self.tr("Save and &print cheat sheet…"), self)
        self.print_button.setObjectName("printCheatSheet")
        self.print_button.setVisible(context.on_print is not None)
        self.practise_button = QPushButton(self.tr("Save and pra&ctise these objections"), self)
        self.practise_button.setObjectName("practiseObjections")
        self.practise_button.setVisible(context.on_practise is not None)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.practise_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.printRequested)
        self.practise_button.clicked.connect(self.practiseRequested)

    def load(self, plan: Plan) -> None:
        self._plan = plan

    def apply(self, plan: Plan) -> Plan:
        return plan

    def show_plan(self, plan: Plan) -> None:
        """Render the plan as it stands."""
        self._plan = plan
        self.browser.setHtml(plan_html(plan))
        self.refresh_problems()

    def problems(self) -> list[Problem]:
        return validate_plan(self._plan) if self._plan is not None else []

    def refresh_problems(self) -> None:
        from einwandfrei.ui.calls.plan_wording import problem_text

        problems = self.problems()
        self.problem.setText("\n".join(problem_text(problem) for problem in problems))
        self.problem.setVisible(bool(problems))
        self.completeChanged.emit()

    def initializePage(self) -> None:
        current = getattr(self.wizard(), "current_plan", None)
        if current is not None:
            self.show_plan(current())
