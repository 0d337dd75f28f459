"""The pre-call wizard driven page by page like a user: type, pick, choose, tick, save, reopen."""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard, QWizardPage
from pytestqt.qtbot import QtBot

from einwandfrei.planning.plan import PlanStatus
from einwandfrei.planning.validation import Step
from einwandfrei.store.calls.plans import read_plan
from einwandfrei.store.calls.question_bank import list_questions
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.record_reading import read_objections
from einwandfrei.store.library.search import search_ids
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.wizard import PAGES, PreCallWizard
from einwandfrei.ui.calls.wizard.checklist_page import ChecklistPage
from einwandfrei.ui.calls.wizard.goal_page import GoalPage
from einwandfrei.ui.calls.wizard.objections_page import ObjectionsPage
from einwandfrei.ui.calls.wizard.questions_page import QuestionsPage
from einwandfrei.ui.calls.wizard.timing_page import TimingPage
from tests.calls_support import english_locale, make_context, type_text

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("english_locale"),
]

T = TypeVar("T")
__all__ = ["english_locale"]  # a fixture, used through pytestmark

NEW_QUESTION = "What would make Mondays easier for your team?"
NEW_RESPONSE = "I hear you. What would have to be true for a follow-up to feel welcome?"


def open_wizard(qtbot: QtBot, context: CallsContext, plan: object = None) -> PreCallWizard:
    wizard = PreCallWizard(context, plan)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    QTest.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, wizard: PreCallWizard) -> None:
    before = wizard.currentId()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), wizard.currentPage().title()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == before + 1


def page(wizard: PreCallWizard, kind: type[T]) -> T:
    current = wizard.currentPage()
    assert isinstance(current, kind)
    return current


def test_eight_pages_in_one_tuple() -> None:
    assert len(PAGES) == 8
    assert [cls.__name__ for cls in PAGES] == [
        "CustomerPage",
        "KnownPage",
        "GoalPage",
        "TimingPage",
        "QuestionsPage",
        "ObjectionsPage",
        "ChecklistPage",
        "SummaryPage",
    ]
    assert all(issubclass(cls, QWizardPage) for cls in PAGES)


