"""The log after a call: goals reached, objections met and answers that worked, the next contact."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.planning.call_log import (
    LogProblem,
    LogProblemCode,
    apply_log,
    check_log,
    next_contact_in_past,
)
from einwandfrei.planning.library_content import ObjectionRecord
from einwandfrei.planning.plan import CallOutcome, Plan, PlannedObjection
from einwandfrei.planning.suggestions import follow_up_time, suggested_follow_up_day
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.store.library.record_reading import read_objections
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.log_model import LogColumn, LogObjectionsModel
from einwandfrei.ui.calls.plan_wording import (
    datetime_edit_format,
    format_when,
    from_qdatetime,
    log_problem_text,
    to_qdatetime,
)
from einwandfrei.ui.calls.wizard.page_base import problem_label
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.undo.calls_steps import save_plan_undoably
from einwandfrei.ui.widgets.elided_combo import ElidedComboBox
from einwandfrei.ui.widgets.objection_picker import ObjectionPicker

# The unexpected objection is usually among the first few matches; the list is four rows high.
SEARCH_LIMIT = 10


class YesNo(QWidget):
    """Two radio buttons, neither chosen at first."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yes = QRadioButton(self.tr("Yes"), self)
        self.yes.setObjectName(f"{name}Yes")
        self.no = QRadioButton(self.tr("No"), self)
        self.no.setObjectName(f"{name}No")
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)
        self.group.buttonClicked.connect(self.changed)

    def value(self) -> bool | None:
        """True, False, or None when neither is chosen."""
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: bool | None) -> None:
        """Choose Yes, No, or neither."""
        if value is None:
            self.group.setExclusive(False)
            self.yes.setChecked(False)
            self.no.setChecked(False)
            self.group.setExclusive(True)
        else:
            (self.yes if value else self.no).setChecked(True)


