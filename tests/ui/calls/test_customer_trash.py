"""Customers in the Trash: listed in the Calls view's Trash tab and restored from there, undoably;
and undoing a plan edit leaves later changes to its customer alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from einwandfrei.planning.plan import CustomerInfo
from einwandfrei.store.calls.customers import (
    list_customers,
    list_trashed_customers,
    read_customer,
    set_customer_deleted,
    update_customer,
)
from einwandfrei.store.calls.plan_lists import PlanSection
from einwandfrei.store.calls.plans import read_plan, save_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.store.models import CallPlan, Customer
from einwandfrei.ui.calls.actions import create_calls_actions
from einwandfrei.ui.calls.calls_view import CallsView
from einwandfrei.ui.undo.calls_steps import save_plan_undoably
from tests.calls_support import english_locale, make_context
from tests.prompts_support import FakePrompts
from tests.store.plan_fixtures import ready_plan
from tests.ui.calls.test_calls_layout import NARROWEST, fusion, hosted, language
from tests.ui.calls.test_calls_view import fill, shown_ids
from tests.ui.calls.test_customer_editing import customer_named, shown_view

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("english_locale"),
]
__all__ = ["english_locale", "fusion", "language"]


def trashed_names(view: CallsView) -> list[str]:
    return [t.customer.name for t in view.customer_trash.listed()]


def click_trashed(view: CallsView, row: int) -> None:
    listed = view.customer_trash.list
    spot = listed.visualRect(view.customer_trash.model.index(row)).center()
    QTest.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def trash_ben_for_good(view: CallsView) -> CustomerInfo:
    """Move Ben to the Trash with the Calls view, then forget the undo history."""
    ben = customer_named(view, "Ben Frei")
    view.select_customer(ben.id)
    view.customer_pane.trash_selected()
    stack = view.context.undo_stack
    assert stack is not None
    stack.clear()
    assert not stack.canUndo()
    return ben


def test_restore_a_trashed_customer_from_the_trash_tab(qtbot: QtBot, library: Library) -> None:
    ids = fill(library)
    view = shown_view(qtbot, library)
    ben = trash_ben_for_good(view)
    assert ben.id is not None
    part = view.customer_trash
    assert not part.isVisible()  # only the Trash tab shows customers in the Trash

    view.show_section(PlanSection.TRASH)
    assert part.isVisible()
    assert part.title.text() == "Customers in the Trash"
    assert trashed_names(view) == ["Ben Frei"]
    label = part.model.data(part.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert label == "Ben Frei (1 plan)"  # his draft comes back with him
    # The Trash holds no plans, but is not empty.
    assert view.empty_note.isVisible()
    assert view.empty_note.text() == "No plans in the Trash."
    # Nothing is selected yet: nothing to restore.
    assert not part.restore_button.isEnabled() and not part.restore_action.isEnabled()
    assert part.list.contextMenuPolicy() is Qt.ContextMenuPolicy.ActionsContextMenu
    assert part.list.actions() == [part.restore_action, part.forget_action]

    click_trashed(view, 0)
    assert part.restore_button.isEnabled() and part.restore_action.isEnabled()
    with qtbot.waitSignal(view.context.bus.changed):
        QTest.mouseClick(part.restore_button, Qt.MouseButton.LeftButton)

    # Back in the customer list, with his plans; out of the Trash, which is now empty.
    assert [c.name for c in view.listed_customers()] == ["Anna Keller", "Ben Frei"]
    assert view.section() is PlanSection.TRASH
    assert not part.isVisible() and trashed_names(view) == []
    assert view.empty_note.text() == "The Trash is empty."
    view.select_customer(ben.id)
    assert view.section() is PlanSection.ALL and shown_ids(view) == [ids["draft"]]
    view.show_section(PlanSection.DRAFTS)
    view.select_customer(None)
    assert ids["draft"] in shown_ids(view)
    # And offered in the wizard's customer step again.
    wizard = view.prepare_call()
    assert [c.name for c in wizard.customer_page.model.items] == ["Anna Keller", "Ben Frei"]
    wizard.reject()

    stack = view.context.undo_stack
    assert stack is not None
    assert stack.undoText() == "Restore customer “Ben Frei”"
    with qtbot.waitSignal(view.context.bus.changed):
        stack.undo()
    assert [c.name for c in view.listed_customers()] == ["Anna Keller"]
    view.show_section(PlanSection.TRASH)
    assert trashed_names(view) == ["Ben Frei"]
    stack.redo()
    assert [c.name for c in view.listed_customers()] == ["Anna Keller", "Ben Frei"]
    with library.read() as connection:
        assert list_trashed_customers(connection) == []


def test_the_calls_menu_restores_only_a_selected_customer_in_sight(
    qtbot: QtBot, library: Library
) -> None:
    fill(library)
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Calls")
    context = make_context(library)
    view = CallsView(library, context.undo_stack, window, context=context)
    window.setCentralWidget(view)
    actions = create_calls_actions(window, menu, view)
    window.show()
    restore = actions.restore_customer
    assert restore in menu.actions()
    assert restore.text() == "&Restore Customer"
    assert menu.actions().index(restore) == menu.actions().index(actions.trash_customer) + 1
    assert not restore.isEnabled()  # nobody in the Trash

    ben = customer_named(view, "Ben Frei")
    view.select_customer(ben.id)
    actions.trash_customer.trigger()
    assert context.undo_stack is not None
    context.undo_stack.clear()
    assert not restore.isEnabled()  # in the Trash, but not in sight
    view.show_section(PlanSection.TRASH)
    assert not restore.isEnabled()  # in sight, not selected
    restore.trigger()  # does nothing
    assert trashed_names(view) == ["Ben Frei"]
    view.customer_trash.select(ben.id or 0)
    assert restore.isEnabled()
    view.hide()  # another page of the main window is shown
    assert not restore.isEnabled()
    view.show()
    assert restore.isEnabled()  # still selected
    view.show_section(PlanSection.UPCOMING)
    assert not restore.isEnabled()
    view.show_section(PlanSection.TRASH)
    view.customer_trash.select(ben.id or 0)
    with qtbot.waitSignal(view.context.bus.changed):
        restore.trigger()
    assert [c.name for c in view.listed_customers()] == ["Anna Keller", "Ben Frei"]
    assert not restore.isEnabled()
    assert context.undo_stack.undoText() == "Restore customer “Ben Frei”"


def test_a_customer_gone_meanwhile_is_explained(qtbot: QtBot, library: Library) -> None:
    fill(library)
    view = shown_view(qtbot, library)
    ben = trash_ben_for_good(view)
    view.show_section(PlanSection.TRASH)
    view.customer_trash.select(ben.id or 0)
    with library.session() as session:  # removed elsewhere, after the list was read
        for plan in session.scalars(select(CallPlan).where(CallPlan.customer_id == ben.id)):
            session.delete(plan)
        session.delete(session.get(Customer, ben.id))
    view.customer_trash.restore_selected()
    prompts = view.context.prompts
    assert isinstance(prompts, FakePrompts)
    assert prompts.texts("warn") == ["That customer no longer exists."]
    assert view.context.undo_stack is not None and view.context.undo_stack.count() == 0


@pytest.mark.usefixtures("fusion")
def test_the_trash_tab_with_customers_fits_a_narrow_window(
    qtbot: QtBot, library: Library, language: str
) -> None:
    ids = fill(library)
    _host, view = hosted(qtbot, library)
    ben = customer_named(view, "Ben Frei")
    view.select_customer(ben.id)
    view.customer_pane.trash_selected()
    view.select_customer(None)
    view.select_plan(ids["past"])
    view.delete_selected()
    view.show_section(PlanSection.TRASH)
    QApplication.processEvents()
    part = view.customer_trash
    assert part.isVisible() and view.restore_button.isVisible()
    assert view.minimumSizeHint().width() <= NARROWEST, language
    view.customer_trash.select(ben.id or 0)
    button = part.restore_button
    assert button.width() >= button.minimumSizeHint().width(), button.text()
    assert button.mapTo(view, button.rect().topRight()).x() < view.width()


def test_undoing_a_plan_edit_keeps_later_customer_changes_and_the_trash(
    qtbot: QtBot, library: Library
) -> None:
    del qtbot  # a QApplication exists
    context = make_context(library)
    stack = context.undo_stack
    assert stack is not None
    first = save_plan(library, ready_plan(library))
    customer_id = first.customer.id
    assert customer_id is not None
    # A plan edit that also changes her role (as the wizard's customer step can).
    edited = replace(
        first, goal="Pilot with two teams", customer=replace(first.customer, role="Chief buyer")
    )
    save_plan_undoably(context, first, edited, "Edit call plan")
    # Changes to her that are not on this undo stack: her notes, and the Trash.
    with library.read() as connection:
        now = read_customer(connection, customer_id)
    update_customer(library, replace(now, notes="Prefers mornings", phone="044"))
    set_customer_deleted(library, customer_id, True)

    stack.undo()
    assert first.id is not None
    with library.read() as connection:
        assert read_plan(connection, first.id).goal == first.goal
        after_undo = read_customer(connection, customer_id)
        assert list_customers(connection) == []  # still in the Trash
    assert after_undo.role == "Head of purchasing"  # the edit's own change goes back
    assert (after_undo.notes, after_undo.phone) == ("Prefers mornings", "044")  # kept

    update_customer(library, replace(after_undo, name="Anna Keller-Frei"))
    stack.redo()
    with library.read() as connection:
        assert read_plan(connection, first.id).goal == "Pilot with two teams"
        after_redo = read_customer(connection, customer_id)
        assert list_customers(connection) == []
    assert (after_redo.name, after_redo.role, after_redo.notes) == (
        "Anna Keller-Frei",
        "Chief buyer",
        "Prefers mornings",
    )
