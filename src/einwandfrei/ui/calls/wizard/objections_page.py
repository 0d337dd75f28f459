"""Step 6: the objections to expect, each with the response to use."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.planning.library_content import ObjectionRecord, ResponseRecord
from einwandfrei.planning.plan import Plan, PlannedObjection
from einwandfrei.planning.validation import Problem, ProblemCode, check_objections
from einwandfrei.store.library.record_reading import read_objections
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.wizard.page_base import PlanPage, hint_label, problem_label
from einwandfrei.ui.widgets.item_list_model import ItemListModel
from einwandfrei.ui.widgets.objection_picker import ObjectionPicker
from einwandfrei.ui.widgets.ordered_list import ListNames, OrderedList

SEARCH_LIMIT = 30


def response_label(response: ResponseRecord) -> str:
    """A response with its technique and track record, for choosing."""
    details = []
    if response.technique:
        details.append(response.technique)
    if response.times_used:
        details.append(
            QCoreApplication.translate("ObjectionsPage", "worked in %1 of %2 calls")
            .replace("%1", str(response.times_worked))
            .replace("%2", str(response.times_used))
        )
    return response.text + (f"\n    {' · '.join(details)}" if details else "")


class ObjectionsPage(PlanPage):
    """Search the library, add objections, choose or write the response for each."""

    def __init__(self, context: CallsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Expected objections"))
        self.setSubTitle(
            self.tr(
                "Prepare for rejection: which objections will you probably hear, and which answer "
                "will you give?"
            )
        )
        self._records: dict[int, ObjectionRecord] = {}
        self._choosing = False

        self.picker = ObjectionPicker(
            context.library,
            names=("objectionSearch", "objectionResults", "addObjection", "newObjection"),
            add_text=self.tr("&Add to the plan"),
            new_text=self.tr("Add as a new &objection"),
            placeholder=self.tr("Search the library: what might they say?"),
            limit=SEARCH_LIMIT,
            display=lambda record: (
                record.text + (f"  [{record.category}]" if record.category else "")
            ),
            parent=self,
        )
        self.picker.new_button.setToolTip(
            self.tr("Adds what you typed to this plan, and to the library when you save")
        )
        self.search = self.picker.field
        self.results = self.picker.results
        self.results_model = self.picker.model
        self.add_button = self.picker.add_button
        self.new_button = self.picker.new_button

        self.planned_model: ItemListModel[PlannedObjection] = ItemListModel(
            self._planned_text, parent=self
        )
        self.planned = OrderedList(
            self.planned_model, ListNames.prefixed("plannedObjections"), self
        )
        self.planned.view.setAlternatingRowColors(True)
        self.planned.set_accessible_names(self.tr("Objections to expect, with the answer to use"))
        self.problem = self.add_problem_label(
            (ProblemCode.NO_OBJECTIONS, ProblemCode.RESPONSE_MISSING),
            problem_label("objectionsProblem", self),
        )

        self.responses_model: ItemListModel[ResponseRecord] = ItemListModel(
            response_label, parent=self
        )
        self.responses = QListView(self)
        self.responses.setObjectName("responseChoices")
        self.responses.setModel(self.responses_model)
        self.responses.setWordWrap(True)
        self.responses.setAlternatingRowColors(True)
        self.responses.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chosen_note = hint_label("", self, "chosenResponseNote")
        self.new_response = QPlainTextEdit(self)
        self.new_response.setObjectName("newResponse")
        self.new_response.setTabChangesFocus(True)
        self.new_response.setPlaceholderText(self.tr("Or write a new response…"))
        self.new_response.setMaximumHeight(70)
        self.use_new_button = QPushButton(self.tr("Use this new res&ponse"), self)
        self.use_new_button.setObjectName("useNewResponse")

        response_box = QGroupBox(self.tr("Response to use"), self)
        response_layout = QVBoxLayout(response_box)
        response_layout.addWidget(self.responses, 1)
        response_layout.addWidget(self.chosen_note)
        response_layout.addWidget(self.new_response)
        response_layout.addWidget(self.use_new_button)
        layout = QGridLayout(self)
        layout.addWidget(self.picker, 0, 0, 2, 2)
        layout.addWidget(QLabel(self.tr("Objections for this call"), self), 2, 0)
        layout.addWidget(self.planned, 3, 0)
        layout.addWidget(response_box, 2, 1, 3, 1)
        layout.addWidget(self.problem, 4, 0)
        layout.setRowStretch(1, 2)
        layout.setRowStretch(3, 3)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)

        self.picker.picked.connect(self.add_objection)
        self.picker.newTyped.connect(self._add_new)
        self.planned_model.itemsEdited.connect(self.mark_edited)
        self.planned.view.selectionModel().currentChanged.connect(self._show_responses)
        self.planned_model.modelReset.connect(self._show_current_responses)
        self.planned_model.rowsRemoved.connect(self._show_current_responses)
        self.responses.selectionModel().currentChanged.connect(self._response_picked)
        self.use_new_button.clicked.connect(self._use_new_response)
        self.new_response.textChanged.connect(self._update_buttons)
        self.setTabOrder(self.results, self.planned.view)
        self.setTabOrder(self.planned.view, self.responses)
        self.setTabOrder(self.responses, self.new_response)
        self.setTabOrder(self.new_response, self.use_new_button)

    def _planned_text(self, planned: PlannedObjection) -> str:
        text = planned.objection_text
        if planned.objection_id is None:
            text = self.tr("%1 (new)").replace("%1", text)
        if planned.response_id is None and planned.response_text.strip():
            answer = self.tr("→ %1 (new)").replace("%1", planned.response_text)
        elif planned.response_text:
            answer = f"→ {planned.response_text}"
        else:
            answer = self.tr("→ no response chosen yet")
        return f"{text}\n    {answer}"

    # --- plan ---------------------------------------------------------------------------------
    def load(self, plan: Plan) -> None:
        ids = [o.objection_id for o in plan.objections if o.objection_id is not None]
        self._remember(ids)
        self.planned_model.set_items(list(plan.objections))
        if self.planned_model.rowCount():
            self.planned.select_row(0)

    def apply(self, plan: Plan) -> Plan:
        return replace(plan, objections=self.planned_model.items)

    def problems(self) -> list[Problem]:
        return check_objections(self.planned_model.items)

    def add_objection(self, record: ObjectionRecord) -> None:
        """Add a library objection with its first response chosen (if not in the plan yet)."""
        for row, planned in enumerate(self.planned_model.items):
            if planned.objection_id == record.id:
                self.planned.select_row(row)
                return
        self._records[record.id or 0] = record
        first = record.responses[0] if record.responses else None
        row = self.planned_model.append(
            PlannedObjection(
                objection_text=record.text,
                objection_id=record.id,
                response_text=first.text if first else "",
                response_id=first.id if first else None,
            )
        )
        self.planned.select_row(row)

    # --- library search -------------------------------------------------------------------------
    def _remember(self, ids: list[int]) -> None:
        missing = [objection_id for objection_id in ids if objection_id not in self._records]
        if not missing:
            return
        with self.context.library.read() as connection:
            for record in read_objections(connection, missing):
                self._records[record.id or 0] = record

    def _add_new(self, typed: str) -> None:
        row = self.planned_model.append(PlannedObjection(objection_text=typed))
        self.planned.select_row(row)
        self.picker.clear()
        self.new_response.setFocus()

    # --- responses --------------------------------------------------------------------------------
    def _current_planned(self) -> tuple[int, PlannedObjection] | None:
        row = self.planned.current_row()
        if 0 <= row < self.planned_model.rowCount():
            return row, self.planned_model.items[row]
        return None

    def _show_current_responses(self) -> None:
        self._show_responses(self.planned.view.currentIndex())

    def _show_responses(self, index: QModelIndex) -> None:
        self._choosing = True
        try:
            current = self._current_planned() if index.isValid() else None
            if current is None:
                self.responses_model.set_items([])
                self.chosen_note.setText("")
                return
            planned = current[1]
            record = self._records.get(planned.objection_id or -1)
            responses = list(record.responses) if record else []
            self.responses_model.set_items(responses)
            for row, response in enumerate(responses):
                if response.id == planned.response_id:
                    self.responses.setCurrentIndex(self.responses_model.index(row))
            self._update_note(planned)
        finally:
            self._choosing = False
        self._update_buttons()

    def _update_note(self, planned: PlannedObjection) -> None:
        if planned.response_id is None and planned.response_text.strip():
            self.chosen_note.setText(
                self.tr("Chosen: your new response; it goes into the library when you save.")
            )
        elif planned.response_id is None:
            self.chosen_note.setText(self.tr("Pick a response above, or write a new one."))
        else:
            self.chosen_note.setText("")

    def _response_picked(self, index: QModelIndex) -> None:
        current = self._current_planned()
        if self._choosing or current is None or not index.isValid():
            return
        row, planned = current
        response = self.responses_model.items[index.row()]
        updated = replace(planned, response_id=response.id, response_text=response.text)
        self.planned_model.replace(row, updated)
        self._update_note(updated)

    def _use_new_response(self) -> None:
        current = self._current_planned()
        text = self.new_response.toPlainText().strip()
        if current is None or not text:
            return
        row, planned = current
        updated = replace(planned, response_id=None, response_text=text)
        self.planned_model.replace(row, updated)
        self.new_response.clear()
        self._choosing = True
        self.responses.clearSelection()
        self.responses.setCurrentIndex(QModelIndex())
        self._choosing = False
        self._update_note(updated)

    def _update_buttons(self) -> None:
        self.use_new_button.setEnabled(
            self._current_planned() is not None and bool(self.new_response.toPlainText().strip())
        )