class CallLogDialog(QDialog):
    """Log what happened in a call; saving updates the answers' used/worked counters."""

    logSaved = Signal(int)

    def __init__(self, context: CallsContext, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callLogDialog")
        self.setWindowTitle(self.tr("Log the call with %1").replace("%1", plan.customer.name))
        self.resize(860, 680)
        self.context = context
        self.plan = plan
        self._records: dict[int, ObjectionRecord] = {}
        self._remember([o.objection_id for o in plan.objections if o.objection_id is not None])

        heading = QLabel(
            f"<b>{html.escape(plan.customer.label())}</b> · "
            f"{html.escape(format_when(plan.scheduled_at))}",
            self,
        )
        self.goal_answer = YesNo("goalReached", self)
        self.minimum_answer = YesNo("minimumGoalReached", self)
        self.goal_problem = problem_label("goalAnswerProblem", self)
        self.minimum_problem = problem_label("minimumAnswerProblem", self)
        goals = QFormLayout()
        goals.addRow(
            QLabel(self.tr("<b>Goal:</b> %1").replace("%1", html.escape(plan.goal or "–")), self)
        )
        goals.addRow(self.tr("Reached?"), self.goal_answer)
        goals.addRow("", self.goal_problem)
        goals.addRow(
            QLabel(
                self.tr("<b>Minimum goal:</b> %1").replace(
                    "%1", html.escape(plan.minimum_goal or "–")
                ),
                self,
            )
        )
        goals.addRow(self.tr("Reached?"), self.minimum_answer)
        goals.addRow("", self.minimum_problem)

        self.model = LogObjectionsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("logObjections")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LogColumn.CAME_UP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LogColumn.OBJECTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LogColumn.ANSWER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LogColumn.WORKED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.answer = ElidedComboBox(self, minimum_characters=30)
        self.answer.setObjectName("answerUsed")
        self.worked_problem = problem_label("workedProblem", self)
        self.picker = ObjectionPicker(
            context.library,
            names=(
                "logObjectionSearch",
                "logObjectionResults",
                "addLoggedObjection",
                "newLoggedObjection",
            ),
            add_text=self.tr("&Add"),
            new_text=self.tr("Add as a new &objection"),
            placeholder=self.tr("An objection that came up unexpectedly…"),
            limit=SEARCH_LIMIT,
            hide_when_empty=True,
            parent=self,
        )
        self.picker.results.setMaximumHeight(80)
        self.search = self.picker.field
        self.results = self.picker.results
        self.results_model = self.picker.model
        self.add_button = self.picker.add_button
        self.new_button = self.picker.new_button
        answer_row = QHBoxLayout()
        answer_row.addWidget(QLabel(self.tr("Answer used for the selected objection:"), self))
        answer_row.addWidget(self.answer, 1)
        objections_box = QGroupBox(self.tr("Objections"), self)
        objections_layout = QVBoxLayout(objections_box)
        objections_layout.addWidget(self.table, 1)
        objections_layout.addLayout(answer_row)
        objections_layout.addWidget(self.worked_problem)
        objections_layout.addWidget(self.picker)

        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("logNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What did you learn? What happens next?"))
        self.notes.setMaximumHeight(80)
        self.next_box = QGroupBox(self.tr("&Next contact"), self)
        self.next_box.setObjectName("nextContactBox")
        self.next_box.setCheckable(True)
        self.next_contact = QDateTimeEdit(self)
        self.next_contact.setObjectName("nextContact")
        self.next_contact.setCalendarPopup(True)
        self.next_contact.setDisplayFormat(datetime_edit_format())
        self.agreed = QCheckBox(self.tr("The customer a&greed to it"), self)
        self.agreed.setObjectName("nextContactAgreed")
        self.agreed_problem = problem_label("agreedProblem", self)
        # A warning, not a problem: saving stays possible (a call logged late may say so).
        self.past_warning = problem_label("nextContactInPast", self)
        self.past_warning.setText(
            self.tr("This date lies in the past: the follow-up would be overdue at once.")
        )
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_contact)
        next_row.addWidget(self.agreed)
        next_row.addWidget(self.agreed_problem, 1)
        next_layout = QVBoxLayout(self.next_box)
        next_layout.addLayout(next_row)
        next_layout.addWidget(self.past_warning)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveLogButton")
        self.save_button.setText(self.tr("&Save log"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(goals)
        layout.addWidget(objections_box, 1)
        notes_label = QLabel(self.tr("Notes:"), self)
        notes_label.setBuddy(self.notes)  # its accessible name
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.next_box)
        layout.addWidget(self.buttons)

        self._load(plan)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().currentRowChanged.connect(self._show_answers)
        self.answer.activated.connect(self._answer_chosen)
        self.picker.picked.connect(self._add_record)
        self.picker.newTyped.connect(self._add_new)
        for widget in (self.goal_answer, self.minimum_answer):
            widget.changed.connect(self._refresh_problems)
        self.model.objectionsEdited.connect(self._refresh_problems)
        self.agreed.toggled.connect(self._refresh_problems)
        self.next_box.toggled.connect(self._refresh_problems)
        self.next_box.toggled.connect(self._refresh_past_warning)
        self.next_contact.dateTimeChanged.connect(self._refresh_past_warning)
        self._refresh_past_warning()

    # --- loading and reading -----------------------------------------------------------------
    def _load(self, plan: Plan) -> None:
        outcome = plan.outcome
        self.goal_answer.set_value(outcome.goal_reached)
        self.minimum_answer.set_value(outcome.minimum_goal_reached)
        self.model.set_objections(plan.objections)
        self.notes.setPlainText(outcome.notes)
        call_day = (plan.scheduled_at or self.context.now()).astimezone().date()
        suggested = follow_up_time(suggested_follow_up_day(call_day), self.context.now().tzinfo)
        self.next_contact.setDateTime(to_qdatetime(outcome.next_contact_at or suggested))
        self.agreed.setChecked(bool(outcome.next_contact_agreed))
        self.next_box.setChecked(not plan.is_logged or outcome.next_contact_at is not None)
        if self.model.rowCount():
            self.table.selectRow(0)
            self._show_answers(self.model.index(0, 0))

    def outcome(self) -> CallOutcome:
        """The outcome as entered."""
        planned = self.next_box.isChecked()
        return CallOutcome(
            goal_reached=self.goal_answer.value(),
            minimum_goal_reached=self.minimum_answer.value(),
            notes=self.notes.toPlainText().strip(),
            next_contact_at=from_qdatetime(self.next_contact.dateTime()) if planned else None,
            next_contact_agreed=self.agreed.isChecked() if planned else None,
            logged_at=self.plan.outcome.logged_at,
        )

    def problems(self) -> list[LogProblem]:
        """What the log still lacks."""
        return check_log(self.outcome(), self.model.objections)

    def _refresh_problems(self) -> None:
        problems = self.problems()
        labels = {
            LogProblemCode.GOAL_ANSWER_MISSING: self.goal_problem,
            LogProblemCode.MINIMUM_GOAL_ANSWER_MISSING: self.minimum_problem,
            LogProblemCode.AGREED_WITHOUT_DATE: self.agreed_problem,
            LogProblemCode.WORKED_WITHOUT_RESPONSE: self.worked_problem,
        }
        for code, label in labels.items():
            texts = [log_problem_text(problem) for problem in problems if problem.code is code]
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))

    def _refresh_past_warning(self) -> None:
        """Show the warning under the date while the next contact lies in the past."""
        in_past = next_contact_in_past(self.outcome(), self.context.now())
        self.past_warning.setVisible(in_past)
        # Screen readers hear the warning with the field it concerns.
        self.next_contact.setAccessibleDescription(self.past_warning.text() if in_past else "")

    # --- answers ------------------------------------------------------------------------------
    def _remember(self, ids: list[int]) -> None:
        missing = [objection_id for objection_id in ids if objection_id not in self._records]
        if missing:
            with self.context.library.read() as connection:
                for record in read_objections(connection, missing):
                    self._records[record.id or 0] = record

    def _show_answers(self, index: QModelIndex) -> None:
        self.answer.clear()
        if not index.isValid():
            self.answer.setEnabled(False)
            return
        objection = self.model.objections[index.row()]
        record = self._records.get(objection.objection_id or -1)
        responses = list(record.responses) if record else []
        self.answer.addItem(self.tr("(none)"), None)
        for response in responses:
            self.answer.addItem(response.text, response.id)
        if objection.response_id is None and objection.response_text:
            self.answer.addItem(objection.response_text, None)
            self.answer.setCurrentIndex(self.answer.count() - 1)
        else:
            found = self.answer.findData(objection.response_id)
            self.answer.setCurrentIndex(max(found, 0))
        self.answer.setEnabled(True)

    def _answer_chosen(self, position: int) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        objection = self.model.objections[row]
        response_id = self.answer.itemData(position)
        text = self.answer.itemText(position) if position > 0 else ""
        self.model.update(row, replace(objection, response_id=response_id, response_text=text))

    # --- objections that came up unexpectedly ---------------------------------------------------
    def _add_record(self, record: ObjectionRecord) -> None:
        for row, objection in enumerate(self.model.objections):
            if objection.objection_id == record.id:
                self.model.update(row, replace(objection, came_up=True))
                self.table.selectRow(row)
                return
        self._records[record.id or 0] = record
        first = record.responses[0] if record.responses else None
        self._append(
            PlannedObjection(
                record.text,
                record.id,
                first.text if first else "",
                first.id if first else None,
                was_expected=False,
                came_up=True,
            )
        )

    def _add_new(self, text: str) -> None:
        self._append(PlannedObjection(text, was_expected=False, came_up=True))

    def _append(self, objection: PlannedObjection) -> None:
        row = self.model.append(objection)
        self.table.selectRow(row)
        self._show_answers(self.model.index(row, 0))
        self.picker.clear()

    # --- saving -------------------------------------------------------------------------------
    def accept(self) -> None:
        self._refresh_problems()
        if self.problems():
            return
        logged = apply_log(
            self.plan, self.outcome(), self.model.objections, logged_at=self.context.now()
        )
        try:
            saved = save_plan_undoably(self.context, self.plan, logged, self.tr("Log call"))
        except LibraryError as error:
            self.context.show_error(self, error_text(error))
            return
        self.plan = saved
        super().accept()
        if saved.id is not None:
            self.logSaved.emit(saved.id)