def fill_everything(qtbot: QtBot, wizard: PreCallWizard) -> None:
    # 1 Customer: typed, not picked.
    customer = wizard.customer_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert customer.name_problem.isVisible()
    QTest.keyClicks(customer.name, "Anna Keller")
    type_text(customer.company, "Müller AG")
    QTest.keyClicks(customer.role, "Head of purchasing")
    assert not customer.name_problem.isVisible()
    next_page(qtbot, wizard)

    # 2 What they know: add two messages, then put the second first.
    known = wizard.known_page
    QTest.keyClicks(known.input, "Support in Swiss German")
    QTest.keyClick(known.input, Qt.Key.Key_Return)
    QTest.keyClicks(known.input, "30% less set-up time")
    QTest.mouseClick(known.add_button, Qt.MouseButton.LeftButton)
    assert known.editor.current_row() == 1
    QTest.mouseClick(known.editor.up_button, Qt.MouseButton.LeftButton)
    assert known.model.items == ("30% less set-up time", "Support in Swiss German")
    next_page(qtbot, wizard)

    # 3 Goal: the minimum goal is suggested, two weeks after the call, on a working day.
    goal = page(wizard, GoalPage)
    assert goal.minimum_goal.text() == "Their OK to get back in touch on Tuesday, March 18, 2025"
    assert goal.goal_problem.isVisible()
    QTest.keyClicks(goal.goal, "Pilot agreed for Q2")
    next_page(qtbot, wizard)

    # 4 Timing: an opener that asks is suggested; the fallback is rewritten.
    timing = page(wizard, TimingPage)
    assert "good moment" in timing.opener.text()
    QTest.keyClicks(timing.notes, "Quarter end: budget talks this week")
    timing.fallback.selectAll()
    QTest.keyClicks(timing.fallback, "Offer Thursday at ten or Friday at two")
    next_page(qtbot, wizard)

    # 5 Questions: search and Enter, click and Add, and one new for the bank.
    questions = page(wizard, QuestionsPage)
    QTest.keyClicks(questions.search, "desk")
    QTest.keyClick(questions.search, Qt.Key.Key_Return)
    questions.search.clear()
    questions.bank_view.setCurrentIndex(questions.bank_model.index(1))
    QTest.mouseClick(questions.add_button, Qt.MouseButton.LeftButton)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert questions.count_problem.text() == "Pick one more open question: 2 of 3 chosen."
    QTest.keyClicks(questions.search, NEW_QUESTION)
    assert questions.new_button.isEnabled()
    QTest.mouseClick(questions.new_button, Qt.MouseButton.LeftButton)
    assert not questions.count_problem.isVisible()
    next_page(qtbot, wizard)

    # 6 Objections: pick from the library, choose another response, write a new one.
    objections = page(wizard, ObjectionsPage)
    assert objections.problem.text().startswith("Add at least one objection")
    QTest.keyClicks(objections.search, "too expensive")
    QTest.keyClick(objections.search, Qt.Key.Key_Return)
    assert objections.responses_model.rowCount() >= 2
    second = objections.responses.visualRect(objections.responses_model.index(1))
    QTest.mouseClick(
        objections.responses.viewport(), Qt.MouseButton.LeftButton, pos=second.center()
    )
    objections.search.clear()
    QTest.keyClicks(objections.search, "persistent")
    QTest.mouseClick(objections.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(objections.new_response, NEW_RESPONSE)
    QTest.mouseClick(objections.use_new_button, Qt.MouseButton.LeftButton)
    assert "(new)" in objections.planned_model.data(objections.planned_model.index(1))
    next_page(qtbot, wizard)

    # 7 Checklist: the starter's built-in items (goals, key messages, questions, opener,
    # objections: rows 1-3, 5 and 6) are ticked by the plan and cannot be unticked by hand; tick
    # the user's own first item and the timing check with the space bar; the rest stay open.
    checklist = page(wizard, ChecklistPage)
    for row in (0, 1, 4):
        checklist.view.setCurrentIndex(checklist.model.index(row))
        QTest.keyClick(checklist.view, Qt.Key.Key_Space)
    assert [tick.done for tick in checklist.model.ticks][:8] == [True] * 7 + [False]
    assert checklist.count.text().startswith("7 of ")
    next_page(qtbot, wizard)


def test_a_plan_made_page_by_page_is_saved_whole_and_reopens(
    qtbot: QtBot, library: Library
) -> None:
    context = make_context(library)
    wizard = open_wizard(qtbot, context)
    fill_everything(qtbot, wizard)

    # 8 Summary, then one save.
    summary = wizard.summary_page
    assert wizard.currentPage() is summary
    text = summary.browser.toPlainText()
    for expected in (
        "Anna Keller · Müller AG",
        "Pilot agreed for Q2",
        "30% less set-up time",
        NEW_QUESTION,
        NEW_RESPONSE,
        "Still open on the checklist",
    ):
        assert expected in text
    with qtbot.waitSignal(wizard.planSaved) as saved_signal:
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()
    plan_id = saved_signal.args[0]

    with library.read() as connection:
        plan = read_plan(connection, plan_id)
        bank = [question.text for question in list_questions(connection)]
        price = read_objections(connection, search_ids(connection, "too expensive", 1))[0]
        persistent = read_objections(connection, [plan.objections[1].objection_id or 0])[0]
    assert plan.status is PlanStatus.PLANNED
    assert (plan.customer.name, plan.customer.company, plan.customer.role) == (
        "Anna Keller",
        "Müller AG",
        "Head of purchasing",
    )
    assert plan.scheduled_at == context.now().replace(hour=9, minute=0)
    assert plan.key_messages == ("30% less set-up time", "Support in Swiss German")
    assert plan.goal == "Pilot agreed for Q2"
    assert plan.minimum_goal == "Their OK to get back in touch on Tuesday, March 18, 2025"
    assert plan.timing_notes == "Quarter end: budget talks this week"
    assert plan.fallback == "Offer Thursday at ten or Friday at two"
    assert "good moment" in plan.opener
    assert [q.text for q in plan.questions][2] == NEW_QUESTION
    assert all(q.question_id is not None for q in plan.questions)
    assert NEW_QUESTION in bank
    assert plan.objections[0].response_id == price.responses[1].id
    assert persistent.responses[-1].text == NEW_RESPONSE
    assert plan.objections[1].response_id == persistent.responses[-1].id
    assert [tick.done for tick in plan.checklist][:8] == [True] * 7 + [False]
    assert context.undo_stack is not None and context.undo_stack.count() == 1

    # Reopened, every field is where it was typed.
    again = open_wizard(qtbot, context, plan)
    assert again.customer_page.name.text() == "Anna Keller"
    assert again.customer_page.company.text() == "Müller AG"
    assert again.customer_page.role.text() == "Head of purchasing"
    assert again.known_page.model.items == plan.key_messages
    pages = again.pages
    goal = pages[Step.GOAL]
    assert isinstance(goal, GoalPage)
    assert (goal.goal.text(), goal.minimum_goal.text()) == (plan.goal, plan.minimum_goal)
    timing = pages[Step.TIMING]
    assert isinstance(timing, TimingPage)
    assert timing.notes.toPlainText() == plan.timing_notes
    assert (timing.opener.text(), timing.fallback.text()) == (plan.opener, plan.fallback)
    questions = pages[Step.QUESTIONS]
    assert isinstance(questions, QuestionsPage)
    assert questions.chosen_model.items == plan.questions
    objections = pages[Step.OBJECTIONS]
    assert isinstance(objections, ObjectionsPage)
    assert objections.planned_model.items == plan.objections
    checklist = pages[Step.CHECKLIST]
    assert isinstance(checklist, ChecklistPage)
    assert checklist.model.ticks == plan.checklist
    assert again.current_plan() == plan


def test_back_and_next_keep_everything_typed(qtbot: QtBot, library: Library) -> None:
    wizard = open_wizard(qtbot, make_context(library))
    fill_everything(qtbot, wizard)
    before = wizard.current_plan()
    for _ in range(7):
        click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentId() == Step.CUSTOMER
    for _ in range(7):
        next_page(qtbot, wizard)
    assert wizard.current_plan() == before


def test_print_and_practise_save_first_then_call_back(qtbot: QtBot, library: Library) -> None:
    printed: list[int] = []
    practised: list[int] = []
    context = make_context(library, printed=printed, practised=practised)
    wizard = open_wizard(qtbot, context)
    fill_everything(qtbot, wizard)
    QTest.mouseClick(wizard.summary_page.print_button, Qt.MouseButton.LeftButton)
    assert wizard.saved_plan is not None and printed == [wizard.saved_plan.id]
    assert not wizard.isVisible()
    with library.read() as connection:
        plan = read_plan(connection, printed[0])
    reopened = open_wizard(qtbot, context, plan)
    reopened.start_at_first_incomplete()
    assert reopened.currentId() == Step.SUMMARY
    QTest.mouseClick(reopened.summary_page.practise_button, Qt.MouseButton.LeftButton)
    assert practised == printed


def test_print_and_practise_are_hidden_without_callbacks(qtbot: QtBot, library: Library) -> None:
    wizard = open_wizard(qtbot, make_context(library))
    assert not wizard.summary_page.print_button.isVisibleTo(wizard.summary_page)
    assert not wizard.summary_page.practise_button.isVisibleTo(wizard.summary_page)
