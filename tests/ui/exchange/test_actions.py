"""The window's calendar, contacts and deck actions, driven as a user would (menus, ticks, combo
boxes, buttons); file pickers and messages answered by the fake prompts."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from einwandfrei.planning.changes import Change
from einwandfrei.planning.contacts import ContactField
from einwandfrei.store.calls.customers import list_customers, read_customer
from einwandfrei.store.calls.plan_lists import PlanSection, list_plans
from einwandfrei.store.calls.plans import save_plan
from einwandfrei.ui.exchange.actions import ExchangeActions
from einwandfrei.ui.exchange.calendar_export_dialog import CalendarExportDialog
from einwandfrei.ui.exchange.calendar_import_dialog import WHEN, CalendarImportDialog
from einwandfrei.ui.exchange.contacts_import_dialog import ContactsImportDialog
from einwandfrei.ui.shell.main_window import MainWindow
from tests.interchange.calendar_support import assert_rfc5545
from tests.prompts_support import FakePrompts
from tests.store.plan_fixtures import ready_plan
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory

pytestmark = [OFFSCREEN_SIZE_HINTS, pytest.mark.qt_log_ignore("This plugin does not support")]

FIXTURES = Path(__file__).parents[2] / "interchange" / "fixtures"


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _exchange(qtbot: QtBot, window: MainWindow) -> ExchangeActions:
    feature = window.features.exchange
    qtbot.waitUntil(lambda: feature.actions is not None)
    assert feature.actions is not None
    return feature.actions


def _trigger(qtbot: QtBot, exchange: ExchangeActions, action_name: str) -> QDialog:
    action = next(
        a for a in exchange.file_actions + exchange.calls_actions if a.objectName() == action_name
    )
    with qtbot.waitSignal(exchange.dialogShown) as shown:
        action.trigger()
    dialog = shown.args[0]
    assert isinstance(dialog, QDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_menus_hold_the_actions(qtbot: QtBot, main_window: MainWindow) -> None:
    _exchange(qtbot, main_window)
    file_names = [a.objectName() for a in main_window.menu("file").actions()]
    position = file_names.index("actionExport")
    assert file_names[position + 1 : position + 3] == [
        "actionExportCalendar",
        "actionExportAnkiDeck",
    ]
    calls_names = [a.objectName() for a in main_window.menu("calls").actions()]
    assert calls_names[-2:] == ["actionImportMeetings", "actionImportContacts"]


def test_import_meetings_after_ticking(
    qtbot: QtBot,
    make_window: WindowFactory,
    fake_prompts: FakePrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from einwandfrei.ui.exchange import actions as exchange_actions

    class EarlyDecember(datetime):
        @classmethod
        def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
            return datetime(2026, 12, 1, tzinfo=UTC)

    monkeypatch.setattr(exchange_actions, "datetime", EarlyDecember)
    window = make_window()
    exchange = _exchange(qtbot, window)
    changes: list[Change] = []
    window.bus.changed.connect(changes.append)
    fake_prompts.open_file = FIXTURES / "calendar" / "outlook.ics"
    dialog = _trigger(qtbot, exchange, "actionImportMeetings")
    assert isinstance(dialog, CalendarImportDialog)
    table = dialog.table
    assert table.rowCount() == 4
    texts = [_cell(table, row, 2) for row in range(4)]
    assert texts == [
        "Pilot Q1 besprechen",
        "Angebot vorbereiten",
        "Offerte Wartungsvertrag",
        "Workshop Einführung",
    ]
    assert _cell(table, 1, 1) == "No customer found"
    item = table.item(1, WHEN)
    assert item is not None and not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "Left out: 1 recurring meeting, 1 all-day event" in dialog.left_out.text()
    assert len(dialog.chosen()) == 3
    # Untick the workshop with the keyboard: Space on its row.
    table.setFocus()
    table.setCurrentCell(3, 2)
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert [p.meeting.summary for p in dialog.chosen()] == [
        "Pilot Q1 besprechen",
        "Offerte Wartungsvertrag",
    ]
    with qtbot.waitSignal(window.bus.changed):
        QTest.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert changes[-1].plans and changes[-1].customers
    assert window.statusBar().currentMessage() == "Created 2 draft plans (2 new customers)."
    library = window.library
    assert library is not None
    with library.read() as connection:
        goals = sorted(plan.goal for plan in list_plans(connection, PlanSection.DRAFTS))
    assert goals == ["Offerte Wartungsvertrag", "Pilot Q1 besprechen"]
    # Again: the two are "imported before"; only the workshop is offered.
    dialog = _trigger(qtbot, exchange, "actionImportMeetings")
    assert isinstance(dialog, CalendarImportDialog)
    assert _cell(dialog.table, 0, 2) == "Pilot Q1 besprechen (imported before)"
    assert [p.meeting.summary for p in dialog.chosen()] == ["Workshop Einführung"]
    dialog.reject()


def test_a_file_that_is_no_calendar_is_one_warning(
    qtbot: QtBot, main_window: MainWindow, fake_prompts: FakePrompts
) -> None:
    exchange = _exchange(qtbot, main_window)
    fake_prompts.open_file = FIXTURES / "contacts" / "google.csv"
    exchange.import_meetings.trigger()
    assert fake_prompts.asked[-1] == (
        "warn",
        "Import Meetings from Calendar",
        "The file cannot be imported: it is not an iCalendar file (.ics).",
    )


def test_import_contacts_with_chosen_columns(
    qtbot: QtBot, main_window: MainWindow, fake_prompts: FakePrompts, tmp_path: Path
) -> None:
    exchange = _exchange(qtbot, main_window)
    changes: list[Change] = []
    main_window.bus.changed.connect(changes.append)
    crm = tmp_path / "crm.csv"
    crm.write_text(
        "Kunde;Betrieb;Mail;Tel\nAnna Keller;Müller AG;anna@x.ch;+41 44\nBen Frei;Frei GmbH;;\n",
        encoding="utf-8",
    )
    fake_prompts.open_file = crm
    dialog = _trigger(qtbot, exchange, "actionImportContacts")
    assert isinstance(dialog, ContactsImportDialog)
    assert dialog.recognised.text() == "Choose the column that holds the name."
    assert not dialog.import_button.isEnabled()
    dialog.choose_column(ContactField.NAME, "Kunde")
    dialog.choose_column(ContactField.COMPANY, "Betrieb")
    dialog.choose_column(ContactField.EMAIL, "Mail")
    assert dialog.table.rowCount() == 2
    assert _cell(dialog.table, 0, 0) == "Anna Keller"
    assert _cell(dialog.table, 0, 5) == "New customer"
    assert _cell(dialog.table, 0, 4) == ""  # no phone column chosen yet
    combo = dialog.columns[ContactField.PHONE]
    combo.setFocus()
    QTest.keyClicks(combo, "Tel")
    assert _cell(dialog.table, 0, 4) == "+41 44"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(main_window.bus.changed):
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert changes[-1] == Change.customer_details()
    assert main_window.statusBar().currentMessage() == (
        "New customers: 2; updated: 0; already up to date: 0."
    )
    library = main_window.library
    assert library is not None
    with library.read() as connection:
        anna = next(c for c in list_customers(connection) if c.name == "Anna Keller")
        assert read_customer(connection, anna.id or 0).phone == "+41 44"


def test_import_a_vcard_file_updates_instead_of_doubling(
    qtbot: QtBot, main_window: MainWindow, fake_prompts: FakePrompts
) -> None:
    exchange = _exchange(qtbot, main_window)
    fake_prompts.open_file = FIXTURES / "contacts" / "google.vcf"
    dialog = _trigger(qtbot, exchange, "actionImportContacts")
    assert isinstance(dialog, ContactsImportDialog)
    assert dialog.columns == {}
    assert dialog.recognised.text() == "Contacts in this vCard file: 2."
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    fake_prompts.open_file = FIXTURES / "contacts" / "apple.vcf"
    dialog = _trigger(qtbot, exchange, "actionImportContacts")
    assert isinstance(dialog, ContactsImportDialog)
    outcomes = [_cell(dialog.table, row, 5) for row in range(dialog.table.rowCount())]
    assert outcomes == ["Updates Anna Keller", "New customer", "New customer"]
    dialog.reject()
    library = main_window.library
    assert library is not None
    with library.read() as connection:
        assert len(list_customers(connection)) == 2  # cancelled: nothing merged


def test_export_calendar(
    qtbot: QtBot, main_window: MainWindow, fake_prompts: FakePrompts, tmp_path: Path
) -> None:
    exchange = _exchange(qtbot, main_window)
    library = main_window.library
    assert library is not None
    save_plan(library, ready_plan(library))
    fake_prompts.save_file = tmp_path / "calls"
    dialog = _trigger(qtbot, exchange, "actionExportCalendar")
    assert isinstance(dialog, CalendarExportDialog)
    dialog.first_day.setDate(QDate(2025, 3, 1))
    dialog.days.setValue(10)
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "calls.ics"
    qtbot.waitUntil(target.exists)
    calendar = assert_rfc5545(target.read_bytes())
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Call with Anna Keller · Müller AG"
    assert main_window.statusBar().currentMessage() == f"Wrote 1 event to {target}."


def test_export_anki_deck(
    qtbot: QtBot, main_window: MainWindow, fake_prompts: FakePrompts, tmp_path: Path
) -> None:
    exchange = _exchange(qtbot, main_window)
    fake_prompts.save_file = tmp_path / "phone.apkg"
    exchange.export_deck.trigger()
    with zipfile.ZipFile(tmp_path / "phone.apkg") as archive:
        archive.extract("collection.anki2", tmp_path)
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        count = connection.execute("SELECT count(*) FROM notes").fetchone()[0]
    finally:
        connection.close()
    assert count > 20
    assert main_window.statusBar().currentMessage() == (
        f"Wrote {count} notes to {tmp_path / 'phone.apkg'}."
    )
    fake_prompts.save_file = tmp_path / "missing" / "phone.apkg"
    exchange.export_deck.trigger()
    kind, title, text = fake_prompts.asked[-1]
    assert (kind, title) == ("warn", "Export Anki Deck")
    assert text.startswith(f"{tmp_path / 'missing' / 'phone.apkg'} cannot be written (")
