"""The Calls page on a narrow window, in English and German, and with nothing in it yet."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from einwandfrei.resources import resource
from einwandfrei.store.calls.plan_lists import PlanSection
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.calls.calls_view import CallsView
from tests.calls_support import make_context
from tests.ui.calls.test_calls_view import fill

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NARROWEST = 820  # the page must fit a window about 800 pixels wide


@pytest.fixture
def fusion(qapp: QApplication) -> Iterator[None]:
    """The Fusion style, the one the screenshots and Linux desktops without a theme use."""
    previous = qapp.style().name()
    qapp.setStyle("Fusion")
    yield
    qapp.setStyle(previous)


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """English (United States), or German (Switzerland) with this feature's and Qt's catalogue."""
    language: str = request.param
    previous = QLocale()
    translators: list[QTranslator] = []
    keep: list[bytes] = []
    if language == "de":
        QLocale.setDefault(QLocale("de_CH"))
        mine = QTranslator()
        keep.append(resource("translations", "planning_de.qm").read_bytes())
        assert mine.load(keep[0])
        qt = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        assert qt.load(QLocale("de"), "qtbase", "_", folder)
        translators += [mine, qt]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    for translator in translators:
        qapp.installTranslator(translator)
    yield language
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def hosted(qtbot: QtBot, library: Library) -> tuple[QWidget, CallsView]:
    """The view inside a window, as the main window holds it (not a window of its own)."""
    host = QWidget()
    qtbot.addWidget(host)
    context = make_context(library)
    view = CallsView(library, context.undo_stack, host, context=context)
    QVBoxLayout(host).addWidget(view)
    host.resize(800, 600)
    host.show()
    qtbot.waitExposed(host)
    return host, view


@pytest.mark.usefixtures("fusion")
def test_the_page_fits_a_narrow_window(qtbot: QtBot, library: Library, language: str) -> None:
    fill(library)
    host, view = hosted(qtbot, library)
    for section in PlanSection:
        view.show_section(section)
        width = view.minimumSizeHint().width()
        assert width <= NARROWEST, (language, section, width)
    # Every button that acts on a plan is whole at 800 pixels, not cut off at the right.
    view.show_section(PlanSection.ALL)
    QApplication.processEvents()  # the layout follows the buttons shown for the section
    assert view.width() <= 800
    for button in (view.open_button, view.log_button, view.next_button, view.delete_button):
        assert button.isVisible()
        assert button.width() >= button.minimumSizeHint().width(), button.text()
        right = button.mapTo(host, button.rect().topRight()).x()
        assert right < host.width(), button.text()
    assert view.prepare_button.isVisible()


@pytest.mark.usefixtures("fusion")
def test_the_empty_page_fits_a_narrow_window(
    qtbot: QtBot, empty_library: Library, language: str
) -> None:
    _host, view = hosted(qtbot, empty_library)
    assert view.minimumSizeHint().width() <= NARROWEST, language


def test_an_empty_page_says_how_to_start(
    qtbot: QtBot, empty_library: Library, language: str
) -> None:
    _host, view = hosted(qtbot, empty_library)
    assert view.section() is PlanSection.UPCOMING
    note = view.empty_note.text()
    assert view.empty_note.isVisible()
    assert view.table.isVisible()  # the page still puts the keyboard there
    # What the empty page does not need: the plan's buttons and an empty preview.
    assert not view.plan_actions.isVisible()
    assert not view.detail.isVisible()
    assert view.prepare_button.isVisible() and view.prepare_button.isEnabled()
    if language == "de":
        assert "Strg+Umschalt+P" in note and "Ctrl" not in note, note
        assert "Gespräch vorbereiten…" in note, note
    else:
        assert (
            note
            == "No calls planned yet. To plan one, click Prepare a call… or press Ctrl+Shift+P."
        )
    # The label sits in the middle of the table.
    centre = view.empty_note.mapTo(view.table, view.empty_note.rect().center())
    table_centre = view.table.viewport().mapTo(view.table, view.table.viewport().rect().center())
    assert abs(centre.x() - table_centre.x()) <= 2
    assert abs(centre.y() - table_centre.y()) <= 2


def test_a_plan_hides_the_empty_note_and_no_selection_shows_a_placeholder(
    qtbot: QtBot, library: Library
) -> None:
    fill(library)
    _host, view = hosted(qtbot, library)
    assert not view.empty_note.isVisible()
    assert view.plan_actions.isVisible()
    assert view.detail.currentWidget() is view.preview
    view.table.clearSelection()
    assert view.detail.currentWidget() is view.no_selection
    assert view.no_selection.isVisible()
    assert view.no_selection.text() == "Select a plan to see it here."
    view.show_section(PlanSection.TRASH)
    assert view.empty_note.isVisible()
    assert view.empty_note.text() == "The Trash is empty."
