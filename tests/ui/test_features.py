"""The integrated window: Library and Calls pages, printing, drills, leeches, follow-ups due."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from einwandfrei import __version__
from einwandfrei.app import launch
from einwandfrei.planning.changes import Change
from einwandfrei.planning.drill_records import ReviewLogRecord, ReviewStateRecord
from einwandfrei.planning.plan import CustomerInfo
from einwandfrei.printing.jobs import LayoutKind
from einwandfrei.store.calls.plan_lists import PlanSection
from einwandfrei.store.calls.plans import save_plan
from einwandfrei.store.db.backup import list_backups
from einwandfrei.store.db.connection import Library
from einwandfrei.store.practice.review_state import save_review
from einwandfrei.ui.library.objection_table_model import Column
from einwandfrei.ui.practice import PracticeActions
from einwandfrei.ui.practice.drill_dialog import PracticeDialog
from einwandfrei.ui.practice.quickfind import QuickFindWindow
from einwandfrei.ui.printing.options_dialog import Contents
from einwandfrei.ui.shell.composition import WindowFeatures
from einwandfrei.ui.shell.help_dialogs import AboutDialog, ShortcutsDialog
from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.shell.page_switch import Page
from einwandfrei.ui.undo.calls_steps import save_plan_undoably
from tests.printing.conftest import flat, pdf_pages
from tests.prompts_support import FakePrompts
from tests.store.plan_fixtures import logged, ready_plan
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory

pytestmark = [
    OFFSCREEN_SIZE_HINTS,
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _prompts(window: MainWindow) -> FakePrompts:
    """The window's prompt service: the test's fake (prints become PDF files in tmp_path)."""
    assert isinstance(window.prompts, FakePrompts)
    return window.prompts


def _features(window: MainWindow) -> WindowFeatures:
    features = window.features
    assert features.calls.view is not None and features.printing.actions is not None
    return features


def _practice(features: WindowFeatures) -> PracticeActions:
    assert features.practice.actions is not None
    return features.practice.actions


def _press(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    """Press keys in the window, as its user would (shortcuts reach only the active window)."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window.focusWidget() or window, key, modifiers)


def _review(library: Library, objection_id: int, lapses: int) -> None:
    """A drill schedule for an objection forgotten `lapses` times."""
    now = datetime.now(UTC)
    state = ReviewStateRecord(objection_id, 2, None, 3.5, 5.25, now, now, lapses + 2, lapses)
    with library.write() as connection:
        save_review(connection, state, ReviewLogRecord(objection_id, 1, now, 4000, False))


def _due_follow_up(library: Library) -> int:
    """A logged call whose agreed next contact (18 March 2025) is overdue; its plan's id."""
    plan = save_plan(library, logged(ready_plan(library), worked=True))
    assert plan.id is not None
    return plan.id


def _widget(window: MainWindow, name: str) -> QWidget:
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def _row_of(window: MainWindow, objection_id: int) -> int:
    row = window.library_page.model.row_of(objection_id)
    assert row is not None
    return row


# Pages ---------------------------------------------------------------------------------------


