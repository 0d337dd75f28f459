"""The Calls view: sections, a customer's history, delete to the Trash with undo, actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from einwandfrei.planning.changes import Change
from einwandfrei.planning.plan import CustomerInfo, PlanStatus
from einwandfrei.store.calls.plan_lists import PlanSection
from einwandfrei.store.calls.plans import save_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.calls.actions import create_calls_actions
from einwandfrei.ui.calls.calls_view import CallsView
from einwandfrei.ui.calls.plan_model import PlanColumn
from tests.calls_support import english_locale, make_context
from tests.store.plan_fixtures import logged, ready_plan

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("english_locale"),
]
__all__ = ["english_locale"]


def fill(library: Library) -> dict[str, int]:
    base = ready_plan(library)
    later = save_plan(library, replace(base, scheduled_at=datetime(2025, 3, 6, 9, tzinfo=UTC)))
    soon = save_plan(library, base)  # 4 March, 09:00 UTC: after the test clock, still upcoming
    past = save_plan(
        library,
        logged(replace(base, scheduled_at=datetime(2025, 2, 18, 9, tzinfo=UTC)), worked=True),
    )
    draft = save_plan(
        library,
        replace(ready_plan(library, CustomerInfo("Ben Frei")), status=PlanStatus.DRAFT, goal=""),
    )
    return {
        "later": later.id or 0,
        "soon": soon.id or 0,
        "past": past.id or 0,
        "draft": draft.id or 0,
    }


def shown_ids(view: CallsView) -> list[int]:
    return [
        view.model.data(view.model.index(row, 0), Qt.ItemDataRole.UserRole)
        for row in range(view.model.rowCount())
    ]


def test_sections_and_a_customers_history(qtbot: QtBot, library: Library) -> None:
    ids = fill(library)
    context = make_context(library)
    view = CallsView(library, context.undo_stack, context=context)
    qtbot.addWidget(view)
    view.show()
    assert view.section() is PlanSection.UPCOMING
    assert shown_ids(view) == [ids["soon"], ids["later"]]
    assert view.model.data(view.model.index(0, PlanColumn.WHEN)) == "Tue, Mar 4, 2025, 9:00\u202fAM"
    view.sections.setCurrentIndex(1)
    assert shown_ids(view) == [ids["draft"]]
    view.sections.setCurrentIndex(2)
    assert shown_ids(view) == [ids["past"]]
    state = view.model.data(view.model.index(0, PlanColumn.STATE))
    assert state == "Minimum goal reached"
    assert view.model.data(view.model.index(0, PlanColumn.NEXT)) == "Tue, Mar 18, 2025 (agreed)"
    assert "Budget frozen until April" in view.preview.toPlainText()

    # A customer's history: every plan of theirs, newest first, with the consent record.
    anna_row = next(
        row
        for row in range(view.customers_model.rowCount())
        if (c := view.customers_model.customer_at(row)) is not None and c.name == "Anna Keller"
    )
    view.customers.setCurrentIndex(view.customers_model.index(anna_row))
    assert view.section() is PlanSection.ALL
    assert shown_ids(view) == [ids["later"], ids["soon"], ids["past"]]
    assert view.customer_band.isVisible()
    assert "Agreed to a next contact in 1 of 1 calls." in view.customer_band.text()


def test_delete_to_the_trash_undo_and_restore(qtbot: QtBot, library: Library) -> None:
    ids = fill(library)
    context = make_context(library)
    view = CallsView(library, context.undo_stack, context=context)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    assert view.select_plan(ids["later"])
    with qtbot.waitSignal(view.context.bus.changed):
        QTest.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert shown_ids(view) == [ids["soon"]]
    view.show_section(PlanSection.TRASH)
    assert shown_ids(view) == [ids["later"]]
    assert view.restore_button.isVisible() and not view.delete_button.isVisible()
    assert context.undo_stack is not None
    assert context.undo_stack.undoText() == "Delete call plan"
    context.undo_stack.undo()
    assert shown_ids(view) == []
    assert view.empty_note.text() == "The Trash is empty."
    context.undo_stack.redo()
    assert shown_ids(view) == [ids["later"]]
    view.table.selectRow(0)
    QTest.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    view.show_section(PlanSection.UPCOMING)
    assert shown_ids(view) == [ids["soon"], ids["later"]]
    # The Delete key in the table does the same.
    view.table.setFocus()
    view.select_plan(ids["soon"])
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    assert shown_ids(view) == [ids["later"]]


def test_the_calls_menu_actions(qtbot: QtBot, library: Library) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Calls")
    menu.setObjectName("menuCalls")
    context = make_context(library)
    view = CallsView(library, context.undo_stack, window, context=context)
    window.setCentralWidget(view)
    actions = create_calls_actions(window, menu, view)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert actions.prepare_call.objectName() == "actionPrepareCall"
    assert actions.prepare_call.shortcut().toString() == "Ctrl+Shift+P"
    assert actions.log_call.shortcut().toString() == "Ctrl+Shift+O"
    assert window.findChild(QMenu, "menuCalls") is menu
    assert [a.objectName() for a in menu.actions() if a.objectName()] == [
        "actionPrepareCall",
        "actionLogCall",
        "actionPrepareNextCall",
        "actionDeletePlan",
        "actionEditCustomer",
        "actionTrashCustomer",
        "actionRestoreCustomer",
        "actionForgetCustomer",
        "actionEditChecklist",
        "actionEditQuestionBank",
    ]
    # Title Case, as in the other menus.
    assert [a.text() for a in menu.actions() if a.objectName()] == [
        "&Prepare a Call…",
        "&Log the Call…",
        "Prepare the &Next Call from This One",
        "Move Plan to &Trash",
        "&Edit Customer…",
        "&Move Customer to Trash",
        "&Restore Customer",
        "Delete Customer &Permanently…",
        "Edit &Checklist…",
        "Edit &Question Bank…",
    ]
    QTest.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert view.wizard is not None and view.wizard.isVisible()
    assert view.wizard.objectName() == "preCallWizard"
    view.wizard.reject()
    actions.edit_question_bank.trigger()
    bank = window.findChild(QWidgetType, "questionBankEditor")
    assert bank is not None and bank.isVisible()
    bank.close()
    actions.edit_checklist.trigger()
    checklist = window.findChild(QWidgetType, "checklistEditor")
    assert checklist is not None and checklist.isVisible()
    checklist.close()


def test_the_due_list_prepares_the_follow_up(qtbot: QtBot, library: Library) -> None:
    from tests.calls_support import Clock

    plan = save_plan(library, logged(ready_plan(library), worked=True))  # agreed for 18 March
    context = make_context(library, clock=Clock(datetime(2025, 3, 19, 8).astimezone()))
    view = CallsView(library, context.undo_stack, context=context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.dueCountChanged) as counted:
        view.refresh()
    assert counted.args == [1]
    view.show()
    QTest.mouseClick(view.due.prepare_button, Qt.MouseButton.LeftButton)
    assert view.wizard is not None
    seeded = view.wizard.current_plan()
    assert seeded.previous_plan_id == plan.id and seeded.customer.id == plan.customer.id


def test_models_pass_the_model_tester(
    qtmodeltester: object, qtbot: QtBot, library: Library
) -> None:
    from pytestqt.modeltest import ModelTester

    assert isinstance(qtmodeltester, ModelTester)
    fill(library)
    context = make_context(library)
    view = CallsView(library, context.undo_stack, context=context)
    qtbot.addWidget(view)
    for model in (view.model, view.customers_model, view.due.model):
        qtmodeltester.check(model)  # type: ignore[no-untyped-call]


from PySide6.QtWidgets import QWidget as QWidgetType  # noqa: E402


def test_a_hidden_view_reads_plans_when_shown_but_keeps_the_due_count(
    qtbot: QtBot, library: Library
) -> None:
    from tests.calls_support import Clock

    context = make_context(library, clock=Clock(datetime(2025, 3, 19, 8).astimezone()))
    view = CallsView(library, context.undo_stack, context=context)
    qtbot.addWidget(view)
    assert shown_ids(view) == [] and view.due_count() == 0
    plan = save_plan(library, logged(ready_plan(library), worked=True))
    with qtbot.waitSignal(view.dueCountChanged):
        context.publish(Change.plan_saved())
    assert view.due_count() == 1
    view.show_section(PlanSection.PAST)
    assert shown_ids(view) == [plan.id]  # switching tabs reads that tab
    save_plan(library, replace(ready_plan(library), status=PlanStatus.DRAFT))
    view.show_section(PlanSection.DRAFTS)
    context.publish(Change.plan_saved())
    assert len(shown_ids(view)) == 1
    view.hide()
    save_plan(library, replace(ready_plan(library), status=PlanStatus.DRAFT))
    context.publish(Change.plan_saved())
    assert len(shown_ids(view)) == 1  # hidden: not read yet
    view.show()
    assert len(shown_ids(view)) == 2


def test_changes_reach_the_window_once_and_a_new_library_can_be_set(
    qtbot: QtBot, library: Library, tmp_path: object
) -> None:
    from pathlib import Path

    from einwandfrei.library_folder import open_data_folder
    from einwandfrei.ui.calls.plan_wording import due_text

    context = make_context(library)
    view = CallsView(library, context.undo_stack, context=context)
    qtbot.addWidget(view)
    view.show()
    reads: list[int] = []
    original = view._load_plans

    def counting() -> None:
        reads.append(1)
        original()

    view._load_plans = counting  # type: ignore[method-assign]
    window_changes: list[Change] = []
    # The window hears each change once, on the same bus; the view reads once, not again.
    context.bus.changed.connect(window_changes.append)
    context.publish(Change.plan_trashed())
    assert window_changes == [Change.plan_trashed()] and reads == [1]
    # Words typed into an objection: nothing is read while the view is hidden, once shown again.
    view.hide()
    context.publish(Change.words(1, "text"))
    assert reads == [1]
    view.show()
    assert reads == [1, 1]
    assert (due_text(0), due_text(1), due_text(3)) == ("", "1 follow-up due", "3 follow-ups due")

    assert isinstance(tmp_path, Path)
    with open_data_folder(tmp_path / "other", language="en") as other:
        save_plan(other, ready_plan(other, CustomerInfo("Only Here")))
        view.set_library(other)
        view.show_section(PlanSection.ALL)
        assert [c.name for c in view.listed_customers()] == ["Only Here"]
        view.set_library(library)
