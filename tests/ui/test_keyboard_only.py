"""With the keyboard alone: from a new plan to its printed cheat sheet, and a drill session.

Every step is a key press sent to the widget that has the focus, as a keyboard would: no mouse,
no calling slots, no setting fields directly. Printing goes to a PDF through the injected print
service; the drill runs on the starter library's due drills.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from einwandfrei.store.calls.printable_plan import read_plan
from einwandfrei.ui.calls.wizard import PreCallWizard
from einwandfrei.ui.practice.drill_dialog import PracticeDialog
from einwandfrei.ui.qt_prompts import QtPrompts
from tests.printing.conftest import flat, pdf_pages
from tests.prompts_support import FakePrompts
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory

pytestmark = OFFSCREEN_SIZE_HINTS

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    """One key press, to whatever has the focus."""
    QTest.keyClick(focus(), key, modifiers)


def type_in(text: str) -> None:
    QTest.keyClicks(focus(), text)


def tab_to(name: str, *, backwards: bool = False) -> None:
    """Tab (or Shift+Tab) until the widget called `name` has the focus."""
    for _ in range(40):
        if focus().objectName() == name:
            return
        press(Qt.Key.Key_Tab, SHIFT if backwards else NONE)
    raise AssertionError(f"Tab never reached {name}; it stays on {focus().objectName()}")


def test_from_a_new_plan_to_its_printed_sheet_with_the_keyboard_alone(
    qtbot: QtBot, make_window: WindowFactory, fake_prompts: FakePrompts, tmp_path: Path
) -> None:
    window = make_window()
    fake_prompts.print_folder = tmp_path
    qtbot.waitUntil(lambda: window.features.printing.actions is not None)
    printing = window.features.printing.actions
    assert printing is not None and window.library is not None
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)

    press(Qt.Key.Key_P, CTRL | SHIFT)  # Calls › Prepare a Call…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PreCallWizard))
    wizard = QApplication.activeWindow()
    assert isinstance(wizard, PreCallWizard)

    # 1 The customer: from the search field to the name, then Return for Next.
    tab_to("customerName")
    type_in("Nora Keyboard")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == 1)
    # 2 Nothing to repeat: Next.
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == 2)
    # 3 The goal (the minimum goal is suggested).
    assert focus().objectName() == "goalEdit"
    type_in("Pilot agreed by keyboard")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == 3)
    # 4 Timing: the suggested opener and fallback stay; Next from the opener.
    tab_to("openerEdit")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == 4)
    # 5 Three questions: one found by searching, two picked from the bank with Down and Return.
    assert focus().objectName() == "questionSearch"
    type_in("desk")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_Backspace)
    tab_to("questionBank")
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)  # the third: the page is complete, and Return goes on
    qtbot.waitUntil(lambda: wizard.currentId() == 5)
    # 6 An objection from the library, with its best answer; Next from the list.
    assert focus().objectName() == "objectionSearch"
    type_in("too expensive")
    press(Qt.Key.Key_Return)
    tab_to("plannedObjections")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == 6)
    # 7 The checklist as it is; 8 the summary.
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == 7)
    tab_to("printCheatSheet")
    press(Qt.Key.Key_Space)  # Save and print cheat sheet…
    assert wizard.saved_plan is not None and wizard.saved_plan.id is not None
    plan_id = wizard.saved_plan.id

    # The print dialog opens on the plan's cheat sheet; Export PDF… from the keyboard.
    qtbot.waitUntil(lambda: printing.controller.options_dialog is not None)
    options = printing.controller.options_dialog
    assert options is not None
    qtbot.waitUntil(options.isVisible)
    # (What a window manager does for a new dialog; the offscreen platform has none.)
    options.activateWindow()
    assert QTest.qWaitForWindowActive(options)
    assert options.request().plan_id == plan_id
    tab_to("exportButton")
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: (tmp_path / "export.pdf").is_file())
    assert fake_prompts.kinds() == ["pdf file"]
    with window.library.read() as connection:
        plan = read_plan(connection, plan_id)
    text = flat(" ".join(pdf_pages(tmp_path / "export.pdf")))
    assert flat("Call with Nora Keyboard") in text
    assert flat("Pilot agreed by keyboard") in text
    assert flat(plan.objections[0].objection.text) in text


def test_a_drill_session_with_the_keyboard_alone(
    qtbot: QtBot, make_window: WindowFactory, fake_prompts: FakePrompts, monkeypatch: MonkeyPatch
) -> None:
    # The drill window is shown as the real prompt service shows it (the fake one only keeps it).
    monkeypatch.setattr(fake_prompts, "show_window", QtPrompts().show_window)
    window = make_window()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)

    press(Qt.Key.Key_D, CTRL | SHIFT)  # Practice › Practise Due Drills
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PracticeDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, PracticeDialog)
    page = dialog.drill_page
    first = page.objection_label.text()
    # Tab into the answer, type it, Ctrl+Return shows the prepared answers; 3 grades it "Good".
    press(Qt.Key.Key_Tab)
    assert focus() is page.answer_input
    type_in("Compared to what, exactly?")
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.revealed)
    assert page.your_words.toPlainText() == "Compared to what, exactly?"
    press(Qt.Key.Key_3)
    qtbot.waitUntil(lambda: page.objection_label.text() != first or not page.isVisible())
    # The next one with Space and a grade, then Ctrl+Z takes that grade back.
    second = page.objection_label.text()
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.revealed)
    press(Qt.Key.Key_4)
    qtbot.waitUntil(lambda: page.objection_label.text() != second)
    press(Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: page.objection_label.text() == second)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