def test_library_and_calls_pages_switch_by_keyboard_and_are_remembered(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    features = _features(window)
    pages = window.pages
    assert pages.current() is Page.LIBRARY
    assert window.library_page.list_view.isVisible()
    _press(window, Qt.Key.Key_2)
    assert pages.current() is Page.CALLS
    calls_view = features.calls.view
    assert calls_view is not None and calls_view.isVisible()
    assert not window.library_page.list_view.isVisible()
    assert window.focusWidget() is calls_view.table
    assert _widget(window, "callsPageButton").isVisible()  # the switch in the window
    _press(window, Qt.Key.Key_1)
    assert pages.current() is Page.LIBRARY
    assert window.focusWidget() is window.library_page.list_view

    # What works on the library brings it back: a new objection, the search.
    _press(window, Qt.Key.Key_2)
    _press(window, Qt.Key.Key_N)
    assert pages.current() is Page.LIBRARY
    assert window.library_page.editor.is_draft()
    window.library_page.editor.flush()
    _press(window, Qt.Key.Key_2)
    window.search.setFocus()
    QTest.keyClicks(window.search, "price")
    assert pages.current() is Page.LIBRARY

    # The page shown comes back with the next start.
    _press(window, Qt.Key.Key_2)
    window.close()
    again = make_window()
    assert again.pages.current() is Page.CALLS


def test_plan_actions_work_only_where_the_plans_are_in_sight(main_window: MainWindow) -> None:
    features = _features(main_window)
    actions = features.calls.actions
    assert actions is not None
    assert actions.prepare_call.isEnabled()
    assert not actions.log_call.isEnabled() and not actions.delete_plan.isEnabled()
    main_window.pages.show_page(Page.CALLS)
    assert actions.log_call.isEnabled() and actions.delete_plan.isEnabled()


# Follow-ups due ------------------------------------------------------------------------------


def test_due_follow_ups_show_beside_the_search_and_open_the_calls_view_once_a_day(
    make_window: WindowFactory, data_dir: Path, starter_templates: dict[str, Path]
) -> None:
    first = make_window()
    assert first.library is not None
    button = first.findChild(QWidget, "dueFollowUps")
    assert button is not None and not button.isVisible()  # nothing due in the starter library
    _due_follow_up(first.library)
    first.close()

    window = make_window()
    features = _features(window)
    assert features.calls.view is not None
    assert features.calls.view.due_count() == 1
    button = window.findChild(QWidget, "dueFollowUps")
    assert button is not None and button.isVisible()
    assert button.text() == "1 follow-up due"  # type: ignore[attr-defined]
    assert window.pages.current() is Page.CALLS  # the Due list is shown at start
    assert features.calls.view.due.isVisible()

    # Back to the library; the next start today leaves it there. The button leads to the list.
    _press(window, Qt.Key.Key_1)
    window.close()
    again = make_window()
    features = _features(again)
    assert again.pages.current() is Page.LIBRARY
    button = again.findChild(QWidget, "dueFollowUps")
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert again.pages.current() is Page.CALLS


def test_a_plan_saved_in_the_calls_view_reaches_the_library_and_the_due_count(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    features = _features(main_window)
    view = features.calls.view
    assert view is not None and main_window.library is not None
    with qtbot.waitSignal(main_window.bus.changed) as changed:
        # What the log does: the logged call is saved as one undo step and goes on the bus.
        plan = save_plan_undoably(
            view.context, None, logged(ready_plan(main_window.library), worked=True), "Log call"
        )
    assert plan.id is not None
    plan_id = plan.id
    change = changed.args[0]
    assert change.plans and change.objection_ids == {o.objection_id for o in plan.objections}
    assert _widget(main_window, "dueFollowUps").isVisible()
    # The logged answer worked: the success rate shows in the library's list.
    main_window.pages.show_page(Page.CALLS)
    view.show_section(PlanSection.PAST)
    assert view.select_plan(plan_id)
    price = next(
        row
        for row in range(main_window.library_page.model.rowCount())
        if main_window.library_page.model.index(row, Column.TEXT).data() == "That's too expensive."
    )
    assert main_window.library_page.model.index(price, Column.SUCCESS).data() == "100%"


# Printing ------------------------------------------------------------------------------------


def test_ctrl_p_on_a_selection_prints_the_selected_objections(
    main_window: MainWindow, tmp_path: Path
) -> None:
    features = _features(main_window)
    printing = features.printing.actions
    assert printing is not None
    dialogs = _prompts(main_window)
    chosen = main_window.library_page.model.ids()[:2]
    main_window.library_page.list_view.setFocus()
    main_window.library_page.browser.select_rows(chosen)
    _press(main_window, Qt.Key.Key_P)
    dialog = printing.controller.options_dialog
    assert dialog is not None and dialog.isVisible()
    request = dialog.request()
    assert request.layout is LayoutKind.BOOKLET
    assert request.part.ids == tuple(chosen)
    assert dialog.contents_combo.currentText() == "The selected objections (2)"
    QTest.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["printer"]
    text = flat(" ".join(pdf_pages(tmp_path / "printed.pdf")))
    rows = [main_window.library_page.model.row_data(objection_id) for objection_id in chosen]
    for row in rows:
        assert row is not None and flat(row.text) in text
    others = main_window.library_page.model.row_data(main_window.library_page.model.ids()[5])
    assert others is not None and flat(others.text) not in text
    assert main_window.statusBar().currentMessage() == "Sent 1 page to the printer."


def test_ctrl_p_on_the_calls_page_prints_the_selected_plan(
    main_window: MainWindow, tmp_path: Path
) -> None:
    features = _features(main_window)
    view, printing = features.calls.view, features.printing.actions
    assert view is not None and printing is not None and main_window.library is not None
    plan = save_plan(main_window.library, ready_plan(main_window.library))
    main_window.bus.publish(Change.whole_library())
    # In the library the plan is not in sight: Ctrl+P offers the library.
    _press(main_window, Qt.Key.Key_P)
    dialog = printing.controller.options_dialog
    assert dialog is not None and dialog.chosen_layout() is LayoutKind.BOOKLET
    dialog.close()
    _press(main_window, Qt.Key.Key_2)
    view.show_section(PlanSection.ALL)
    assert plan.id is not None and view.select_plan(plan.id)
    _press(main_window, Qt.Key.Key_P)
    dialog = printing.controller.options_dialog
    assert dialog is not None and dialog.chosen_layout() is LayoutKind.SHEET
    assert dialog.request().plan_id == plan.id
    dialog.close()
    # The Calls view's own "Print cheat sheet" goes through the same controller.
    assert view.context.on_print is not None
    view.context.on_print(plan.id)
    dialog = printing.controller.options_dialog
    assert dialog is not None and dialog.request().plan_id == plan.id
    dialog.close()


def test_the_window_stays_open_while_a_print_job_runs(
    main_window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    features = _features(main_window)
    printing = features.printing.actions
    assert printing is not None
    attempts: list[tuple[bool, str]] = []

    class CloseWhilePrinting:
        """A progress display whose user tries to close the window mid-job."""

        def __init__(self, parent: QWidget | None, label: str) -> None:
            pass

        def __call__(self, done: int, total: int) -> bool:
            if not attempts:
                closed = main_window.close()
                attempts.append((closed, main_window.statusBar().currentMessage()))
            return True

        def close(self) -> None:
            pass

    printing.controller.progress_factory = CloseWhilePrinting
    dialog = printing.controller.open_dialog(contents=Contents.ALL)
    assert dialog is not None
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert attempts == [(False, "Please wait until printing ends, or cancel it.")]
    assert main_window.isVisible() and main_window.library is not None
    assert (tmp_path / "export.pdf").stat().st_size > 1000
    assert main_window.close()  # once the job is over


# Practice ------------------------------------------------------------------------------------


def test_the_practice_action_opens_the_drills_and_the_count_shows(
    main_window: MainWindow,
) -> None:
    _features(main_window)  # everything is installed
    shown = _prompts(main_window)
    button = main_window.findChild(QWidget, "practiceDueButton")
    assert button is not None and button.isVisible()
    assert button.text() == "10 drills due"  # type: ignore[attr-defined]
    _press(main_window, Qt.Key.Key_D, CTRL | SHIFT)
    dialog = shown.dialogs[-1]
    assert isinstance(dialog, PracticeDialog)
    assert dialog.session.total == 10
    dialog.close()


def test_quick_find_opens_on_the_windows_library(main_window: MainWindow, qtbot: QtBot) -> None:
    _press(main_window, Qt.Key.Key_F, CTRL | SHIFT)
    quick = main_window.findChild(QuickFindWindow, "quickFind")
    assert quick is not None and quick.isVisible()
    qtbot.waitUntil(lambda: quick.status.text() != "Opening the library…")
    with qtbot.waitSignal(quick.matchesShown, check_params_cb=lambda query: query == "persist"):
        QTest.keyClicks(quick.field, "persist")
    assert "Yes, we are, in everything" in quick.answer.text()
    quick.close()


def test_a_plan_is_practised_from_the_calls_view(main_window: MainWindow) -> None:
    features = _features(main_window)
    view = features.calls.view
    assert view is not None and main_window.library is not None
    shown = _prompts(main_window)
    plan = save_plan(main_window.library, ready_plan(main_window.library))
    assert view.context.on_practise is not None and plan.id is not None
    view.context.on_practise(plan.id)
    dialog = shown.dialogs[-1]
    assert isinstance(dialog, PracticeDialog)
    assert "Anna Keller" in dialog.windowTitle()
    assert dialog.session.total == 2  # the plan's two expected objections
    dialog.close()


def test_the_wizard_summary_practises_and_prints_through_the_window(
    main_window: MainWindow, tmp_path: Path
) -> None:
    features = _features(main_window)
    view, printing = features.calls.view, features.printing.actions
    assert view is not None and printing is not None and main_window.library is not None
    shown = _prompts(main_window)
    plan = save_plan(main_window.library, ready_plan(main_window.library))
    assert plan.id is not None
    _press(main_window, Qt.Key.Key_2)

    wizard = view.open_plan(plan.id)
    assert wizard is not None
    wizard.start_at_first_incomplete()  # a complete plan: its summary
    QTest.mouseClick(wizard.summary_page.practise_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    dialog = shown.dialogs[-1]
    assert isinstance(dialog, PracticeDialog) and dialog.session.total == 2
    dialog.close()

    wizard = view.open_plan(plan.id)
    assert wizard is not None
    wizard.start_at_first_incomplete()
    QTest.mouseClick(wizard.summary_page.print_button, Qt.MouseButton.LeftButton)
    options = printing.controller.options_dialog
    assert options is not None and options.isVisible()
    assert options.chosen_layout() is LayoutKind.SHEET and options.request().plan_id == plan.id
    options.close()


def test_objections_whose_answers_keep_slipping_are_marked_in_the_library(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    first = make_window()
    assert first.library is not None
    leech, almost, later = first.library_page.model.ids()[3:6]
    _review(first.library, leech, lapses=4)
    _review(first.library, almost, lapses=3)
    first.close()

    window = make_window()
    model = window.library_page.model

    def marked(objection_id: int) -> bool:
        index = model.index(_row_of(window, objection_id), Column.TEXT)
        return index.data(Qt.ItemDataRole.DecorationRole) is not None

    assert marked(leech) and not marked(almost) and not marked(later)
    tooltip = model.index(_row_of(window, leech), Column.TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "rewrite it" in tooltip
    # Chosen, it says so below the editor too; the next objection takes the note away.
    window.library_page.browser.select(leech)
    assert "keeps slipping" in window.statusBar().currentMessage()
    window.library_page.browser.select(almost)
    assert window.statusBar().currentMessage() == ""
    # A drill that makes a new leech marks it at once (practice says so after each grade).
    assert window.library is not None
    _review(window.library, later, lapses=5)
    with qtbot.waitSignal(model.dataChanged):
        window.bus.publish(Change.drilled())  # what practice says after each grade
    assert marked(later)


# Restoring a backup --------------------------------------------------------------------------


def test_the_calls_view_keeps_working_after_a_backup_is_restored(
    main_window: MainWindow, fake_prompts: FakePrompts, qtbot: QtBot
) -> None:
    features = _features(main_window)
    view = features.calls.view
    assert view is not None and main_window.library is not None
    main_window.features.files.wait_for_background()
    assert list_backups(main_window.data_dir / "backups")
    _due_follow_up(main_window.library)
    main_window.bus.publish(Change.whole_library())
    main_window.pages.show_page(Page.CALLS)
    view.show_section(PlanSection.ALL)
    assert view.model.rowCount() == 1 and view.due_count() == 1

    with qtbot.waitSignal(main_window.features.files.taskFinished, timeout=20000):
        main_window.actions_.restore_backup.trigger()  # the backup taken at start: no plans
    assert fake_prompts.kinds()[-2:] == ["choose_item", "confirm"]
    assert view.model.rowCount() == 0 and view.due_count() == 0
    assert not _widget(main_window, "dueFollowUps").isVisible()

    plan = save_plan(
        main_window.library,
        replace(ready_plan(main_window.library), customer=CustomerInfo("Ben Frei")),
    )
    view.context.publish(Change.plan_saved())
    assert view.model.rowCount() == 1 and view.selected_plan_id() == plan.id


# Help ----------------------------------------------------------------------------------------


def test_help_lists_every_shortcut_and_about_names_version_and_data_folder(
    main_window: MainWindow, fake_prompts: FakePrompts
) -> None:
    main_window.actions_.shortcuts.trigger()
    shortcuts = fake_prompts.dialogs[-1]
    assert isinstance(shortcuts, ShortcutsDialog)
    listed = shortcuts.findChild(QTextBrowser, "shortcutsList")
    assert listed is not None
    rows = listed.toPlainText().splitlines()
    for label, keys in (
        ("Library", "Ctrl+1"),
        ("Calls", "Ctrl+2"),
        ("Print", "Ctrl+P"),
        ("Prepare a Call", "Ctrl+Shift+P"),
        ("Log the Call", "Ctrl+Shift+O"),
        ("Practise Due Drills", "Ctrl+Shift+D"),
        ("Quick-Find", "Ctrl+Shift+F"),
        ("Undo", "Ctrl+Z"),
        ("Find", "Ctrl+F"),
    ):
        assert f"{label}\n{keys}" in "\n".join(rows), label
    # Grouped under the menus' titles; one key each, never a keyboard's "Undo" key.
    assert rows.index("File") < rows.index("New Objection") < rows.index("Edit")
    assert rows.index("Edit") < rows.index("Undo")
    assert not any(" / " in row for row in rows)
    assert "New" not in rows and "Ctrl+Z" in rows
    main_window.actions_.about.trigger()
    about = fake_prompts.dialogs[-1]
    assert isinstance(about, AboutDialog)
    assert not main_window.windowIcon().isNull()
    shown = " ".join(label.text() for label in about.findChildren(QLabel))
    assert __version__ in shown and str(main_window.data_dir) in shown


# Start-up ------------------------------------------------------------------------------------


def test_the_features_wait_for_the_first_paint_and_import_no_sqlalchemy_before(
    tmp_path: Path,
) -> None:
    program = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from einwandfrei.app import application, build_window\n"
        "application()\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        f"window = build_window(Path({str(tmp_path / 'data')!r}), settings=settings)\n"
        "window.show()\n"
        "heavy = ('sqlalchemy', 'alembic', 'fsrs', 'einwandfrei.ui.practice.actions',\n"
        "         'einwandfrei.ui.practice.quickfind.window', 'einwandfrei.ui.calls.calls_view',\n"
        "         'einwandfrei.ui.printing.controller')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_launch_installs_the_features_after_the_library_is_listed(
    qtbot: QtBot, data_dir: Path, window_settings: QSettings, starter_templates: dict[str, Path]
) -> None:
    shutil.copytree(starter_templates["en"], data_dir)
    window = launch(data_dir, settings=window_settings, prompts=FakePrompts())
    assert window is not None
    qtbot.addWidget(window)
    features = window.features

    def attached() -> list[bool]:
        return [features.calls.view is not None, features.printing.actions is not None]

    assert attached() == [False, False]  # not before the library is open
    assert window.startup is not None
    listed: list[list[bool]] = []
    window.startup.listed.connect(lambda: listed.append(attached()))
    with qtbot.waitSignal(window.startup.ready, timeout=20000):
        pass
    assert attached() == [True, True]
    assert listed == [[False, False]]
    assert _widget(window, "practiceDueButton").isVisible()
    window.features.files.wait_for_background()
    window.close()
    QApplication.processEvents()
