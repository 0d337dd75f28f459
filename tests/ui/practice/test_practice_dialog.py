"""The drill dialog, driven by keys and buttons over a real library with an injected clock."""

from __future__ import annotations

import html
import random
from datetime import timedelta

import pytest
from fsrs import Card, Rating, Scheduler
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from einwandfrei.planning.practice_drill import DrillSession
from einwandfrei.planning.practice_sessions import DrillItem
from einwandfrei.store.library import Library
from einwandfrei.store.practice import read_logs, read_states
from einwandfrei.ui.practice.dialog import PracticeDialog
from tests.practice_support import ZONE, FakeClock, objection_id, objection_ids

# The offscreen platform warns that it cannot resize or raise windows as a desktop would.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PERSISTENT = "You are persistent!"
REFRAME = "Yes, we are, in everything: in delivery, in quality, in creating value for you."


def _dialog(
    qtbot: QtBot,
    library: Library,
    items: list[DrillItem],
    clock: FakeClock,
    scheduler: Scheduler | None = None,
) -> PracticeDialog:
    session = DrillSession(
        library, items, scheduler=scheduler or Scheduler(), clock=clock, zone=ZONE
    )
    dialog = PracticeDialog(session, "Due today")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _key(qtbot: QtBot, dialog: PracticeDialog, key: Qt.Key) -> None:
    """Press a key where the user's key goes: into the widget that has the focus."""
    target = QApplication.focusWidget()
    assert target is not None
    assert dialog.isAncestorOf(target)
    QTest.keyClick(target, key)


def test_space_reveals_and_keys_grade_exactly_as_fsrs_prescribes(
    qtbot: QtBot, library: Library
) -> None:
    clock = FakeClock()
    first, second = objection_ids(library)[:2]
    dialog = _dialog(qtbot, library, [DrillItem(first), DrillItem(second)], clock)
    reference = Scheduler()
    cards = {first: Card(card_id=first, due=clock()), second: Card(card_id=second, due=clock())}
    keys = {
        Qt.Key.Key_1: Rating.Again,
        Qt.Key.Key_2: Rating.Hard,
        Qt.Key.Key_3: Rating.Good,
        Qt.Key.Key_4: Rating.Easy,
    }
    presses = [Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_4]
    for step, key in enumerate(presses):
        drill = dialog.session.current()
        assert drill is not None
        assert dialog.drill_page.objection_label.text() == QLocale().quoteString(
            drill.objection.text
        )
        assert not dialog.drill_page.answers.isVisible()
        _key(qtbot, dialog, key)  # grading before the answers show does nothing
        assert dialog.session.current() == drill
        _key(qtbot, dialog, Qt.Key.Key_Space)
        assert dialog.drill_page.answers.isVisible()
        random.seed(step)
        _key(qtbot, dialog, key)
        random.seed(step)
        objection = drill.item.objection_id
        cards[objection], _log = reference.review_card(cards[objection], keys[key], clock())
        with library.read() as connection:
            assert read_states(connection)[objection].due == cards[objection].due
        clock.advance(minutes=2)
    with library.read() as connection:
        assert [log.rating for log in read_logs(connection)] == [int(keys[key]) for key in presses]
    assert dialog.stack.currentWidget() is dialog.summary_page
    assert "2 objections" in dialog.summary_page.body.text()


def test_the_grade_buttons_grade_too(qtbot: QtBot, library: Library) -> None:
    clock = FakeClock()
    first = objection_ids(library)[0]
    dialog = _dialog(qtbot, library, [DrillItem(first)], clock)
    QTest.mouseClick(dialog.drill_page.reveal_button, Qt.MouseButton.LeftButton)
    assert "Easy" in dialog.drill_page.grade_buttons[Rating.Easy].text()
    QTest.mouseClick(dialog.drill_page.grade_buttons[Rating.Easy], Qt.MouseButton.LeftButton)
    with library.read() as connection:
        assert read_states(connection)[first].due > clock() + timedelta(days=1)


