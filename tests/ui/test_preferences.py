"""Edit ▸ Preferences: the drill settings of the open library, saved at once."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from einwandfrei.planning import drill_records
from einwandfrei.planning.drill_records import DrillSettings
from einwandfrei.store.practice.drill_settings import read_drill_settings
from einwandfrei.ui.practice.drill_dialog import PracticeDialog
from einwandfrei.ui.shell import preferences_dialog
from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.shell.preferences_dialog import PreferencesDialog
from tests.prompts_support import FakePrompts
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

pytestmark = OFFSCREEN_SIZE_HINTS


def _open(window: MainWindow) -> PreferencesDialog:
    """Edit ▸ Preferences, as the menu opens it (the test prompts keeps the dialog)."""
    window.actions_.preferences.trigger()
    dialog = window.prompts.dialogs[-1]  # type: ignore[attr-defined]
    assert isinstance(dialog, PreferencesDialog)
    dialog.show()
    return dialog


def _stored(window: MainWindow) -> DrillSettings:
    assert window.library is not None
    with window.library.read() as connection:
        return read_drill_settings(connection)


def _due_button(window: MainWindow) -> QToolButton:
    button = window.findChild(QToolButton, "practiceDueButton")
    assert button is not None
    return button


def test_changing_the_spin_boxes_saves_to_the_library_and_recounts_the_drills(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    window = main_window
    dialog = _open(window)
    qtbot.addWidget(dialog)
    assert (dialog.new_per_day.value(), dialog.retention.value()) == (10, 90)
    assert dialog.new_per_day.isEnabled() and not dialog.drills_note.isVisible()
    assert dialog.retention.text() == "90 %"
    assert "more drills" in dialog.retention_explanation.text()
    assert _due_button(window).text() == "10 drills due"

    with qtbot.waitSignal(dialog.drillSettingsChanged):
        dialog.new_per_day.setValue(2)
    assert _stored(window) == DrillSettings(2, 0.90)
    assert _due_button(window).text() == "2 drills due"

    with qtbot.waitSignal(dialog.drillSettingsChanged):
        dialog.retention.setValue(85)
    assert _stored(window) == DrillSettings(2, 0.85)

    dialog.new_per_day.setFocus()
    dialog.new_per_day.selectAll()
    QTest.keyClicks(dialog.new_per_day, "13")  # typed: not saved digit by digit ...
    assert _stored(window) == DrillSettings(2, 0.85)
    with qtbot.waitSignal(dialog.drillSettingsChanged):
        QTest.keyClick(dialog.new_per_day, Qt.Key.Key_Return)  # ... but once complete
    assert _stored(window) == DrillSettings(13, 0.85)
    dialog.new_per_day.selectAll()
    with qtbot.waitSignal(dialog.drillSettingsChanged):
        QTest.keyClicks(dialog.new_per_day, "3")
        QTest.keyClick(dialog.new_per_day, Qt.Key.Key_Return)
    assert _stored(window) == DrillSettings(3, 0.85)
    assert _due_button(window).text() == "3 drills due"
    dialog.close()

    again = _open(window)
    qtbot.addWidget(again)
    assert (again.new_per_day.value(), again.retention.value()) == (3, 85)
    again.close()

    # Today's drills now schedule with the retention chosen.
    practice = window.features.practice.actions
    assert practice is not None
    practice.practise_due()
    assert isinstance(window.prompts, FakePrompts)
    drills = window.prompts.dialogs[-1]
    assert isinstance(drills, PracticeDialog)
    assert drills.session.total == 3
    assert drills.session.scheduler.desired_retention == 0.85
    drills.close()


def test_the_spin_boxes_hold_the_bounds_of_the_library(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open(main_window)
    qtbot.addWidget(dialog)
    assert (dialog.new_per_day.minimum(), dialog.new_per_day.maximum()) == (
        drill_records.MIN_NEW_PER_DAY,
        drill_records.MAX_NEW_PER_DAY,
    )
    assert (dialog.retention.minimum(), dialog.retention.maximum()) == (
        round(drill_records.MIN_RETENTION * 100),
        round(drill_records.MAX_RETENTION * 100),
    )
    assert preferences_dialog.DEFAULT_NEW_PER_DAY == drill_records.DEFAULT_NEW_PER_DAY
    default_percent = round(drill_records.DEFAULT_RETENTION * 100)
    assert default_percent == preferences_dialog.DEFAULT_RETENTION_PERCENT
    dialog.retention.setValue(99)
    dialog.new_per_day.setValue(500)
    assert _stored(main_window) == DrillSettings(100, 0.97)
    dialog.close()


def test_without_a_library_the_drill_settings_wait_for_one(
    qtbot: QtBot, window_settings: QSettings
) -> None:
    dialog = PreferencesDialog(None, window_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.new_per_day.isEnabled() and not dialog.retention.isEnabled()
    assert dialog.drills_note.isVisible() and "open one" in dialog.drills_note.text()
    assert not dialog.note.isVisible()  # the restart note waits for a new language
    with qtbot.assertNotEmitted(dialog.drillSettingsChanged):
        dialog.new_per_day.setValue(4)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert window_settings.value("interface/language") == "de"
    assert dialog.note.isVisible()
    dialog.close()
