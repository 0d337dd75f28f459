"""One change bus: a pause in typing costs one write, and only the views it concerns read again."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Connection

from einwandfrei.planning.changes import Aspect, Change
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.library.objection_table_model import Column
from einwandfrei.ui.shell.main_window import MainWindow
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

pytestmark = OFFSCREEN_SIZE_HINTS


class Uses:
    """Who opens the library for reading and writing (the function that asked, by name)."""

    def __init__(self, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reads: list[str] = []
        self.writes: list[str] = []
        read, write = library.read, library.write

        @contextlib.contextmanager
        def counted_read() -> Iterator[Connection]:
            self.reads.append(sys._getframe(2).f_code.co_qualname)
            with read() as connection:
                yield connection

        @contextlib.contextmanager
        def counted_write() -> Iterator[Connection]:
            self.writes.append(sys._getframe(2).f_code.co_qualname)
            with write() as connection:
                yield connection

        monkeypatch.setattr(library, "read", counted_read)
        monkeypatch.setattr(library, "write", counted_write)

    def clear(self) -> None:
        self.reads.clear()
        self.writes.clear()


def _type_and_pause(window: MainWindow, qtbot: QtBot, field: QWidget, words: str) -> None:
    """Type at the end of a field and wait until the pause in typing saved it."""
    steps = window.undo_stack.index()
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, words)
    qtbot.waitUntil(lambda: window.undo_stack.index() == steps + 1)
    QApplication.processEvents()  # whatever the change queued runs, and the list repaints


def test_a_pause_in_typing_writes_once_and_reads_back_only_the_list_row(
    main_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    assert window.library is not None
    objection_id = window.library_page.current_objection_id()
    assert objection_id is not None
    heard: list[Change] = []
    window.bus.changed.connect(heard.append)
    uses = Uses(window.library, monkeypatch)

    _type_and_pause(window, qtbot, window.library_page.editor.text, " Really")
    # One write; neither the editor (which holds those words) nor the Due list, the Calls view
    # or the drills count (which do not show them) read anything. At most the list's row is
    # read again when it repaints, as it shows the objection's words.
    assert uses.writes == ["set_objection_text"]
    assert set(uses.reads) <= {"LibraryBrowser._read_rows"} and len(uses.reads) <= 1
    assert heard == [Change.about([objection_id], Aspect.TEXT)]
    assert heard[0].origin is window.library_page.editor
    assert window.library_page.editor.text.toPlainText() == "That's too expensive. Really"
    row = window.library_page.model.row_of(objection_id)
    assert row is not None
    assert (
        window.library_page.model.index(row, Column.TEXT).data() == "That's too expensive. Really"
    )

    # A response's words: the same.
    card = window.library_page.editor.responses.cards()[0]
    uses.clear()
    _type_and_pause(window, qtbot, card.text, " Honestly.")
    assert uses.writes == ["set_response_text"]
    assert set(uses.reads) <= {"LibraryBrowser._read_rows"} and len(uses.reads) <= 1

    # Undone, the words come from the undo stack: the editor reads them back in.
    uses.clear()
    heard.clear()
    window.features.library.undo()
    window.features.library.undo()
    assert [change.origin for change in heard] == [window.undo_stack] * 2
    assert uses.reads.count("LibraryFeature._read_detail") == 2
    assert window.library_page.editor.text.toPlainText() == "That's too expensive."
