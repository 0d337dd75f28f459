"""The after-call log: it moves the answers' counters and fills the Due list."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection, text

from einwandfrei.planning.library_content import ObjectionRecord
from einwandfrei.planning.plan import PlanStatus
from einwandfrei.store.calls.plans import read_plan, save_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.search import search
from einwandfrei.ui.calls.calls_view import CallsView
from einwandfrei.ui.calls.log_dialog import SEARCH_LIMIT, CallLogDialog
from einwandfrei.ui.calls.log_model import LogColumn
from einwandfrei.ui.library.search_field import FIRST_LETTER_MS
from tests.calls_support import Clock, english_locale, make_context
from tests.store.plan_fixtures import ready_plan

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("english_locale"),
]
__all__ = ["english_locale"]


def counters(library: Library, response_id: int) -> tuple[int, int]:
    with library.read() as connection:
        row = connection.execute(
            text("SELECT times_used, times_worked FROM responses WHERE id = :id"),
            {"id": response_id},
        ).one()
    return int(row.times_used), int(row.times_worked)


def tick(qtbot: QtBot, dialog: CallLogDialog, row: int, column: LogColumn) -> None:
    dialog.table.setCurrentIndex(dialog.model.index(row, column))
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)


def test_logging_a_call_updates_counters_and_the_due_list(qtbot: QtBot, library: Library) -> None:
    clock = Clock()
    context = make_context(library, clock=clock)
    plan = save_plan(library, ready_plan(library))
    price, persistent = plan.objections
    assert price.response_id is not None and persistent.response_id is not None
    price_before = counters(library, price.response_id)
    view = CallsView(library, context.undo_stack, context=context)
    qtbot.addWidget(view)
    assert view.due_count() == 0

    dialog = view.log_call(plan.id or 0)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # nothing answered yet
    assert dialog.isVisible()
    assert dialog.goal_problem.text() == "Say whether the goal was reached."
    assert dialog.minimum_problem.text() == "Say whether the minimum goal was reached."
    QTest.mouseClick(dialog.goal_answer.no, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.minimum_answer.yes, Qt.MouseButton.LeftButton)
    assert not dialog.goal_problem.isVisible() and not dialog.minimum_problem.isVisible()

    # "Too expensive" came up and its answer worked; "persistent" came up, another answer failed.
    tick(qtbot, dialog, 0, LogColumn.CAME_UP)
    tick(qtbot, dialog, 0, LogColumn.WORKED)
    tick(qtbot, dialog, 1, LogColumn.CAME_UP)
    other = dialog._records[persistent.objection_id or 0].responses[1]
    dialog.table.selectRow(1)
    dialog.answer.setFocus()
    position = dialog.answer.findData(other.id)
    while dialog.answer.currentIndex() < position:
        QTest.keyClick(dialog.answer, Qt.Key.Key_Down)
    assert dialog.model.objections[1].response_id == other.id
    # An objection nobody expected came up too.
    QTest.keyClicks(dialog.search, "send me an email")
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added the objection; it did not save the log
    assert dialog.model.rowCount() == 3 and not dialog.model.objections[2].was_expected
    QTest.keyClicks(dialog.notes, "Budget frozen until April")
    today = clock.now.replace(hour=16, minute=0)
    dialog.next_contact.setDateTime(QDateTime.fromSecsSinceEpoch(int(today.timestamp())))
    dialog.agreed.setFocus()
    QTest.keyClick(dialog.agreed, Qt.Key.Key_Space)
    assert dialog.agreed.isChecked()
    with qtbot.waitSignal(dialog.logSaved):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    with library.read() as connection:
        saved = read_plan(connection, plan.id or 0)
    assert saved.status is PlanStatus.DONE
    assert (saved.outcome.goal_reached, saved.outcome.minimum_goal_reached) == (False, True)
    assert saved.outcome.notes == "Budget frozen until April"
    assert saved.outcome.next_contact_agreed is True
    assert saved.outcome.next_contact_at == today.replace(second=0, microsecond=0)
    assert saved.outcome.logged_at == clock.now
    assert [o.came_up for o in saved.objections] == [True, True, True]
    assert counters(library, price.response_id) == (price_before[0] + 1, price_before[1] + 1)
    assert counters(library, persistent.response_id) == (0, 0)
    assert counters(library, other.id or 0) == (1, 0)

    # The customer agreed to hear from us today: the Due list says so, in the view and the band.
    assert view.due_count() == 1
    assert "Anna Keller · Müller AG — Today" in view.due.model.data(view.due.model.index(0))
    clock.now += timedelta(days=3)
    view.refresh()
    assert "3 days overdue" in view.due.model.data(view.due.model.index(0))

    # Undo puts the counters back and takes the customer off the Due list.
    assert context.undo_stack is not None
    context.undo_stack.undo()
    assert counters(library, price.response_id) == price_before
    assert counters(library, other.id or 0) == (0, 0)
    assert view.due_count() == 0
    context.undo_stack.redo()
    assert counters(library, other.id or 0) == (1, 0)
    assert view.due_count() == 1


def test_a_declined_next_contact_is_not_due(qtbot: QtBot, library: Library) -> None:
    context = make_context(library)
    plan = save_plan(library, ready_plan(library))
    dialog = CallLogDialog(context, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.mouseClick(dialog.goal_answer.no, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.minimum_answer.no, Qt.MouseButton.LeftButton)
    dialog.next_contact.setDateTime(QDateTime.fromSecsSinceEpoch(int(context.now().timestamp())))
    assert not dialog.agreed.isChecked()
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with library.read() as connection:
        saved = read_plan(connection, plan.id or 0)
    assert saved.outcome.next_contact_agreed is False
    view = CallsView(library, context.undo_stack, context=context)
    qtbot.addWidget(view)
    assert view.due_count() == 0
    assert view.due.title.text() == "No follow-ups due today."


def test_log_model(qtmodeltester: object, library: Library, qtbot: QtBot) -> None:
    from pytestqt.modeltest import ModelTester

    assert isinstance(qtmodeltester, ModelTester)
    plan = save_plan(library, ready_plan(library))
    dialog = CallLogDialog(make_context(library), plan)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[no-untyped-call]


def test_a_long_answer_ends_in_an_ellipsis_and_shows_whole_as_a_tip(
    qtbot: QtBot, library: Library
) -> None:
    long_answer = (
        "I understand that the price matters; let us compare it with what the set-up time "
        "costs you today, team by team, over a whole year of work"
    )
    base = ready_plan(library)
    first = replace(base.objections[0], response_id=None, response_text=long_answer)
    plan = save_plan(library, replace(base, objections=(first, *base.objections[1:])))
    dialog = CallLogDialog(make_context(library), plan)
    qtbot.addWidget(dialog)
    dialog.resize(700, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.answer.currentText() == long_answer
    shown = dialog.answer.display_text()
    assert shown != long_answer and shown.endswith("…"), shown
    assert long_answer.startswith(shown[:-1])
    assert dialog.answer.toolTip() == long_answer
    assert dialog.answer.fontMetrics().horizontalAdvance(shown) < dialog.answer.width()
    # A short answer is shown whole.
    dialog.table.selectRow(0)
    QTest.keyClick(dialog.answer, Qt.Key.Key_Home)  # the box's first entry
    assert dialog.answer.display_text() == dialog.answer.currentText() == "(none)"
    # Each answer in the list opened from the box has its whole text as a tip too.
    model = dialog.answer.model()
    last = model.index(model.rowCount() - 1, 0)
    assert last.data(Qt.ItemDataRole.ToolTipRole) == long_answer


def test_an_unexpected_objection_is_found_once_and_added_with_enter(
    qtbot: QtBot, library: Library
) -> None:
    plan = save_plan(library, ready_plan(library))
    dialog = CallLogDialog(make_context(library), plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    queries: list[str] = []

    def counting(connection: Connection, query: str, limit: int) -> list[ObjectionRecord]:
        queries.append(query)
        return search(connection, query, limit)

    dialog.picker.search_function = counting
    dialog.search.setFocus()
    QTest.keyClicks(dialog.search, "e")
    qtbot.wait(FIRST_LETTER_MS + 100)
    assert queries == [] and not dialog.results.isVisible()  # one letter: no search yet
    QTest.keyClicks(dialog.search, "mail")
    qtbot.waitUntil(dialog.results.isVisible)
    qtbot.wait(FIRST_LETTER_MS + 100)
    assert queries == ["email"]
    with library.read() as connection:
        found = search(connection, "email", SEARCH_LIMIT)
    assert found and dialog.results_model.items == tuple(found)

    QTest.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.waitUntil(dialog.results.hasFocus)
    QTest.keyClick(dialog.results, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added the objection; it did not save the log
    assert dialog.model.rowCount() == 3
    added = dialog.model.objections[2]
    assert (added.objection_id, added.was_expected, added.came_up) == (found[0].id, False, True)
    assert dialog.search.text() == ""


@pytest.mark.parametrize(
    ("language", "warning"),
    [
        ("en", "This date lies in the past: the follow-up would be overdue at once."),
        ("de", "Dieses Datum liegt in der Vergangenheit: Der Folgekontakt wäre sofort überfällig."),
    ],
)
def test_a_next_contact_in_the_past_is_warned_about_under_the_date(
    qtbot: QtBot, library: Library, language: str, warning: str
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from einwandfrei.resources import resource

    translator = QTranslator()
    if language == "de":
        assert translator.load(str(resource("translations", "planning_de.qm")))
        QCoreApplication.installTranslator(translator)
    try:
        context = make_context(library)
        plan = save_plan(library, ready_plan(library))
        dialog = CallLogDialog(context, plan)
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.past_warning.isVisible()  # the suggested follow-up lies ahead
    assert dialog.past_warning.text() == warning

    # A year back is in the past.
    dialog.next_contact.setFocus()
    dialog.next_contact.setCurrentSection(QDateTimeEdit.Section.YearSection)
    QTest.keyClick(dialog.next_contact, Qt.Key.Key_Down)
    chosen = dialog.outcome().next_contact_at
    assert chosen is not None and chosen < context.now()
    assert dialog.past_warning.isVisible()
    below = dialog.past_warning.mapTo(dialog, dialog.past_warning.rect().topLeft()).y()
    assert below > dialog.next_contact.mapTo(dialog, dialog.next_contact.rect().bottomLeft()).y()
    assert dialog.next_contact.accessibleDescription() == warning

    QTest.keyClick(dialog.next_contact, Qt.Key.Key_Up)  # back to the future: the warning goes
    assert not dialog.past_warning.isVisible()
    QTest.keyClick(dialog.next_contact, Qt.Key.Key_Down)
    assert dialog.past_warning.isVisible()
    dialog.next_box.setChecked(False)  # no next contact at all: nothing to warn about
    assert not dialog.past_warning.isVisible()

    # A warning, not a problem: the log saves with the date in the past.
    dialog.next_box.setChecked(True)
    QTest.mouseClick(dialog.goal_answer.no, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.minimum_answer.no, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.logSaved):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
