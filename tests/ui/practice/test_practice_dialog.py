"""The drill dialog, driven by keys and buttons over a real library with an injected clock."""

from __future__ import annotations

import html
import random
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fsrs import Card, Rating, Scheduler
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from einwandfrei.drills.queue import DrillItem
from einwandfrei.drills.session import DrillSession
from einwandfrei.i18n import install_translators
from einwandfrei.store.db.connection import Library
from einwandfrei.store.practice.review_state import read_logs, read_states
from einwandfrei.ui.practice.drill_dialog import PracticeDialog
from einwandfrei.ui.widgets.secondary_text import contrast_ratio
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


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """German translations (and Qt's own) for the test, English again afterwards."""
    translators = install_translators(qapp, "de")
    assert translators, "the German translations did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def test_german_hints_name_the_keys_as_german_qt_does(
    qtbot: QtBot, library: Library, german: None
) -> None:
    dialog = _dialog(qtbot, library, [DrillItem(objection_ids(library)[0])], FakeClock())
    hint = dialog.drill_page.hint.text()
    assert "Strg+Z: Bewertung zurücknehmen" in hint
    assert "Ctrl" not in hint
    placeholder = dialog.drill_page.answer_input.placeholderText()
    assert placeholder.endswith("Strg+Enter.")
    assert "Ctrl" not in placeholder


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _readable_and_quieter(label: QLabel, background: QColor, text: QColor) -> None:
    """Drawn enabled, at least 4.5:1 against `background`, yet not in the full `text` colour."""
    assert label.isVisible()
    assert label.isEnabled()
    colour = label.palette().color(QPalette.ColorRole.WindowText)
    assert contrast_ratio(colour, background) >= 4.5
    assert colour != text


def test_the_key_hint_and_the_category_line_are_readable_in_light_and_dark(
    qtbot: QtBot, library: Library
) -> None:
    dialog = _dialog(qtbot, library, [DrillItem(objection_id(library, PERSISTENT))], FakeClock())
    page = dialog.drill_page
    assert page.meta_label.text()  # the objection's category and tags
    for palette in (QApplication.palette(), _dark_palette()):
        dialog.setPalette(palette)
        background = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        _readable_and_quieter(page.hint, background, text)
        _readable_and_quieter(page.meta_label, background, text)


def test_your_words_are_as_large_as_the_prepared_answers_beside_them(
    qtbot: QtBot, library: Library
) -> None:
    dialog = _dialog(qtbot, library, [DrillItem(objection_id(library, PERSISTENT))], FakeClock())
    page = dialog.drill_page
    page.answer_input.setPlainText("Yes, and for good reason.")
    dialog.reveal()
    assert page.your_words.isVisible() and page.prepared.isVisible()
    assert page.your_words.font().pointSizeF() == page.prepared.font().pointSizeF()
    assert (
        page.your_words.document().defaultFont().pointSizeF()
        == page.prepared.document().defaultFont().pointSizeF()
    )


def test_contrast_ratio_follows_wcag() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#bebebe"), QColor("#efefef")) < 1.7