def test_typed_words_appear_beside_the_prepared_answers(qtbot: QtBot, library: Library) -> None:
    clock = FakeClock()
    persistent = objection_id(library, PERSISTENT)
    dialog = _dialog(qtbot, library, [DrillItem(persistent)], clock)
    field = dialog.drill_page.answer_input
    _key(qtbot, dialog, Qt.Key.Key_Tab)  # from the drill into the answer field
    assert QApplication.focusWidget() is field
    QTest.keyClicks(field, "Yes we are 1 2")  # Space and digits type while typing
    assert not dialog.drill_page.revealed
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.drill_page.answers.isVisible()
    assert dialog.drill_page.your_words.toPlainText() == "Yes we are 1 2"
    assert dialog.drill_page.your_words.isVisible()
    prepared = dialog.drill_page.prepared.toPlainText()
    assert prepared.index(REFRAME) < prepared.index("I'll take that as a compliment")
    assert "Then ask: What matters most to you in a supplier?" in prepared


def test_cram_leaves_the_schedule_alone(qtbot: QtBot, library: Library) -> None:
    clock = FakeClock()
    first = objection_ids(library)[0]
    dialog = _dialog(qtbot, library, [DrillItem(first, cram=True)], clock)
    assert dialog.drill_page.cram_note.isVisible()
    _key(qtbot, dialog, Qt.Key.Key_Space)
    assert "\n" not in dialog.drill_page.grade_buttons[Rating.Good].text()  # no interval
    _key(qtbot, dialog, Qt.Key.Key_4)
    with library.read() as connection:
        assert read_states(connection) == {}
        assert [log.is_cram for log in read_logs(connection)] == [True]


def test_undo_asks_the_same_objection_again(qtbot: QtBot, library: Library) -> None:
    clock = FakeClock()
    first = objection_ids(library)[0]
    dialog = _dialog(qtbot, library, [DrillItem(first)], clock)
    _key(qtbot, dialog, Qt.Key.Key_Space)
    _key(qtbot, dialog, Qt.Key.Key_4)
    assert dialog.stack.currentWidget() is dialog.summary_page
    assert dialog.summary_page.undo_button.isVisible()
    QTest.keyClick(dialog.summary_page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.stack.currentWidget() is dialog.drill_page
    assert not dialog.drill_page.revealed
    with library.read() as connection:
        assert read_states(connection) == {}
        assert read_logs(connection) == []


def test_an_empty_session_says_so(qtbot: QtBot, library: Library) -> None:
    dialog = _dialog(qtbot, library, [], FakeClock())
    assert dialog.stack.currentWidget() is dialog.summary_page
    assert dialog.summary_page.title.text() == "Nothing to drill right now."
    assert not dialog.summary_page.undo_button.isVisible()
    QTest.mouseClick(dialog.summary_page.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_leech_is_flagged_while_drilled_and_in_the_summary(
    qtbot: QtBot, library: Library
) -> None:
    clock = FakeClock()
    persistent = objection_id(library, PERSISTENT)
    session = DrillSession(
        library, [DrillItem(persistent)], scheduler=Scheduler(), clock=clock, zone=ZONE
    )
    session.grade(Rating.Easy)
    for _ in range(3):
        clock.advance(days=20)
        session = DrillSession(
            library, [DrillItem(persistent)], scheduler=Scheduler(), clock=clock, zone=ZONE
        )
        session.grade(Rating.Again)
        clock.advance(minutes=15)
        session.grade(Rating.Good)
    clock.advance(days=20)
    dialog = _dialog(qtbot, library, [DrillItem(persistent)], clock)
    assert not dialog.drill_page.leech_note.isVisible()
    _key(qtbot, dialog, Qt.Key.Key_Space)
    _key(qtbot, dialog, Qt.Key.Key_1)  # the fourth lapse
    clock.advance(minutes=15)
    assert dialog.drill_page.leech_note.isVisible()
    _key(qtbot, dialog, Qt.Key.Key_Space)
    _key(qtbot, dialog, Qt.Key.Key_3)
    assert html.escape(QLocale().quoteString(PERSISTENT)) in dialog.summary_page.body.text()
    assert "rewrite them" in dialog.summary_page.body.text()
