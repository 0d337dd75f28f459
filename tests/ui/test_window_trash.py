"""Deleting to the Trash, undoing it, restoring from the Trash and deleting for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.ui.shell.main_window import MainWindow
from tests.prompts_support import FakePrompts
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

pytestmark = OFFSCREEN_SIZE_HINTS

TRASH = LibraryPart(PartKind.TRASH)


def trash_count(window: MainWindow) -> str:
    model = window.library_page.sidebar.sidebar_model
    index = model.index_of(TRASH)
    return str(model.index(index.row(), 1, index.parent()).data())


def test_delete_with_the_key_and_undo(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    ids = window.library_page.model.ids()
    window.library_page.list_view.setFocus()
    window.library_page.browser.select_rows(ids[:2])
    QTest.keyClick(window.library_page.list_view, Qt.Key.Key_Delete)
    assert window.library_page.model.total() == 47
    assert (
        ids[0] not in window.library_page.model.ids()
        and ids[1] not in window.library_page.model.ids()
    )
    # The next objection is selected and shown.
    assert window.library_page.current_objection_id() == ids[2]
    qtbot.waitUntil(lambda: trash_count(window) == "2")
    window.features.library.undo()
    assert window.library_page.model.ids() == ids
    assert window.library_page.current_objection_id() in ids[:2]
    qtbot.waitUntil(lambda: trash_count(window) == "0")
    window.features.library.redo()
    assert window.library_page.model.total() == 47


def test_restore_from_the_trash(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    first = window.library_page.model.id_at(0)
    window.library_page.browser.select_rows([first])
    window.actions_.delete.trigger()
    window.library_page.sidebar.select_view(TRASH)
    assert window.library_page.model.ids() == [first]
    assert window.library_page.editor.trash_banner.isVisibleTo(window.library_page.editor)
    assert window.library_page.editor.text.isReadOnly()
    assert window.actions_.restore.isEnabled()
    window.actions_.restore.trigger()
    assert window.library_page.model.total() == 0
    window.library_page.sidebar.select_view(LibraryPart())
    assert first in window.library_page.model.ids()


def test_restore_button_in_the_editor(main_window: MainWindow) -> None:
    window = main_window
    first = window.library_page.model.id_at(0)
    window.library_page.browser.select_rows([first])
    window.actions_.delete.trigger()
    window.library_page.sidebar.select_view(TRASH)
    window.library_page.editor.restore_button.click()
    assert window.library_page.model.total() == 0


def test_delete_for_good_asks_and_can_be_undone(
    main_window: MainWindow, fake_prompts: FakePrompts
) -> None:
    window = main_window
    first = window.library_page.model.id_at(0)
    window.library_page.browser.select_rows([first])
    window.actions_.delete.trigger()
    window.library_page.sidebar.select_view(TRASH)
    window.library_page.browser.select_rows([first])
    fake_prompts.confirm_answer = False
    window.actions_.purge.trigger()
    assert window.library_page.model.ids() == [first]
    fake_prompts.confirm_answer = True
    window.actions_.empty_trash.trigger()
    assert fake_prompts.kinds() == ["confirm", "confirm"]
    assert window.library_page.model.total() == 0
    assert window.library is not None
    with window.library.read() as connection:
        from sqlalchemy import text

        assert (
            connection.execute(
                text("SELECT count(*) FROM objections WHERE id = :id"), {"id": first}
            ).scalar_one()
            == 0
        )
    window.features.library.undo()
    assert window.library_page.model.ids() == [first]


def test_drop_on_the_sidebar_moves_and_deletes(main_window: MainWindow) -> None:
    window = main_window
    ids = window.library_page.model.ids()[:2]
    model = window.library_page.sidebar.sidebar_model
    mime = window.library_page.model.mimeData(
        [window.library_page.model.index(0, 0), window.library_page.model.index(1, 0)]
    )
    trash = model.index_of(TRASH)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, trash)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, trash)
    assert not set(ids) & set(window.library_page.model.ids())
    window.features.library.undo()
    favourites = model.index_of(LibraryPart(PartKind.FAVOURITES))
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, favourites)
    window.library_page.sidebar.select_view(LibraryPart(PartKind.FAVOURITES))
    assert set(ids) <= set(window.library_page.model.ids())
