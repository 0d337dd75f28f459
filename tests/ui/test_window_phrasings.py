"""“How customers say it” in the editor: add, edit, reorder and remove phrasings by keyboard, each
an undo step; search finds the objection by them at once. An older index is rebuilt on open."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from einwandfrei.store.library.search import search_ids
from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.shell.reindex_progress import ReindexProgress
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory
from tests.ui.test_window_editing import stored

pytestmark = OFFSCREEN_SIZE_HINTS

CTRL = Qt.KeyboardModifier.ControlModifier


def _found(window: MainWindow, query: str) -> list[int]:
    assert window.library is not None
    with window.library.read() as connection:
        return search_ids(connection, query, limit=5)


def test_phrasings_are_shown_added_edited_moved_removed_and_undone(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    window = main_window
    editor = window.library_page.editor
    objection_id = window.library_page.current_objection_id()
    assert objection_id is not None
    shipped = stored(window, objection_id).phrasings
    assert len(shipped) >= 3  # the starter library's
    assert editor.phrasings.phrasings() == shipped

    field = editor.phrasings.input
    field.setFocus()
    QTest.keyClicks(field, "  Thats  a whole lotta dough ")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == ""
    assert stored(window, objection_id).phrasings == (*shipped, "Thats a whole lotta dough")
    assert _found(window, "lotta dough")[0] == objection_id
    # The same again (ignoring case) is not a second phrasing.
    QTest.keyClicks(field, "thats a WHOLE lotta dough")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert stored(window, objection_id).phrasings == (*shipped, "Thats a whole lotta dough")

    view = editor.phrasings.list.view
    view.setFocus()
    assert editor.phrasings.list.current_row() == len(shipped)
    QTest.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert stored(window, objection_id).phrasings[-2] == "Thats a whole lotta dough"
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert "Thats a whole lotta dough" not in stored(window, objection_id).phrasings
    assert _found(window, "lotta dough") == []

    window.features.library.undo()  # the removal
    assert stored(window, objection_id).phrasings[-2] == "Thats a whole lotta dough"
    qtbot.waitUntil(lambda: "Thats a whole lotta dough" in editor.phrasings.phrasings())
    window.features.library.undo()  # the move
    window.features.library.undo()  # the addition
    assert stored(window, objection_id).phrasings == shipped
    qtbot.waitUntil(lambda: editor.phrasings.phrasings() == shipped)
    window.features.library.redo()
    assert stored(window, objection_id).phrasings == (*shipped, "Thats a whole lotta dough")


def test_a_phrasing_is_edited_in_place(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    editor = window.library_page.editor
    objection_id = window.library_page.current_objection_id()
    assert objection_id is not None
    first = stored(window, objection_id).phrasings[0]
    view = editor.phrasings.list.view
    view.setFocus()
    editor.phrasings.list.select_row(0)
    QTest.keyClick(view, Qt.Key.Key_F2)
    line = view.focusWidget()
    assert line is not None and line is not view
    QTest.keySequence(line, "Ctrl+A")
    QTest.keyClicks(line, "Way out of our league")
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(window, objection_id).phrasings[0] == "Way out of our league")
    assert first not in stored(window, objection_id).phrasings


def test_an_older_index_is_rebuilt_once_with_a_progress_bar(
    make_window: WindowFactory, data_dir: Path, starter_templates: dict[str, Path]
) -> None:
    shutil.copytree(starter_templates["en"], data_dir)
    with sqlite3.connect(data_dir / "library.sqlite3") as db:
        db.execute("DELETE FROM library_meta WHERE key = 'search_format'")
        before = db.execute("SELECT id, text, updated_at FROM objections ORDER BY id").fetchall()
    db.close()
    window = make_window()
    progress = window.findChild(ReindexProgress)
    assert progress is not None
    assert progress.last == (len(before), len(before))
    assert progress.bar is None  # gone once done
    assert _found(window, "reorganization")  # found by the new index
    with sqlite3.connect(data_dir / "library.sqlite3") as db:
        after = db.execute("SELECT id, text, updated_at FROM objections ORDER BY id").fetchall()
    db.close()
    assert after == before  # nothing else changed
    window.close()
    again = make_window()
    assert again.findChild(ReindexProgress).last is None  # type: ignore[union-attr]
