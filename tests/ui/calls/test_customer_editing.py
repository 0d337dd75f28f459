"""Editing a customer and moving one to the Trash from the Calls view, with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from einwandfrei.planning.plan import CustomerInfo
from einwandfrei.store.calls.customers import CustomerDetails, read_customer, save_customer
from einwandfrei.store.calls.plans import read_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.store.models import Customer
from einwandfrei.ui.calls.actions import create_calls_actions
from einwandfrei.ui.calls.calls_view import CallsView
from einwandfrei.ui.calls.customer_dialog import CustomerDialog
from tests.calls_support import english_locale, make_context, type_text
from tests.prompts_support import FakePrompts
from tests.ui.calls.test_calls_view import fill, shown_ids

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("english_locale"),
]
__all__ = ["english_locale"]


def shown_view(qtbot: QtBot, library: Library, prompts: FakePrompts | None = None) -> CallsView:
    context = make_context(library, prompts=prompts)
    view = CallsView(library, context.undo_stack, context=context)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def customer_named(view: CallsView, name: str) -> CustomerInfo:
    return next(c for c in view.listed_customers() if c.name == name)


def details(library: Library, customer_id: int) -> CustomerDetails:
    with library.read() as connection:
        return read_customer(connection, customer_id)


def current_dialog(view: CallsView) -> CustomerDialog | None:
    """The last customer dialog the view opened (read anew each time)."""
    return view.customer_pane.dialog


def open_dialog_with_enter(view: CallsView, customer_id: int) -> CustomerDialog:
    view.select_customer(customer_id)
    view.customers.setFocus()
    QTest.keyClick(view.customers, Qt.Key.Key_Return)
    dialog = view.customer_pane.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_edit_a_customer_see_it_saved_shown_and_undone(qtbot: QtBot, library: Library) -> None:
    fill(library)
    view = shown_view(qtbot, library)
    stack = view.context.undo_stack
    assert stack is not None
    anna = customer_named(view, "Anna Keller")
    assert anna.id is not None
    before = details(library, anna.id)
    dialog = open_dialog_with_enter(view, anna.id)
    assert dialog.windowTitle() == "Edit Customer"
    assert (dialog.name.text(), dialog.company.text(), dialog.role.text()) == (
        "Anna Keller",
        "Müller AG",
        "Head of purchasing",
    )
    assert view.section().value == "all"  # choosing her still shows her history

    # Name required: said beside the field, and Save waits for it.
    dialog.name.clear()
    assert dialog.name_problem.isVisible()
    assert dialog.name_problem.text() == "A customer needs a name."
    assert not dialog.save_button.isEnabled()
    type_text(dialog.name, "Anna Keller-Frei")
    assert not dialog.name_problem.isVisible() and dialog.save_button.isEnabled()
    QTest.keyClicks(dialog.email, "anna@mueller.example")
    QTest.keyClicks(dialog.phone, "+41 44 555 01 01")
    dialog.notes.setPlainText("Budget frozen until April.")
    with qtbot.waitSignal(view.context.bus.changed):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    after = details(library, anna.id)
    assert after == CustomerDetails(
        id=anna.id,
        name="Anna Keller-Frei",
        company="Müller AG",
        role="Head of purchasing",
        email="anna@mueller.example",
        phone="+41 44 555 01 01",
        notes="Budget frozen until April.",
    )
    assert [c.name for c in view.listed_customers()] == ["Anna Keller-Frei", "Ben Frei"]
    assert view.selected_customer() == after.info()  # still chosen, under the new name
    band = view.customer_band.text()
    for shown in ("Anna Keller-Frei", "anna@mueller.example", "+41 44 555 01 01", "Budget frozen"):
        assert shown in band
    assert stack.undoText() == "Edit customer “Anna Keller-Frei”"

    stack.undo()
    assert details(library, anna.id) == before
    assert "anna@mueller.example" not in view.customer_band.text()
    stack.redo()
    assert details(library, anna.id) == after
    assert "anna@mueller.example" in view.customer_band.text()


def test_an_unchanged_dialog_and_cancel_change_nothing(qtbot: QtBot, library: Library) -> None:
    fill(library)
    view = shown_view(qtbot, library)
    stack = view.context.undo_stack
    assert stack is not None
    ben = customer_named(view, "Ben Frei")
    assert ben.id is not None
    dialog = open_dialog_with_enter(view, ben.id)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and stack.count() == 0
    dialog = open_dialog_with_enter(view, ben.id)
    QTest.keyClicks(dialog.phone, "044")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and stack.count() == 0
    assert details(library, ben.id).phone == ""


def test_the_dialog_tabs_from_top_to_bottom(qtbot: QtBot, library: Library) -> None:
    fill(library)
    view = shown_view(qtbot, library)
    anna = customer_named(view, "Anna Keller")
    assert anna.id is not None
    dialog = open_dialog_with_enter(view, anna.id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    cancel = dialog.buttons.buttons()
    expected: list[QWidget] = [
        dialog.name,
        dialog.company,
        dialog.role,
        dialog.email,
        dialog.phone,
        dialog.notes,
    ]
    walked: list[QWidget | None] = [QApplication.focusWidget()]
    for _ in expected[1:]:
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == expected
    QTest.keyClick(dialog.notes, Qt.Key.Key_Tab)  # the notes pass Tab on, to the buttons
    assert QApplication.focusWidget() in cancel
    dialog.reject()


def test_double_click_edits_a_customer_but_not_all_customers(
    qtbot: QtBot, library: Library
) -> None:
    fill(library)
    view = shown_view(qtbot, library)

    def double_click(row: int) -> None:
        spot = view.customers.visualRect(view.customers_model.index(row)).center()
        QTest.mouseClick(view.customers.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        QTest.mouseDClick(view.customers.viewport(), Qt.MouseButton.LeftButton, pos=spot)

    double_click(0)
    assert current_dialog(view) is None
    assert not view.customer_pane.edit_action.isEnabled()
    double_click(2)
    dialog = current_dialog(view)
    assert dialog is not None and dialog.isVisible() and dialog.name.text() == "Ben Frei"
    dialog.reject()


def test_move_a_customer_to_the_trash_undo_and_redo(qtbot: QtBot, library: Library) -> None:
    ids = fill(library)
    view = shown_view(qtbot, library)
    stack = view.context.undo_stack
    assert stack is not None
    ben = customer_named(view, "Ben Frei")
    assert ben.id is not None
    view.select_customer(ben.id)
    assert shown_ids(view) == [ids["draft"]]
    # On the list's context menu, as in the Calls menu.
    assert view.customers.contextMenuPolicy() is Qt.ContextMenuPolicy.ActionsContextMenu
    trash = view.customer_pane.trash_action
    assert view.customers.actions() == [view.customer_pane.edit_action, trash]
    assert trash.isEnabled()
    with qtbot.waitSignal(view.context.bus.changed):
        trash.trigger()
    assert [c.name for c in view.listed_customers()] == ["Anna Keller"]
    assert view.selected_customer() is None  # back to everyone
    assert ids["draft"] not in shown_ids(view)
    assert not trash.isEnabled()
    with library.read() as connection:
        assert read_plan(connection, ids["draft"]).customer.name == "Ben Frei"  # kept, readable
    assert stack.undoText() == "Move “Ben Frei” to the Trash"

    stack.undo()
    assert [c.name for c in view.listed_customers()] == ["Anna Keller", "Ben Frei"]
    view.select_customer(ben.id)
    assert shown_ids(view) == [ids["draft"]]
    stack.redo()
    assert [c.name for c in view.listed_customers()] == ["Anna Keller"]


def test_a_trashed_customer_is_not_offered_in_the_wizard(qtbot: QtBot, library: Library) -> None:
    fill(library)
    view = shown_view(qtbot, library)
    ben = customer_named(view, "Ben Frei")
    assert ben.id is not None
    view.select_customer(ben.id)
    view.customer_pane.trash_selected()
    wizard = view.prepare_call()
    offered = [c.name for c in wizard.customer_page.model.items]
    assert offered == ["Anna Keller"]
    wizard.customer_page.search.setText("Frei")
    assert not wizard.customer_page.model.items
    wizard.reject()


def test_the_menu_actions_act_only_while_a_customer_is_in_sight(
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
    assert not actions.edit_customer.isEnabled()  # "All customers" is chosen
    view.select_customer(customer_named(view, "Anna Keller").id)
    assert actions.edit_customer.isEnabled() and actions.trash_customer.isEnabled()
    view.hide()  # another page of the main window is shown
    assert not actions.edit_customer.isEnabled() and not actions.trash_customer.isEnabled()
    view.show()
    actions.edit_customer.trigger()
    dialog = view.customer_pane.dialog
    assert dialog is not None and dialog.isVisible() and dialog.parent() is view.customer_pane
    dialog.reject()
    assert window.findChild(QMenu) is menu


def test_an_undo_that_cannot_be_done_is_explained_over_the_window(
    qtbot: QtBot, library: Library
) -> None:
    customer_id = save_customer(library, CustomerInfo("Clara Sommer"))
    prompts = FakePrompts()
    view = shown_view(qtbot, library, prompts)
    stack = view.context.undo_stack
    assert stack is not None
    view.select_customer(customer_id)
    view.customer_pane.trash_selected()
    assert stack.count() == 1
    with library.session() as session:  # gone for good, as if removed elsewhere
        session.delete(session.get(Customer, customer_id))
    with qtbot.waitSignal(view.context.bus.changed):
        stack.undo()
    assert prompts.texts("warn") == ["That customer no longer exists."]
    assert prompts.parents == [view.window()]
    assert stack.count() == 0  # the step was dropped
