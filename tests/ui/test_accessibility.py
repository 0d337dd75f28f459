"""Every control of every window, dialog and wizard page has an accessible name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from einwandfrei.store.calls.customers import CustomerDetails
from einwandfrei.store.calls.plans import save_plan
from einwandfrei.store.privacy.forget_customer import preview_forget
from einwandfrei.ui.calls.customer_dialog import CustomerDialog
from einwandfrei.ui.calls.forget_dialog import ForgetCustomerDialog
from einwandfrei.ui.calls.log_dialog import CallLogDialog
from einwandfrei.ui.calls.wizard import PreCallWizard
from tests.calls_support import make_context
from tests.prompts_support import FakePrompts
from tests.store.plan_fixtures import ready_plan
from tests.ui.accessibility_support import accessible_name, unnamed_controls
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory

pytestmark = OFFSCREEN_SIZE_HINTS
FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures"

# Menu entries that open a window or dialog, and what it is called.
DIALOGS = [
    ("&Categories…", "categoriesDialog"),
    ("&Techniques…", "techniquesDialog"),
    ("&Preferences…", "preferencesDialog"),
    ("Edit &Checklist…", "checklistEditor"),
    ("Edit &Question Bank…", "questionBankEditor"),
    ("&Keyboard Shortcuts", "shortcutsDialog"),
    ("&About Einwandfrei", "aboutDialog"),
    ("&Print…", "printOptionsDialog"),
    ("Practise a &Category…", "practiceChooser"),
    ("Practice &Statistics", "practiceStatistics"),
    ("&Quick-Find…", "quickFind"),
    ("Practise &Favourites", "practiceDialog"),
]


def action(window: QWidget, text: str) -> QAction:
    [found] = [
        each for each in window.findChildren(QAction) if each.text() == text and each.menu() is None
    ]
    return found


def opened(qtbot: QtBot, prompts: FakePrompts, name: str, trigger: Callable[[], object]) -> QWidget:
    """The window or dialog `trigger` opens, by its object name."""
    trigger()

    def find() -> QWidget | None:
        # Dialogs shown through the prompts are handed to them (the fake ones show none).
        handed: list[QWidget] = list(prompts.dialogs)
        for widget in handed:
            if widget.objectName() == name:
                return widget
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == name and widget.isVisible():
                return widget
        return None

    qtbot.waitUntil(lambda: find() is not None)
    found = find()
    assert found is not None
    return found


def test_the_main_window_names_every_control(make_window: WindowFactory) -> None:
    window = make_window()
    assert unnamed_controls(window) == []
    action(window, "&Calls").trigger()
    assert unnamed_controls(window) == []


@pytest.mark.parametrize(("menu_entry", "name"), DIALOGS)
def test_every_dialog_names_every_control(
    qtbot: QtBot,
    make_window: WindowFactory,
    fake_prompts: FakePrompts,
    menu_entry: str,
    name: str,
) -> None:
    window = make_window()
    dialog = opened(qtbot, fake_prompts, name, action(window, menu_entry).trigger)
    assert unnamed_controls(dialog) == []
    if name == "practiceDialog":  # the answers shown, the grades offered
        QTest.keyClick(dialog, Qt.Key.Key_Space)
        assert unnamed_controls(dialog) == []
    if name == "quickFind":  # with results
        field = dialog.findChild(QLineEdit, "quickFindInput")
        assert field is not None
        QTest.keyClicks(field, "expens")
        assert unnamed_controls(dialog) == []
    dialog.close()


def test_every_wizard_page_names_every_control(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    assert window.library is not None
    wizard = PreCallWizard(make_context(window.library), ready_plan(window.library))
    qtbot.addWidget(wizard)
    assert len(wizard.pages) == 8
    for page in wizard.pages:
        assert unnamed_controls(page) == [], type(page).__name__


def test_the_call_log_and_the_customer_dialogs_name_every_control(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    library = window.library
    assert library is not None
    context = make_context(library)
    plan = save_plan(library, ready_plan(library))
    log = CallLogDialog(context, plan)
    qtbot.addWidget(log)
    assert unnamed_controls(log) == []
    assert plan.customer.id is not None
    customer = CustomerDialog(context, CustomerDetails(plan.customer.id, plan.customer.name))
    qtbot.addWidget(customer)
    assert unnamed_controls(customer) == []
    with library.read() as connection:
        preview = preview_forget(connection, plan.customer.id)
    forget = ForgetCustomerDialog(preview, backups=2)
    qtbot.addWidget(forget)
    assert unnamed_controls(forget) == []


def test_a_control_without_a_name_is_found(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    named_by_label = QLineEdit(form)
    label = QLabel("&Goal", form)
    label.setBuddy(named_by_label)
    bare = QLineEdit(form)
    bare.setObjectName("bare")
    for widget in (label, named_by_label, bare):
        layout.addWidget(widget)
    assert accessible_name(named_by_label) == "Goal"
    assert unnamed_controls(form) == ["QLineEdit:bare"]
    bare.setAccessibleName("Minimum goal")
    assert unnamed_controls(form) == []


@pytest.mark.parametrize(
    ("action_name", "file_name"),
    [
        ("actionImportMeetings", "calendar/outlook.ics"),
        ("actionImportContacts", "contacts/outlook.csv"),
        ("actionExportCalendar", ""),
    ],
)
def test_the_import_previews_and_the_calendar_export_name_every_control(
    qtbot: QtBot,
    make_window: WindowFactory,
    fake_prompts: FakePrompts,
    tmp_path: Path,
    action_name: str,
    file_name: str,
) -> None:
    window = make_window()
    feature = window.features.exchange
    qtbot.waitUntil(lambda: feature.actions is not None)
    exchange = feature.actions
    assert exchange is not None
    fake_prompts.open_file = FIXTURES / file_name if file_name else None
    fake_prompts.save_file = tmp_path / "calls.ics"
    [action] = [
        each
        for each in exchange.file_actions + exchange.calls_actions
        if each.objectName() == action_name
    ]
    with qtbot.waitSignal(exchange.dialogShown) as shown:
        action.trigger()
    dialog = shown.args[0]
    assert isinstance(dialog, QWidget)
    assert unnamed_controls(dialog) == []
