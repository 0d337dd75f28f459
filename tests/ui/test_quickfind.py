"""Quick-find: type a few letters of what the customer said, read and copy the best answer."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from einwandfrei.i18n import install_translators
from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.db.connection import Library
from einwandfrei.store.models import Objection, Response
from einwandfrei.ui.practice.quickfind import QuickFindAction, QuickFindWindow
from einwandfrei.ui.practice.quickfind.standalone import open_quick_find
from einwandfrei.ui.widgets.secondary_text import contrast_ratio
from tests.practice_support import objection_id

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

REFRAME_EN = "Yes, we are, in everything: in delivery, in quality, in creating value for you."
REFRAME_DE = "Ja, wir sind hartnäckig – und zwar in allem: in der Leistung, in der Qualität"


@pytest.fixture
def german_library(data_dir: Path) -> Iterator[Library]:
    """A new library with the German starter library."""
    with open_data_folder(data_dir, language="de") as opened:
        yield opened


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _quoted(markup: str) -> str:
    """Rich text in the quotation marks of the user's language."""
    opening, closing = QLocale().quoteString("|").split("|")
    return html.escape(opening) + markup + html.escape(closing)


def _window(qtbot: QtBot, library: Library, settings: QSettings) -> QuickFindWindow:
    window = QuickFindWindow(library, settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.waitUntil(lambda: window.status.text() != "Opening the library…")
    return window


def _type(qtbot: QtBot, window: QuickFindWindow, text: str) -> None:
    """Type `text` and wait until all its matches are listed."""
    with qtbot.waitSignal(window.matchesShown, check_params_cb=lambda query: query == text):
        QTest.keyClicks(window.field, text)


def test_hartn_finds_the_persistence_reframe_in_german(
    qtbot: QtBot, german_library: Library, settings: QSettings
) -> None:
    window = _window(qtbot, german_library, settings)
    _type(qtbot, window, "hartn")
    assert window.objection.text() == _quoted("Sie sind aber <b>hartn</b>äckig!")
    assert window.answer.text().startswith(REFRAME_DE)
    assert window.details.text().startswith("Umdeuten")


def test_persist_finds_the_persistence_reframe_in_english(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    window = _window(qtbot, library, settings)
    _type(qtbot, window, "persist")
    assert window.answer.text().startswith(REFRAME_EN)
    QTest.keyClick(window.field, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text().startswith(REFRAME_EN)
    assert window.status.text() == "Copied to the clipboard."


def test_arrows_walk_the_matches_and_page_keys_the_answers(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    window = _window(qtbot, library, settings)
    _type(qtbot, window, "call")
    assert len(window.records) >= 2
    first, second = window.records[0], window.records[1]
    QTest.keyClick(window.field, Qt.Key.Key_Down)
    assert window.matches.currentRow() == 1
    assert window.answer.text() == second.responses[0].text
    QTest.keyClick(window.field, Qt.Key.Key_Up)
    QTest.keyClick(window.field, Qt.Key.Key_Up)  # stays on the first
    assert window.answer.text() == first.responses[0].text
    QTest.keyClick(window.field, Qt.Key.Key_PageDown)
    assert window.answer.text() == first.responses[1].text
    assert "answer 2 of" in window.details.text()
    QTest.keyClick(window.field, Qt.Key.Key_Escape)
    assert window.field.text() == ""
    assert window.answer.text() == ""
    assert window.matches.count() == 0


def test_the_answer_that_worked_best_is_shown_first(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    persistent = objection_id(library, "You are persistent!")
    with library.session() as session:
        responses = session.scalars(
            select(Response).where(Response.objection_id == persistent).order_by(Response.position)
        ).all()
        responses[2].times_used, responses[2].times_worked = 4, 3
        responses[0].times_used, responses[0].times_worked = 4, 1
        third = responses[2].text
    window = _window(qtbot, library, settings)
    _type(qtbot, window, "persist")
    assert window.answer.text() == third


def test_stale_answers_are_dropped_and_changes_searched_again(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    window = _window(qtbot, library, settings)
    _type(qtbot, window, "persist")
    window._show_results("pe", [], True)  # an answer for text typed earlier arrives late
    assert window.answer.text().startswith(REFRAME_EN)
    persistent = objection_id(library, "You are persistent!")
    with library.session() as session:
        objection = session.get(Objection, persistent)
        assert objection is not None
        objection.text = "You are so persistent!"
    with qtbot.waitSignal(window.matchesShown):
        window.invalidate()
    assert window.objection.text() == _quoted("You are so <b>persist</b>ent!")


def test_nothing_found_says_so_where_the_answer_would_be(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    window = _window(qtbot, library, settings)
    _type(qtbot, window, "xyzzy")
    assert window.records == []
    nothing = window.nothing
    assert nothing.isVisible()
    assert nothing.isEnabled()
    assert nothing.text().startswith("Nothing matches")
    # Up where the answer goes, right below the field, not in the status line at the bottom.
    assert nothing.geometry().top() < window.height() // 3
    assert nothing.geometry().bottom() < window.status.geometry().top()
    palette = window.palette()
    background = palette.color(QPalette.ColorRole.Window)
    assert contrast_ratio(nothing.palette().color(QPalette.ColorRole.WindowText), background) >= 4.5
    assert window.status.isEnabled()
    status_colour = window.status.palette().color(QPalette.ColorRole.WindowText)
    assert contrast_ratio(status_colour, background) >= 4.5
    QTest.keyClick(window.field, Qt.Key.Key_Escape)
    assert not nothing.isVisible()
    _type(qtbot, window, "persist")
    assert not nothing.isVisible()
    assert window.answer.text().startswith(REFRAME_EN)


def test_the_pin_names_its_key_as_german_qt_does(
    qtbot: QtBot, qapp: QApplication, german_library: Library, settings: QSettings
) -> None:
    translators = install_translators(qapp, "de")
    try:
        assert translators, "the German translations did not load"
        window = QuickFindWindow(german_library, settings=settings)
        qtbot.addWidget(window)
        assert window.pin.toolTip() == "Dieses Fenster über allen anderen halten (Strg+T)"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")


def test_the_pin_keeps_the_window_on_top_and_is_remembered(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    window = _window(qtbot, library, settings)
    assert not window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    QTest.keyClick(window.field, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.pin.isChecked()
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.isVisible()
    window.close()
    again = _window(qtbot, library, settings)
    assert again.pin.isChecked()


def test_the_action_opens_one_window_on_the_main_windows_library(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    main = QMainWindow()
    qtbot.addWidget(main)
    holder = QuickFindAction(main, lambda: library, settings=settings)
    assert holder.action.objectName() == "actionQuickFind"
    assert holder.action.shortcut().toString() == "Ctrl+Shift+F"
    holder.action.trigger()
    window = holder.quick_find
    assert window is not None
    assert window.objectName() == "quickFind"
    qtbot.waitUntil(lambda: window.status.text() != "Opening the library…")
    _type(qtbot, window, "persist")
    holder.action.trigger()
    assert holder.quick_find is window
    window.close()


def test_alone_it_paints_before_the_library_opens(
    qtbot: QtBot, german_library: Library, data_dir: Path, settings: QSettings
) -> None:
    german_library.close()
    window = open_quick_find(data_dir, settings)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.status.text() == "Opening the library…"
    qtbot.waitUntil(lambda: window.status.text() != "Opening the library…", timeout=10_000)
    _type(qtbot, window, "hartn")
    assert window.answer.text().startswith(REFRAME_DE)
    window.close()
    window.shutdown()
