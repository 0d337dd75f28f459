"""The wizard's item models pass Qt's model tester; saving is undoable."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from einwandfrei.planning.checklist_coverage import BUILT_IN_ITEMS, PlanFact
from einwandfrei.planning.plan import ChecklistTick, PlanStatus
from einwandfrei.planning.validation import Step
from einwandfrei.store.calls.plan_lists import PlanSection, PlanSummary, list_plans
from einwandfrei.store.calls.plans import read_plan, save_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.calls.wizard import PreCallWizard
from einwandfrei.ui.calls.wizard.checklist_page import ChecklistPage
from einwandfrei.ui.widgets.item_list_model import ItemListModel
from tests.calls_support import make_context
from tests.store.plan_fixtures import ready_plan

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def texts(model: ItemListModel[str]) -> list[str]:
    return list(model.items)


def test_item_list_model(qtmodeltester: ModelTester) -> None:
    model: ItemListModel[str] = ItemListModel(str, lambda _old, new: new)
    model.set_items(["a", "b", "c"])
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    assert model.move(0, 1) == 1 and texts(model) == ["b", "a", "c"]
    assert model.move(2, 1) is None
    assert model.setData(model.index(0), "  B  two ", Qt.ItemDataRole.EditRole)
    assert texts(model)[0] == "B two"
    assert not model.setData(model.index(0), "   ", Qt.ItemDataRole.EditRole)
    model.remove(1)
    assert texts(model) == ["B two", "c"]
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_checklist_model(qtmodeltester: ModelTester, qtbot: QtBot, library: Library) -> None:
    wizard = PreCallWizard(make_context(library))
    qtbot.addWidget(wizard)
    page = wizard.pages[Step.CHECKLIST]
    assert isinstance(page, ChecklistPage)
    qtmodeltester.check(page.model)  # type: ignore[no-untyped-call]
    page.model.toggle(0)
    assert page.model.ticks[0].done
    assert page.model.data(page.model.index(0), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )


def test_built_in_checklist_items_follow_the_plan(qtbot: QtBot, library: Library) -> None:
    key_messages = BUILT_IN_ITEMS[PlanFact.KEY_MESSAGES][0]
    plan = replace(
        ready_plan(library),
        checklist=(ChecklistTick(key_messages, False), ChecklistTick("CRM open", False)),
    )
    wizard = PreCallWizard(make_context(library), plan)
    qtbot.addWidget(wizard)
    page = wizard.pages[Step.CHECKLIST]
    assert isinstance(page, ChecklistPage)
    model = page.model
    assert [tick.done for tick in model.ticks] == [True, False]  # the plan has key messages
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.flags(model.index(1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    model.toggle(0)  # not by hand
    model.toggle(1)
    assert [tick.done for tick in model.ticks] == [True, True]

    # The user takes the key messages out again: the item is open once more.
    wizard.known_page.load_plan(replace(plan, key_messages=()))
    page.initializePage()
    assert [tick.done for tick in model.ticks] == [False, True]
    assert [tick.done for tick in wizard.current_plan().checklist] == [False, True]


def test_saving_is_undoable(qtbot: QtBot, library: Library) -> None:
    context = make_context(library)
    stack = context.undo_stack
    assert stack is not None
    wizard = PreCallWizard(context, ready_plan(library))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_at_first_incomplete()
    assert wizard.currentId() == Step.SUMMARY
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.saved_plan is not None
    plan_id = wizard.saved_plan.id or 0
    assert stack.undoText() == "Save call plan"
    stack.undo()  # a new plan goes to the Trash
    with library.read() as connection:
        assert [p.id for p in list_plans(connection, PlanSection.TRASH)] == [plan_id]
    stack.redo()
    with library.read() as connection:
        plan = read_plan(connection, plan_id)
    assert [p.id for p in list_plans_upcoming(library)] == [plan_id]

    # Editing: undo writes the earlier version back.
    editor = PreCallWizard(context, plan)
    qtbot.addWidget(editor)
    editor.show()
    editor.start_at_first_incomplete()
    editor.back()
    editor.back()
    editor.back()
    editor.back()
    editor.back()
    assert editor.currentId() == Step.GOAL
    goal = editor.currentPage()
    goal.goal.setText("A bigger goal")  # type: ignore[attr-defined]
    editor.start_at_first_incomplete()
    editor.button(QWizard.WizardButton.FinishButton).click()
    with library.read() as connection:
        assert read_plan(connection, plan_id).goal == "A bigger goal"
    stack.undo()
    with library.read() as connection:
        again = read_plan(connection, plan_id)
    assert again.goal == plan.goal and again.status is PlanStatus.PLANNED
    # The stored version moved on; the window that saved before undo cannot overwrite it blindly.
    assert save_plan(library, again).version == (again.version or 0) + 1


def list_plans_upcoming(library: Library) -> list[PlanSummary]:
    with library.read() as connection:
        return list(list_plans(connection, PlanSection.UPCOMING))
