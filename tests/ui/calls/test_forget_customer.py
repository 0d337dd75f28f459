"""Delete Customer Permanently… in the Calls view's Trash: asked with what goes, then erased from
the library and every backup; the Undo history is cleared, since nothing may bring them back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from einwandfrei.paths import log_dir
from einwandfrei.store.calls.customers import list_trashed_customers, set_customer_deleted
from einwandfrei.store.calls.plan_lists import PlanSection
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.calls.actions import create_calls_actions
from einwandfrei.ui.calls.calls_view import CallsView
from einwandfrei.ui.undo.calls_steps import trash_customer_undoably
from tests.calls_support import english_locale, make_context
from tests.prompts_support import FakePrompts
from tests.store.forget_support import NAME, Scene, build_scene, files_holding, needles
from tests.ui.calls.test_customer_editing import details, shown_view

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("english_locale"),
]
__all__ = ["english_locale"]


def _trashed_view(
    qtbot: QtBot, library: Library, data_dir: Path, prompts: FakePrompts
) -> tuple[CallsView, Scene]:
    scene = build_scene(library, data_dir, log_dir())
    view = shown_view(qtbot, library, prompts)
    # Moved to the Trash through the view, so the undo stack holds a step naming them.
    trash_customer_undoably(view.context, details(library, scene.customer_id))
    view.show_section(PlanSection.TRASH)
    trash = view.customer_trash
    assert [t.customer.name for t in trash.listed()] == [NAME]
    assert not trash.forget_button.isEnabled()  # nobody selected yet
    spot = trash.list.visualRect(trash.model.index(0)).center()
    QTest.mouseClick(trash.list.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert trash.forget_button.isEnabled() and trash.forget_action.isEnabled()
    return view, scene


def test_delete_a_customer_permanently_from_the_trash(
    qtbot: QtBot, library: Library, data_dir: Path
) -> None:
    prompts = FakePrompts(forget_answer=True)
    view, scene = _trashed_view(qtbot, library, data_dir, prompts)
    stack = view.context.undo_stack
    assert stack is not None and stack.canUndo()

    with qtbot.waitSignal(view.context.bus.changed, timeout=60_000):
        QTest.mouseClick(view.customer_trash.forget_button, Qt.MouseButton.LeftButton)
        assert stack.count() == 0  # cleared before the erasing starts

    [(preview, backups)] = prompts.forgets
    assert (preview.target.name, preview.plans, preview.call_logs) == (NAME, 2, 1)
    assert preview.mentions == 6 and backups == 6  # four backups, two of them unreadable
    assert view.customer_trash.listed() == []
    [(_, title, report)] = [asked for asked in prompts.asked if asked[0] == "inform"]
    assert title == "Customer deleted permanently"
    assert report.startswith(f"“{NAME}” was erased for good. Call plans: 2; call logs: 1;")
    assert "could not be rewritten" in report
    assert prompts.texts("warn") == []
    assert not stack.canUndo() and not stack.canRedo()
    assert files_holding([data_dir, log_dir()], needles()) == {}
    with library.read() as connection:
        assert list_trashed_customers(connection) == []
    del scene


def test_cancelling_deletes_nothing_and_keeps_the_undo_history(
    qtbot: QtBot, library: Library, data_dir: Path
) -> None:
    prompts = FakePrompts(forget_answer=False)
    view, scene = _trashed_view(qtbot, library, data_dir, prompts)
    stack = view.context.undo_stack
    assert stack is not None
    view.customer_trash.forget_action.trigger()
    assert len(prompts.forgets) == 1 and "inform" not in prompts.kinds()
    assert stack.count() == 1
    assert [t.customer.name for t in view.customer_trash.listed()] == [NAME]
    assert files_holding([data_dir], needles())
    stack.undo()  # the history still works: the customer comes back from the Trash
    with library.read() as connection:
        assert list_trashed_customers(connection) == []
    set_customer_deleted(library, scene.customer_id, True)


def test_the_calls_menu_offers_it_below_restore(qtbot: QtBot, library: Library) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Calls")
    context = make_context(library)
    view = CallsView(library, context.undo_stack, window, context=context)
    window.setCentralWidget(view)
    actions = create_calls_actions(window, menu, view)
    window.show()
    listed = menu.actions()
    assert actions.forget_customer.text() == "Delete Customer &Permanently…"
    assert listed.index(actions.forget_customer) == listed.index(actions.restore_customer) + 1
    assert not actions.forget_customer.isEnabled()
