"""The plan's summary quotes the expected objections as the interface's language does."""

from __future__ import annotations

import html
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from einwandfrei.store.db.connection import Library
from einwandfrei.ui.calls.wizard.summary_html import plan_html
from einwandfrei.ui.calls.wizard.summary_page import SummaryPage
from tests.calls_support import make_context
from tests.store.plan_fixtures import ready_plan


@pytest.fixture
def restore_locale() -> Iterator[None]:
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


@pytest.mark.usefixtures("restore_locale")
@pytest.mark.parametrize(
    ("locale", "opening", "closing"),
    [("de_CH", "„", "“"), ("de_DE", "„", "“"), ("en_US", "“", "”"), ("en_GB", "“", "”")],
)
def test_expected_objections_are_quoted_as_the_locale_quotes(
    library: Library, locale: str, opening: str, closing: str
) -> None:
    QLocale.setDefault(QLocale(locale))
    plan = ready_plan(library)
    page = plan_html(plan)
    for objection in plan.objections:
        assert f"<b>{opening}{html.escape(objection.objection_text)}{closing}</b>" in page
    if opening == "„":
        assert "”" not in page  # no English closing quote left in German


@pytest.mark.usefixtures("restore_locale")
def test_the_german_summary_page_shows_german_quotes(qtbot: QtBot, library: Library) -> None:
    QLocale.setDefault(QLocale("de_CH"))
    page = SummaryPage(make_context(library))
    qtbot.addWidget(page)
    plan = ready_plan(library)
    page.show_plan(plan)
    shown = page.browser.toPlainText()
    assert f"„{plan.objections[0].objection_text}“" in shown
    assert "”" not in shown
