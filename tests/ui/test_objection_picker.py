"""The objection picker: one search per burst of typing, short queries on Enter, keys to pick."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection

from einwandfrei.planning.library_content import ObjectionRecord
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import LibraryError, library_busy
from einwandfrei.store.library.search import search
from einwandfrei.ui.library.search_field import FIRST_LETTER_MS
from einwandfrei.ui.widgets.objection_picker import MIN_QUERY_LENGTH, ObjectionPicker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# Longer than any pause the field waits for before it searches.
SETTLE_MS = FIRST_LETTER_MS + 100


class CountingSearch:
    """The store's search, remembering each query it was asked."""

    def __init__(self) -> None:
        self.queries: list[str] = []

    def __call__(self, connection: Connection, query: str, limit: int) -> list[ObjectionRecord]:
        self.queries.append(query)
        return search(connection, query, limit)


def expected(library: Library, query: str, limit: int) -> list[ObjectionRecord]:
    with library.read() as connection:
        return search(connection, query, limit)


@pytest.fixture
def picked() -> list[ObjectionRecord]:
    return []


@pytest.fixture
def picker(
    qtbot: QtBot, library: Library, picked: list[ObjectionRecord]
) -> Iterator[ObjectionPicker]:
    widget = ObjectionPicker(
        library,
        names=("pickerSearch", "pickerResults", "pickerAdd", "pickerNew"),
        add_text="&Add",
        new_text="Add as &new",
        placeholder="Search…",
        limit=5,
    )
    widget.search_function = CountingSearch()
    widget.picked.connect(picked.append)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.field.setFocus()
    yield widget


def counted(picker: ObjectionPicker) -> list[str]:
    assert isinstance(picker.search_function, CountingSearch)
    return picker.search_function.queries


def test_typing_quickly_searches_once_and_shows_what_the_store_finds(
    qtbot: QtBot, library: Library, picker: ObjectionPicker
) -> None:
    QTest.keyClicks(picker.field, "expens")
    assert counted(picker) == []  # nothing searched while the keys come
    assert picker.add_button.isEnabled()  # a search is due: Add would run it
    qtbot.waitUntil(lambda: counted(picker) == ["expens"])
    qtbot.wait(SETTLE_MS)
    assert counted(picker) == ["expens"]
    records = picker.records()
    assert records and tuple(expected(library, "expens", 5)) == records
    assert picker.results.currentIndex().row() == 0
    assert [picker.model.index(row).data() for row in range(picker.model.rowCount())] == [
        record.text for record in records
    ]


def test_the_results_are_capped(qtbot: QtBot, picker: ObjectionPicker) -> None:
    QTest.keyClicks(picker.field, "you")
    qtbot.waitUntil(lambda: counted(picker) == ["you"])
    assert picker.model.rowCount() == picker.limit == 5


def test_one_letter_waits_for_enter(
    qtbot: QtBot, library: Library, picker: ObjectionPicker, picked: list[ObjectionRecord]
) -> None:
    assert MIN_QUERY_LENGTH == 2
    QTest.keyClicks(picker.field, "p")
    qtbot.wait(SETTLE_MS)
    assert counted(picker) == []
    assert picker.model.rowCount() == 0
    assert not picker.add_button.isEnabled() and picker.new_button.isEnabled()
    # Enter searches the short query and shows what it found; the next Enter adds the first.
    QTest.keyClick(picker.field, Qt.Key.Key_Return)
    assert counted(picker) == ["p"]
    records = expected(library, "p", 5)
    assert records and picker.records() == tuple(records)
    assert picked == []
    QTest.keyClick(picker.field, Qt.Key.Key_Return)
    assert picked == [records[0]]
    assert counted(picker) == ["p"]


def test_a_shorter_query_drops_the_results_without_searching(
    qtbot: QtBot, picker: ObjectionPicker
) -> None:
    QTest.keyClicks(picker.field, "email")
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0)
    for _ in range(4):
        QTest.keyClick(picker.field, Qt.Key.Key_Backspace)
    qtbot.wait(SETTLE_MS)
    assert picker.field.text() == "e"
    assert picker.model.rowCount() == 0
    assert counted(picker) == ["email"]


def test_enter_right_after_typing_adds_the_best_match(
    library: Library, picker: ObjectionPicker, picked: list[ObjectionRecord]
) -> None:
    QTest.keyClicks(picker.field, "send me an email")
    QTest.keyClick(picker.field, Qt.Key.Key_Return)
    assert counted(picker) == ["send me an email"]
    assert picked == expected(library, "send me an email", 1)


def test_the_keyboard_moves_between_field_and_results(
    qtbot: QtBot, library: Library, picker: ObjectionPicker, picked: list[ObjectionRecord]
) -> None:
    QTest.keyClicks(picker.field, "you")
    QTest.keyClick(picker.field, Qt.Key.Key_Down)  # searches now, then goes down
    assert counted(picker) == ["you"]
    qtbot.waitUntil(picker.results.hasFocus)
    assert picker.results.currentIndex().row() == 0
    QTest.keyClick(picker.results, Qt.Key.Key_Down)
    assert picker.results.currentIndex().row() == 1
    QTest.keyClick(picker.results, Qt.Key.Key_Return)
    assert picked == [expected(library, "you", 5)[1]]
    QTest.keyClick(picker.results, Qt.Key.Key_Up)
    QTest.keyClick(picker.results, Qt.Key.Key_Up)  # from the first row back to the field
    qtbot.waitUntil(picker.field.hasFocus)
    QTest.keyClick(picker.field, Qt.Key.Key_Escape)
    assert picker.field.text() == ""
    assert picker.model.rowCount() == 0


def test_add_as_new_hands_over_the_tidied_text(qtbot: QtBot, picker: ObjectionPicker) -> None:
    typed: list[str] = []
    picker.newTyped.connect(typed.append)
    assert not picker.new_button.isEnabled()
    QTest.keyClicks(picker.field, "  We are   moving offices ")
    QTest.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    assert typed == ["We are moving offices"]


def test_the_results_model(
    qtbot: QtBot, qtmodeltester: ModelTester, picker: ObjectionPicker
) -> None:
    QTest.keyClicks(picker.field, "price")
    picker.search_now()
    assert picker.model.rowCount() > 0
    qtmodeltester.check(picker.model)  # type: ignore[no-untyped-call]


def test_a_failed_search_is_explained_and_finds_nothing(
    picker: ObjectionPicker, qtbot: QtBot
) -> None:
    def failing(connection: Connection, query: str, limit: int) -> list[ObjectionRecord]:
        raise LibraryError(library_busy(Path("library.sqlite3")))

    picker.search_function = failing
    QTest.keyClicks(picker.field, "price")
    qtbot.waitUntil(lambda: picker.problem.isVisible())
    assert "is busy in another program" in picker.problem.text()
    assert picker.model.rowCount() == 0
    picker.search_function = CountingSearch()
    QTest.keyClicks(picker.field, "s")
    qtbot.waitUntil(lambda: not picker.problem.isVisible())
    assert picker.model.rowCount() > 0
