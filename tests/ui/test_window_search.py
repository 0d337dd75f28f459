"""Search as you type: the list narrows, matches are marked, Esc clears."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.ui.library.objection_table_model import Column
from einwandfrei.ui.library.search_highlight import MatchDelegate
from einwandfrei.ui.shell.main_window import MainWindow
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

pytestmark = OFFSCREEN_SIZE_HINTS


def marked_query(window: MainWindow) -> str:
    """The words marked in the list now ("" while none are)."""
    delegate = window.library_page.list_view.itemDelegateForColumn(Column.TEXT)
    if delegate is window.library_page.list_view.match_delegate:
        return str(getattr(delegate, "query", ""))
    return ""


def texts(window: MainWindow) -> list[str]:
    return [
        window.library_page.model.index(row, Column.TEXT).data()
        for row in range(window.library_page.model.rowCount())
    ]


def test_typing_narrows_the_list(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    search = window.search
    search.setFocus()
    QTest.keyClicks(search, "pers")
    qtbot.waitUntil(lambda: window.library_page.browser.query == "pers")
    assert window.library_page.model.total() < 49
    # "person" (in the text and a phrasing of "I'm not the right person …") and "persistent".
    assert "You are persistent!" in texts(window)[:2]
    narrowed = window.library_page.model.total()
    QTest.keyClicks(search, "istent")
    qtbot.waitUntil(lambda: window.library_page.browser.query == "persistent")
    assert window.library_page.model.total() <= narrowed
    assert texts(window)[0] == "You are persistent!"
    # The best match is shown in the editor once typing pauses, its words marked.
    qtbot.waitUntil(lambda: window.library_page.editor.text.toPlainText() == "You are persistent!")
    # The words are marked in the list once typing pauses.
    qtbot.waitUntil(lambda: marked_query(window) == "persistent")
    delegate = window.library_page.list_view.itemDelegateForColumn(Column.TEXT)
    assert isinstance(delegate, MatchDelegate)
    QTest.keyClick(search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.library_page.model.total() == 49)
    assert search.text() == ""
    assert marked_query(window) == ""
    assert (
        window.library_page.list_view.itemDelegateForColumn(Column.TEXT)
        is window.library_page.list_view.plain_delegate
    )


def test_search_ignores_umlauts_and_case(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    QTest.keyClicks(window.search, "EXPÉNS")
    qtbot.waitUntil(lambda: 0 < window.library_page.model.total() < 49)
    assert "That's too expensive." in texts(window)


def test_nothing_found_says_so(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    QTest.keyClicks(window.search, "zzzqqq")
    qtbot.waitUntil(lambda: window.library_page.model.total() == 0)
    assert "zzzqqq" in window.library_page.list_view.empty_message
    qtbot.waitUntil(
        lambda: window.library_page.editor.currentWidget() is window.library_page.editor.empty
    )
    assert window.library_page.current_objection_id() is None


def test_search_within_a_category(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    sidebar = window.library_page.sidebar
    model = sidebar.sidebar_model
    categories = model.index(1, 0)
    price_index = next(
        model.index(row, 0, categories)
        for row in range(model.rowCount(categories))
        if model.index(row, 0, categories).data() == "Price"
    )
    price = model.view_at(price_index)
    assert price is not None
    sidebar.setCurrentIndex(price_index)  # as a click does
    assert window.library_page.browser.view == price
    assert window.library_page.model.total() == 6
    QTest.keyClicks(window.search, "compet")
    qtbot.waitUntil(lambda: window.library_page.model.total() == 1)
    assert texts(window) == ["The competition is cheaper."]


def test_down_moves_from_the_search_to_the_list(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    window.search.setFocus()
    QTest.keyClicks(window.search, "email")
    QTest.keyClick(window.search, Qt.Key.Key_Down)
    assert window.library_page.list_view.hasFocus()


def test_sidebar_views(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    window.library_page.sidebar.select_view(LibraryPart(PartKind.FAVOURITES))
    assert window.library_page.model.total() == 5
    window.library_page.sidebar.select_view(LibraryPart(PartKind.TRASH))
    assert window.library_page.model.total() == 0
    assert window.library_page.list_view.empty_message == "The Trash is empty."
    window.library_page.sidebar.select_view(LibraryPart(PartKind.RECENT))
    assert window.library_page.model.total() == 49


def test_sorting_by_a_column(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    header = window.library_page.list_view.horizontalHeader()
    header.sectionClicked.emit(Column.TEXT)
    ordered = texts(window)
    assert ordered == sorted(ordered, key=str.casefold)
    header.sectionClicked.emit(Column.TEXT)
    assert texts(window) == list(reversed(ordered))
    window.actions_.library_order.trigger()
    assert texts(window)[0] == "That's too expensive."


def test_search_results_come_in_pages(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import einwandfrei.ui.library.browser as browser_module

    monkeypatch.setattr(browser_module, "SEARCH_FIRST", 3)  # a tiny first page
    window = main_window
    window.search.setText("the")
    window.search.flush()
    assert window.library_page.model.total() == 3
    root = window.library_page.model.index(-1, -1)
    assert window.library_page.model.canFetchMore(root)
    window.library_page.model.fetchMore(root)  # as scrolling to the end does
    assert 3 < window.library_page.model.total() <= 15
    assert len(set(window.library_page.model.ids())) == window.library_page.model.total()
