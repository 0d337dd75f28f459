"""The wizard's rules: words beside empty fields, drafts that resume, asking before discarding,
and plans carried forward from the customer's last call."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from einwandfrei.planning.plan import CustomerInfo, PlanStatus
from einwandfrei.planning.validation import Step
from einwandfrei.store.calls.plan_lists import PlanSection, list_plans
from einwandfrei.store.calls.plans import read_plan, save_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.calls.calls_view import CallsView
from einwandfrei.ui.calls.wizard import PreCallWizard
from einwandfrei.ui.calls.wizard.goal_page import GoalPage
from einwandfrei.ui.calls.wizard.objections_page import ObjectionsPage
from einwandfrei.ui.calls.wizard.questions_page import QuestionsPage
from einwandfrei.ui.prompts import DiscardChoice
from tests.calls_support import english_locale, make_context
from tests.prompts_support import FakePrompts
from tests.store.plan_fixtures import logged, ready_plan

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("english_locale"),
]
__all__ = ["english_locale"]


def shown(qtbot: QtBot, wizard: PreCallWizard) -> PreCallWizard:
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    QTest.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def go_to(wizard: PreCallWizard, step: Step) -> None:
    while wizard.currentId() < step:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() > before, wizard.currentPage().title()


def test_goal_and_minimum_goal_say_what_is_missing(qtbot: QtBot, library: Library) -> None:
    wizard = shown(qtbot, PreCallWizard(make_context(library)))
    QTest.keyClicks(wizard.customer_page.name, "Anna Keller")
    go_to(wizard, Step.GOAL)
    goal = wizard.currentPage()
    assert isinstance(goal, GoalPage)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert goal.goal_problem.isVisible()
    assert goal.goal_problem.text() == "Write down what this call should achieve."
    assert not goal.minimum_goal_problem.isVisible()
    assert not next_button.isEnabled()
    goal.minimum_goal.selectAll()
    QTest.keyClick(goal.minimum_goal, Qt.Key.Key_Delete)
    assert goal.minimum_goal_problem.isVisible()
    assert goal.minimum_goal_problem.text().startswith("Even a “no” can reach a minimum goal")
    assert not goal.validatePage()
    QTest.keyClicks(goal.goal, "Pilot agreed")
    assert not goal.goal_problem.isVisible()
    assert not next_button.isEnabled()
    QTest.mouseClick(goal.suggest_button, Qt.MouseButton.LeftButton)
    assert goal.minimum_goal.text() == "Their OK to get back in touch on Tuesday, March 18, 2025"
    assert not goal.minimum_goal_problem.isVisible()
    assert next_button.isEnabled() and goal.validatePage()


def test_fewer_than_three_questions_are_named(qtbot: QtBot, library: Library) -> None:
    wizard = shown(qtbot, PreCallWizard(make_context(library)))
    QTest.keyClicks(wizard.customer_page.name, "Anna Keller")
    go_to(wizard, Step.GOAL)
    goal = wizard.currentPage()
    assert isinstance(goal, GoalPage)
    QTest.keyClicks(goal.goal, "Pilot")
    go_to(wizard, Step.QUESTIONS)
    questions = wizard.currentPage()
    assert isinstance(questions, QuestionsPage)
    assert questions.count_problem.text() == (
        "Pick at least 3 open questions that get them talking: 0 of 3 chosen."
    )
    QTest.keyClicks(questions.search, "desk")
    QTest.keyClick(questions.search, Qt.Key.Key_Return)
    assert questions.count_problem.text() == (
        "Pick at least 3 open questions that get them talking: 1 of 3 chosen."
    )
    # The same question again is not added twice.
    QTest.keyClick(questions.search, Qt.Key.Key_Return)
    assert len(questions.chosen_model.items) == 1
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not questions.validatePage()
    # A closed question is pointed out while typing it.
    questions.search.clear()
    QTest.keyClicks(questions.search, "Do you have a budget?")
    assert questions.closed_hint.isVisible()


def test_objections_need_a_response_each(qtbot: QtBot, library: Library) -> None:
    plan = replace(ready_plan(library), status=PlanStatus.DRAFT)
    wizard = shown(qtbot, PreCallWizard(make_context(library), plan))
    go_to(wizard, Step.OBJECTIONS)
    page = wizard.currentPage()
    assert isinstance(page, ObjectionsPage)
    QTest.keyClicks(page.search, "We are moving offices")
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.problem.text() == "Choose the response to use for “We are moving offices”."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    QTest.keyClicks(page.new_response, "When is the move done?")
    QTest.mouseClick(page.use_new_button, Qt.MouseButton.LeftButton)
    assert not page.problem.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_draft_is_saved_and_resumes_where_it_lacks_something(
    qtbot: QtBot, library: Library
) -> None:
    context = make_context(library)
    wizard = shown(qtbot, PreCallWizard(context))
    click(qtbot, wizard, QWizard.WizardButton.CustomButton1)  # no name yet: refused
    assert wizard.isVisible() and wizard.customer_page.name_problem.isVisible()
    QTest.keyClicks(wizard.customer_page.name, "Ben Frei")
    wizard.next()
    QTest.keyClicks(wizard.known_page.input, "Onboarding in two days")
    QTest.keyClick(wizard.known_page.input, Qt.Key.Key_Return)
    with qtbot.waitSignal(wizard.planSaved) as saved:
        click(qtbot, wizard, QWizard.WizardButton.CustomButton1)
    assert not wizard.isVisible()
    with library.read() as connection:
        [draft] = list_plans(connection, PlanSection.DRAFTS)
    assert draft.id == saved.args[0] and draft.customer.name == "Ben Frei"

    view = CallsView(library, context.undo_stack, context=context)
    qtbot.addWidget(view)
    resumed = view.open_plan(draft.id)
    assert resumed is not None
    qtbot.waitExposed(resumed)
    assert resumed.currentId() == Step.GOAL  # the first step that lacks something
    assert resumed.known_page.model.items == ("Onboarding in two days",)
    click(qtbot, resumed, QWizard.WizardButton.BackButton)
    assert resumed.currentId() == Step.KNOWN
    assert resumed.customer_page.name.text() == "Ben Frei"


def test_cancel_asks_before_discarding_typed_content(qtbot: QtBot, library: Library) -> None:
    prompts = FakePrompts(discard=DiscardChoice.KEEP_EDITING)
    context = make_context(library, prompts=prompts)
    untouched = shown(qtbot, PreCallWizard(context))
    click(qtbot, untouched, QWizard.WizardButton.CancelButton)
    assert prompts.kinds().count("ask_discard") == 0 and not untouched.isVisible()

    wizard = shown(qtbot, PreCallWizard(context))
    QTest.keyClicks(wizard.customer_page.name, "Clara Sommer")
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert prompts.kinds().count("ask_discard") == 1 and wizard.isVisible()
    assert wizard.customer_page.name.text() == "Clara Sommer"
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert prompts.kinds().count("ask_discard") == 2 and wizard.isVisible()
    prompts.discard = DiscardChoice.SAVE_DRAFT
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()
    with library.read() as connection:
        assert [p.customer.name for p in list_plans(connection, PlanSection.DRAFTS)] == [
            "Clara Sommer"
        ]

    discarded = shown(qtbot, PreCallWizard(context))
    QTest.keyClicks(discarded.customer_page.name, "Dora Weg")
    prompts.discard = DiscardChoice.DISCARD
    click(qtbot, discarded, QWizard.WizardButton.CancelButton)
    assert not discarded.isVisible() and prompts.kinds().count("ask_discard") == 4
    with library.read() as connection:
        assert len(list_plans(connection)) == 1


def test_duplicating_carries_key_messages_questions_and_open_objections(
    qtbot: QtBot, library: Library
) -> None:
    context = make_context(library)
    last = save_plan(library, logged(ready_plan(library), worked=True))  # first one worked
    view = CallsView(library, context.undo_stack, context=context)
    qtbot.addWidget(view)
    wizard = view.prepare_next(last.id or 0)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    assert wizard.known_page.model.items == last.key_messages
    seeded = wizard.current_plan()
    assert seeded.questions == last.questions
    assert [o.objection_id for o in seeded.objections] == [last.objections[1].objection_id]
    assert seeded.goal == last.goal  # not reached in the last call
    assert seeded.scheduled_at == last.outcome.next_contact_at
    go_to(wizard, Step.SUMMARY)
    with qtbot.waitSignal(wizard.planSaved) as saved:
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    with library.read() as connection:
        new = read_plan(connection, saved.args[0])
    assert new.id != last.id and new.previous_plan_id == last.id
    assert new.status is PlanStatus.PLANNED and new.customer.id == last.customer.id
    assert new.minimum_goal.startswith("Their OK to get back in touch on Tuesday, April 1, 2025")


def test_picking_a_known_customer_carries_their_last_plan(qtbot: QtBot, library: Library) -> None:
    last = save_plan(library, ready_plan(library))
    save_plan(library, ready_plan(library, CustomerInfo("Ben Frei")))
    wizard = shown(qtbot, PreCallWizard(make_context(library)))
    customer = wizard.customer_page
    QTest.keyClicks(customer.search, "kell")
    assert customer.model.rowCount() == 1
    index = customer.model.index(0)
    QTest.mouseClick(
        customer.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=customer.list.visualRect(index).center(),
    )
    assert customer.name.text() == "Anna Keller"
    assert "Pilot agreed for Q2" in customer.last_call.text()
    assert wizard.known_page.model.items == last.key_messages
    assert wizard.known_page.origin.text() == "Carried over from the call on Tue, Mar 4, 2025."
    # What the user typed on a page is kept when another customer is picked.
    QTest.keyClicks(wizard.known_page.input, "Typed by hand")
    QTest.keyClick(wizard.known_page.input, Qt.Key.Key_Return)
    customer.search.clear()
    ben_row = next(r for r, c in enumerate(customer.model.items) if c.name == "Ben Frei")
    QTest.mouseClick(
        customer.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=customer.list.visualRect(customer.model.index(ben_row)).center(),
    )
    assert wizard.known_page.model.items[-1] == "Typed by hand"
    wizard.next()
    plan = wizard.current_plan()
    assert plan.customer.name == "Ben Frei" and plan.customer.id is not None
