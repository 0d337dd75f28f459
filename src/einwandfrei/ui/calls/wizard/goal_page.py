"""Step 3: the call's goal and its minimum goal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from einwandfrei.planning.plan import Plan
from einwandfrei.planning.suggestions import suggested_follow_up_day
from einwandfrei.planning.validation import Problem, ProblemCode, check_goals
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.plan_wording import format_day
from einwandfrei.ui.calls.wizard.page_base import PlanPage, hint_label, problem_label


class GoalPage(PlanPage):
    """What the call should achieve, and the least it must achieve."""

    def __init__(self, context: CallsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Goal"))
        self.setSubTitle(
            self.tr(
                "Set the goal of this call, and a minimum goal that even a “no” can reach: "
                "their OK to get back in touch on a named day."
            )
        )
        self.goal = QLineEdit(self)
        self.goal.setObjectName("goalEdit")
        self.goal.setPlaceholderText(self.tr("e.g. Pilot agreed for the next quarter"))
        self.minimum_goal = QLineEdit(self)
        self.minimum_goal.setObjectName("minimumGoalEdit")
        self.suggest_button = QPushButton(self.tr("Sugg&est"), self)
        self.suggest_button.setObjectName("suggestMinimumGoal")
        self.suggest_button.setToolTip(
            self.tr("Propose their OK to get back in touch two weeks after the call")
        )
        self.goal_problem = self.add_problem_label(
            (ProblemCode.GOAL_EMPTY,), problem_label("goalProblem", self)
        )
        self.minimum_goal_problem = self.add_problem_label(
            (ProblemCode.MINIMUM_GOAL_EMPTY,), problem_label("minimumGoalProblem", self)
        )
        minimum_row = QHBoxLayout()
        minimum_row.addWidget(self.minimum_goal, 1)
        minimum_row.addWidget(self.suggest_button)
        form = QFormLayout(self)
        form.addRow(self.tr("&Goal:"), self.goal)
        form.addRow("", self.goal_problem)
        minimum_label = QLabel(self.tr("&Minimum goal:"), self)
        minimum_label.setBuddy(self.minimum_goal)
        form.addRow(minimum_label, minimum_row)
        form.addRow("", self.minimum_goal_problem)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Showing interest and getting their OK for a next contact builds the trust "
                    "that business grows from."
                ),
                self,
            ),
        )
        self.goal.textEdited.connect(self.mark_edited)
        self.minimum_goal.textEdited.connect(self.mark_edited)
        self.suggest_button.clicked.connect(self._suggest)
        self.setTabOrder(self.goal, self.minimum_goal)
        self.setTabOrder(self.minimum_goal, self.suggest_button)

    def load(self, plan: Plan) -> None:
        self.goal.setText(plan.goal)
        self.minimum_goal.setText(plan.minimum_goal)

    def apply(self, plan: Plan) -> Plan:
        return replace(
            plan, goal=self.goal.text().strip(), minimum_goal=self.minimum_goal.text().strip()
        )

    def problems(self) -> list[Problem]:
        return check_goals(self.goal.text(), self.minimum_goal.text())

    def suggestion(self) -> str:
        """ "Their OK to get back in touch on <two weeks after the call>"."""
        day = suggested_follow_up_day(self._call_day())
        return self.tr("Their OK to get back in touch on %1").replace("%1", format_day(day))

    def initializePage(self) -> None:
        self.minimum_goal.setPlaceholderText(self.suggestion())
        if not self.minimum_goal.text().strip():
            self.minimum_goal.setText(self.suggestion())
        self.refresh_problems()

    def _suggest(self) -> None:
        self.minimum_goal.setText(self.suggestion())
        self.mark_edited()

    def _call_day(self) -> date:
        current = getattr(self.wizard(), "current_plan", None)
        if current is not None:
            plan: Plan = current()
            if plan.scheduled_at is not None:
                return plan.scheduled_at.astimezone().date()
        return self.context.today()
