"""The objections page searches the library once typing pauses, and adds a match with Enter."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection

from einwandfrei.planning.library_content import ObjectionRecord
from einwandfrei.planning.plan import PlanStatus
from einwandfrei.planning.validation import Step
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.search import search
from einwandfrei.ui.calls.wizard import PreCallWizard
from einwandfrei.ui.calls.wizard.objections_page import SEARCH_LIMIT, ObjectionsPage
from einwandfrei.ui.library.search_field import FIRST_LETTER_MS
from tests.calls_support import english_locale, make_context
from tests.store.plan_fixtures import ready_plan

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("english_locale"),
]
__all__ = ["english_locale"]


def objections_page(qtbot: QtBot, library: Library) -> ObjectionsPage:
    plan = replace(ready_plan(library), status=PlanStatus.DRAFT, objections=())
    wizard = PreCallWizard(make_context(library), plan)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    while wizard.currentId() < Step.OBJECTIONS:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() > before, wizard.currentPage().title()
    page = wizard.currentPage()
    assert isinstance(page, ObjectionsPage)
    page.search.setFocus()
    return page


def test_typing_searches_once_and_enter_on_a_result_adds_it(qtbot: QtBot, library: Library) -> None:
    page = objections_page(qtbot, library)
    queries: list[str] = []

    def counting(connection: Connection, query: str, limit: int) -> list[ObjectionRecord]:
        queries.append(query)
        return search(connection, query, limit)

    page.picker.search_function = counting
    page.search.setFocus()
    QTest.keyClicks(page.search, "you")
    qtbot.waitUntil(lambda: queries == ["you"])
    qtbot.wait(FIRST_LETTER_MS + 100)
    assert queries == ["you"]
    with library.read() as connection:
        found = search(connection, "you", SEARCH_LIMIT)
    assert len(found) > 1 and page.results_model.items == tuple(found)

    QTest.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.waitUntil(page.results.hasFocus)
    QTest.keyClick(page.results, Qt.Key.Key_Down)
    QTest.keyClick(page.results, Qt.Key.Key_Return)
    assert [planned.objection_id for planned in page.planned_model.items] == [found[1].id]
    assert page.planned_model.items[0].response_id == found[1].responses[0].id
    assert page.wizard().currentPage() is page  # Enter added; it did not press Next


def test_one_letter_is_searched_on_enter_only(qtbot: QtBot, library: Library) -> None:
    page = objections_page(qtbot, library)
    queries: list[str] = []

    def counting(connection: Connection, query: str, limit: int) -> list[ObjectionRecord]:
        queries.append(query)
        return search(connection, query, limit)

    page.picker.search_function = counting
    QTest.keyClicks(page.search, "t")
    qtbot.wait(FIRST_LETTER_MS + 100)
    assert queries == [] and page.results_model.rowCount() == 0
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert queries == ["t"] and page.results_model.rowCount() > 0
    assert page.planned_model.rowCount() == 0
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert [p.objection_id for p in page.planned_model.items] == [page.results_model.items[0].id]
