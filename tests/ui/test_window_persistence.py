"""Close the window, build it again on the same data folder: the library and the window state
are as they were left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.ui.library.objection_table_model import Column
from einwandfrei.ui.shell.main_window import MainWindow
from tests.prompts_support import FakePrompts
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory

pytestmark = OFFSCREEN_SIZE_HINTS


def test_everything_persists(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.actions_.new_objection.trigger()
    QTest.keyClicks(window.library_page.editor.text, "We never buy in December.")
    window.library_page.editor.flush()
    created = window.library_page.current_objection_id()
    assert created is not None
    window.library_page.editor.add_response()
    card = window.library_page.editor.responses.cards()[-1]
    QTest.keyClicks(card.text, "Then let us plan for January together.")
    QTest.keyClicks(card.follow_up, "Who decides in January?")
    window.library_page.editor.flush()
    window.features.library.edit_operations.toggle_favourite()
    first = window.library_page.model.ids()[0]
    window.library_page.browser.select_rows([first])
    window.actions_.delete.trigger()
    window.library_page.sidebar.select_view(LibraryPart(PartKind.FAVOURITES))
    window.library_page.browser.select(created)
    window.resize(780, 560)  # inside the offscreen screen (800 × 600), so it is restored as is
    window.library_page.setSizes([150, 250, 360])
    sizes = window.library_page.sizes()
    window.close()
    assert window.library is not None

    again = make_window()
    assert again is not window
    assert again.library_page.browser.view == LibraryPart(PartKind.FAVOURITES)
    assert again.library_page.current_objection_id() == created
    assert again.library_page.editor.text.toPlainText() == "We never buy in December."
    card = again.library_page.editor.responses.cards()[0]
    assert card.text.toPlainText() == "Then let us plan for January together."
    assert card.follow_up.text() == "Who decides in January?"
    assert again.library_page.editor.favourite.isChecked()
    assert again.size().width() == 780
    assert again.library_page.sizes() == sizes
    again.library_page.sidebar.select_view(LibraryPart(PartKind.TRASH))
    assert again.library_page.model.ids() == [first]
    # A new session starts a new undo history.
    assert again.undo_stack.count() == 0


def test_search_and_sort_come_back(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    QTest.keyClicks(window.search, "price")
    window.search.flush()
    window.library_page.list_view.horizontalHeader().sectionClicked.emit(Column.TEXT)
    found = window.library_page.model.ids()
    window.close()
    again = make_window()
    assert again.search.text() == "price"
    assert again.library_page.model.ids() == found
    header = again.library_page.list_view.horizontalHeader()
    assert header.sortIndicatorSection() == Column.TEXT
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_a_view_that_is_gone_falls_back_to_everything(
    make_window: WindowFactory, window_settings: object
) -> None:
    from PySide6.QtCore import QSettings

    assert isinstance(window_settings, QSettings)
    window_settings.setValue("library/view", "category:999")
    window_settings.setValue("library/objection", 999999)
    window = make_window()
    assert window.library_page.browser.view == LibraryPart()
    assert window.library_page.current_objection_id() == window.library_page.model.id_at(0)


def test_the_automatic_backup_runs_after_opening(make_window: WindowFactory) -> None:
    window = make_window()
    window.features.files.wait_for_background()
    backups = list((window.data_dir / "backups").glob("library-*.sqlite3"))
    assert len(backups) == 1


def test_a_closed_window_leaves_no_open_library(make_window: WindowFactory) -> None:
    window: MainWindow = make_window()
    window.close()
    assert not window.holds_lock()


def test_an_edit_that_cannot_be_saved_keeps_the_window_open(
    make_window: WindowFactory, qtbot: QtBot, fake_prompts: FakePrompts
) -> None:
    window = make_window()
    assert window.library is not None
    window.library_page.browser.select(window.library_page.model.id_at(0))
    saved_text = window.library_page.editor.text.toPlainText()
    # From here on SQLite itself refuses every write, as on a full disk or a file gone read-only.
    event.listen(
        window.library.engine,
        "connect",
        lambda connection, _record: connection.execute("PRAGMA query_only = ON"),
    )
    window.library.engine.dispose()
    window.library_page.editor.text.setFocus()
    QTest.keyClick(
        window.library_page.editor.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier
    )
    QTest.keyClicks(window.library_page.editor.text, " Really?")

    fake_prompts.confirm_answer = False
    window.close()
    assert window.isVisible()
    assert [title for kind, title, _ in fake_prompts.asked if kind == "confirm"] == [
        "Changes not saved"
    ]
    assert window.library_page.editor.text.toPlainText() == saved_text + " Really?"

    fake_prompts.confirm_answer = True
    window.close()
    assert not window.isVisible()


def test_a_saved_edit_closes_without_asking(
    make_window: WindowFactory, fake_prompts: FakePrompts
) -> None:
    window = make_window()
    window.library_page.browser.select(window.library_page.model.id_at(0))
    window.library_page.editor.text.setFocus()
    QTest.keyClicks(window.library_page.editor.text, " Really?")
    window.close()
    assert not window.isVisible()
    assert "confirm" not in fake_prompts.kinds()
