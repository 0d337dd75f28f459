"""Step 5: open questions that get the customer talking, from the question bank."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.planning.bank_rules import filter_texts, identity, looks_closed, normalise_text
from einwandfrei.planning.plan import Plan, PlannedQuestion
from einwandfrei.planning.validation import Problem, ProblemCode, check_questions
from einwandfrei.store.calls.question_bank import BankQuestion, list_questions
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.wizard.page_base import PlanPage, hint_label, problem_label
from einwandfrei.ui.widgets.clear_button import enable_clear_button
from einwandfrei.ui.widgets.event_hooks import on_enter
from einwandfrei.ui.widgets.item_list_model import ItemListModel
from einwandfrei.ui.widgets.ordered_list import ListNames, OrderedList


class QuestionsPage(PlanPage):
    """Pick at least three open questions; new ones go into the bank when the plan is saved."""

    def __init__(self, context: CallsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Questions"))
        self.setSubTitle(
            self.tr(
                "People love to talk about themselves and dislike being talked at. Pick at least "
                "three open questions that get them talking."
            )
        )
        self._bank: list[BankQuestion] = []
        self.search = QLineEdit(self)
        self.search.setObjectName("questionSearch")
        self.search.setAccessibleName(self.tr("Search the question bank"))
        self.search.setPlaceholderText(self.tr("Search the question bank, or type a new question"))
        enable_clear_button(self.search)
        self.bank_model: ItemListModel[BankQuestion] = ItemListModel(
            lambda question: question.text, parent=self
        )
        self.bank_view = QListView(self)
        self.bank_view.setObjectName("questionBank")
        self.bank_view.setAccessibleName(self.tr("Question bank"))
        self.bank_view.setModel(self.bank_model)
        self.bank_view.setWordWrap(True)
        self.bank_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("&Add to the plan"), self)
        self.add_button.setObjectName("addQuestion")
        self.new_button = QPushButton(self.tr("Add as a new &question"), self)
        self.new_button.setObjectName("newQuestion")
        self.new_button.setToolTip(
            self.tr("Adds what you typed to this plan, and to the question bank when you save")
        )
        self.closed_hint = hint_label(
            self.tr(
                "This may invite only a yes or a no. Open questions start with what, how or why."
            ),
            self,
            "closedQuestionHint",
        )
        self.closed_hint.hide()
        self.chosen_model: ItemListModel[PlannedQuestion] = ItemListModel(
            self._chosen_text, parent=self
        )
        self.chosen = OrderedList(self.chosen_model, ListNames.prefixed("chosenQuestions"), self)
        self.chosen.set_accessible_names(self.tr("Questions for this call"))
        self.chosen.view.setAlternatingRowColors(True)
        self.count_problem = self.add_problem_label(
            (ProblemCode.TOO_FEW_QUESTIONS, ProblemCode.DUPLICATE_QUESTION),
            problem_label("questionsProblem", self),
        )
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Question bank"), self))
        left.addWidget(self.search)
        left.addWidget(self.bank_view, 1)
        left.addWidget(self.closed_hint)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Questions for this call"), self))
        right.addWidget(self.chosen, 1)
        right.addWidget(self.count_problem)
        layout = QGridLayout(self)
        layout.addLayout(left, 0, 0)
        layout.addLayout(right, 0, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.new_button)
        layout.addLayout(buttons, 1, 0)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)

        self.search.textChanged.connect(self._filter)
        on_enter(self.search, self._enter_pressed)
        self.bank_view.activated.connect(self._add_index)
        self.bank_view.doubleClicked.connect(self._add_index)
        self.add_button.clicked.connect(self._add_current)
        self.new_button.clicked.connect(self._add_new)
        self.chosen_model.itemsEdited.connect(self.mark_edited)
        self.setTabOrder(self.search, self.bank_view)
        self.setTabOrder(self.bank_view, self.add_button)
        self.setTabOrder(self.add_button, self.new_button)

    def _chosen_text(self, question: PlannedQuestion) -> str:
        if question.question_id is None:
            return self.tr("%1 (new)").replace("%1", question.text)
        return question.text

    def load(self, plan: Plan) -> None:
        with self.context.library.read() as connection:
            self._bank = list_questions(connection)
        self.chosen_model.set_items(list(plan.questions))
        self._filter(self.search.text())

    def apply(self, plan: Plan) -> Plan:
        return replace(plan, questions=self.chosen_model.items)

    def problems(self) -> list[Problem]:
        return check_questions(self.chosen_model.items)

    def add_question(self, question: PlannedQuestion) -> bool:
        """Add a question unless the plan has it already; returns whether it was added."""
        chosen = [identity(item.text) for item in self.chosen_model.items]
        if identity(question.text) in chosen:
            self.chosen.select_row(chosen.index(identity(question.text)))
            return False
        row = self.chosen_model.append(question)
        self.chosen.select_row(row)
        return True

    def _filter(self, query: str) -> None:
        texts = [question.text for question in self._bank]
        self.bank_model.set_items([self._bank[index] for index in filter_texts(texts, query)])
        if self.bank_model.rowCount():
            self.bank_view.setCurrentIndex(self.bank_model.index(0))
        typed = normalise_text(query)
        known = {identity(text) for text in texts}
        self.new_button.setEnabled(bool(typed) and identity(typed) not in known)
        self.closed_hint.setVisible(bool(typed) and looks_closed(typed))
        self.add_button.setEnabled(self.bank_model.rowCount() > 0)

    def _add_index(self, index: QModelIndex) -> None:
        if index.isValid():
            question = self.bank_model.items[index.row()]
            self.add_question(PlannedQuestion(question.text, question.id))

    def _add_current(self) -> None:
        self._add_index(self.bank_view.currentIndex())

    def _add_new(self) -> None:
        typed = normalise_text(self.search.text())
        if typed:
            self.add_question(PlannedQuestion(typed))
            self.search.clear()
        self.search.setFocus()

    def _enter_pressed(self) -> None:
        if self.new_button.isEnabled() and self.bank_model.rowCount() == 0:
            self._add_new()
        else:
            self._add_current()
