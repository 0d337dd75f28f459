"""Step 4: timing — the customer's day, an opener that asks, a fallback."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from einwandfrei.planning.plan import Plan
from einwandfrei.planning.validation import Problem, ProblemCode, check_timing
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.wizard.page_base import PlanPage, problem_label


class TimingPage(PlanPage):
    """What may be on the customer's mind today, and how to ask whether now is good."""

    def __init__(self, context: CallsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Timing"))
        self.setSubTitle(
            self.tr(
                "You call without knowing their day. Think about what may be on their desk, "
                "and ask whether now is a good moment."
            )
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("timingNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            self.tr("Their day, agenda and situation: quarter end, trade fair, holidays, news…")
        )
        self.opener = QLineEdit(self)
        self.opener.setObjectName("openerEdit")
        self.fallback = QLineEdit(self)
        self.fallback.setObjectName("fallbackEdit")
        self.opener_problem = self.add_problem_label(
            (ProblemCode.OPENER_EMPTY,), problem_label("openerProblem", self)
        )
        self.fallback_problem = self.add_problem_label(
            (ProblemCode.FALLBACK_EMPTY,), problem_label("fallbackProblem", self)
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Their s&ituation:"), self.notes)
        form.addRow(self.tr("&Opener:"), self.opener)
        form.addRow("", self.opener_problem)
        form.addRow(self.tr("If it is not a good &moment:"), self.fallback)
        form.addRow("", self.fallback_problem)
        self.notes.textChanged.connect(self.mark_edited)
        self.opener.textEdited.connect(self.mark_edited)
        self.fallback.textEdited.connect(self.mark_edited)

    def suggested_opener(self) -> str:
        """An opener that asks whether now is a good moment."""
        return self.tr(
            "Is now a good moment for five minutes, or shall I call you back at a better time?"
        )

    def suggested_fallback(self) -> str:
        """What to propose when now is not good."""
        return self.tr("Offer two times to call back and ask which one suits them better.")

    def load(self, plan: Plan) -> None:
        self.notes.setPlainText(plan.timing_notes)
        self.opener.setText(plan.opener)
        self.fallback.setText(plan.fallback)

    def initializePage(self) -> None:
        self._loading = True
        try:
            if not self.opener.text().strip():
                self.opener.setText(self.suggested_opener())
            if not self.fallback.text().strip():
                self.fallback.setText(self.suggested_fallback())
        finally:
            self._loading = False
        self.refresh_problems()

    def apply(self, plan: Plan) -> Plan:
        return replace(
            plan,
            timing_notes=self.notes.toPlainText().strip(),
            opener=self.opener.text().strip(),
            fallback=self.fallback.text().strip(),
        )

    def problems(self) -> list[Problem]:
        return check_timing(self.opener.text(), self.fallback.text())
