"""What every wizard page shares: loading from and applying to a plan, and its own checks.

A page reads its part of the plan in `load`, writes it back in `apply`, and names what is
missing in `problems`. Missing things are shown in words beside the field they concern (labels
registered with `add_problem_label`), as the user types; `isComplete` keeps Next disabled until
the page is complete and `validatePage` checks once more before moving on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from einwandfrei.planning.plan import Plan
from einwandfrei.planning.validation import Problem, ProblemCode
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.plan_wording import problem_text
from einwandfrei.ui.widgets.secondary_text import AccentLabel

# What a field lacks, in red: this one on light windows, lightened on dark ones (AccentLabel).
PROBLEM_RED = "#a4262c"


def problem_label(name: str, parent: QWidget) -> QLabel:
    """A label that says in words what a field lacks; hidden while nothing does."""
    label = AccentLabel(QColor(PROBLEM_RED), parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.hide()
    return label


def hint_label(text: str, parent: QWidget, name: str = "") -> QLabel:
    """A quiet explanatory line."""
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label


class PlanPage(QWizardPage):
    """A page of the pre-call wizard."""

    edited = Signal()  # the user changed something on this page

    def __init__(self, context: CallsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._problem_labels: dict[ProblemCode, QLabel] = {}
        self._loading = False
        self.touched = False  # whether the user changed anything on this page
        self.edited.connect(self.refresh_problems)

    # --- to implement -----------------------------------------------------------------------
    def load(self, plan: Plan) -> None:
        """Show the plan's part of this page."""
        raise NotImplementedError

    def apply(self, plan: Plan) -> Plan:
        """The plan with this page's part as shown."""
        raise NotImplementedError

    def problems(self) -> list[Problem]:
        """What this page still lacks."""
        return []

    # --- shared -------------------------------------------------------------------------------
    def add_problem_label(self, codes: tuple[ProblemCode, ...], label: QLabel) -> QLabel:
        """Show problems with these codes in `label`."""
        for code in codes:
            self._problem_labels[code] = label
        return label

    def mark_edited(self) -> None:
        """Called by the page's widgets when the user changes something."""
        if not self._loading:
            self.touched = True
            self.edited.emit()

    def load_plan(self, plan: Plan) -> None:
        """`load` without counting as an edit."""
        self._loading = True
        try:
            self.load(plan)
        finally:
            self._loading = False
        self.refresh_problems()

    def refresh_problems(self) -> None:
        """Put the current problems into words beside their fields."""
        texts: dict[int, list[str]] = {}
        labels: dict[int, QLabel] = {}
        for label in self._problem_labels.values():
            labels[id(label)] = label
            texts.setdefault(id(label), [])
        for problem in self.problems():
            target = self._problem_labels.get(problem.code)
            if target is not None:
                texts[id(target)].append(problem_text(problem))
        for key, shown in labels.items():
            shown.setText("\n".join(texts[key]))
            shown.setVisible(bool(texts[key]))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problems()

    def validatePage(self) -> bool:
        self.refresh_problems()
        return not self.problems()
