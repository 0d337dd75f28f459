"""The Practice menu: actions, the due count, choosing what to drill, the call wizard's entry."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fsrs import Rating
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from einwandfrei.planning.changes import Change
from einwandfrei.planning.drill_records import DEFAULT_NEW_PER_DAY
from einwandfrei.planning.library_part import PartKind
from einwandfrei.planning.practice import make_scheduler
from einwandfrei.store.db.connection import Library
from einwandfrei.store.practice.review_state import read_logs
from einwandfrei.ui.change_bus import ChangeBus
from einwandfrei.ui.practice import due_count, due_drills_text
from einwandfrei.ui.practice.actions import PracticeActions
from einwandfrei.ui.practice.chooser import PracticeChooser
from einwandfrei.ui.practice.drill_dialog import PracticeDialog
from einwandfrei.ui.practice.install import DueDrillsButton, install_practice
from einwandfrei.ui.practice.statistics import PracticeStatisticsDialog
from tests.practice_support import ZONE, FakeClock, add_call, objection_id
from tests.prompts_support import FakePrompts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class _Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.bus = ChangeBus(self)


def _actions(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> tuple[PracticeActions, FakePrompts]:
    window = _Window()
    qtbot.addWidget(window)
    menu = QMenu("&Practice", window)
    menu.setObjectName("menuPractice")
    window.menuBar().addMenu(menu)
    shown = FakePrompts()
    actions = PracticeActions(
        window,
        lambda: library,
        menu,
        window.bus,
        clock=clock,
        zone=ZONE,
        scheduler_factory=lambda: make_scheduler(fuzzing=False),
        prompts=shown,
    )
    return actions, shown


def test_the_menu_holds_the_practice_actions(qtbot: QtBot, library: Library) -> None:
    actions, _shown = _actions(qtbot, library, FakeClock())
    menu = actions.window.findChild(QMenu, "menuPractice")
    assert menu is not None
    names = [action.objectName() for action in menu.actions() if not action.isSeparator()]
    assert names == [
        "actionPractice",
        "actionPractiseFavourites",
        "actionPractiseCategory",
        "actionPractiseTag",
        "actionPractiseBeforeCall",
        "actionCram",
        "actionPracticeStatistics",
    ]
    assert actions.practice.shortcut().toString() == "Ctrl+Shift+D"


def test_due_drills_are_counted_and_recounted_after_each_grade(
    qtbot: QtBot, library: Library
) -> None:
    clock = FakeClock()
    actions, shown = _actions(qtbot, library, clock)
    assert due_count(library, clock(), ZONE) == DEFAULT_NEW_PER_DAY
    assert due_drills_text(DEFAULT_NEW_PER_DAY) == "10 drills due"
    assert due_drills_text(1) == "1 drill due"
    actions.practice.trigger()
    dialog = shown.dialogs[-1]
    assert isinstance(dialog, PracticeDialog)
    assert dialog.session.total == DEFAULT_NEW_PER_DAY
    dialog.reveal()
    with qtbot.waitSignal(actions.dueCountChanged) as counted:
        dialog.grade(Rating.Easy)
    assert counted.args == [DEFAULT_NEW_PER_DAY - 1]
    with qtbot.waitSignal(actions.dueCountChanged):
        actions.window.bus.publish(Change.drilled())  # type: ignore[attr-defined]
    # Words typed into an objection leave the count alone: it is not read again.
    recounts: list[int] = []
    actions.dueCountChanged.connect(recounts.append)
    actions.window.bus.publish(Change.words(1, "text"))  # type: ignore[attr-defined]
    assert recounts == []


def test_choosing_a_category_and_cramming_it(qtbot: QtBot, library: Library) -> None:
    clock = FakeClock()
    actions, shown = _actions(qtbot, library, clock)
    actions.category.trigger()
    chooser = shown.dialogs[-1]
    assert isinstance(chooser, PracticeChooser)
    chosen = chooser.chosen()
    assert chosen is not None
    assert chosen.request.part.kind is PartKind.CATEGORY
    persistence = chooser.combo.findText("Category: Persistence")
    assert persistence >= 0
    chooser.combo.setCurrentIndex(persistence)
    QTest.mouseClick(chooser.cram, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(chooser.accepted):
        start = chooser.findChild(QPushButton, "practiceStart")
        assert start is not None
        QTest.mouseClick(start, Qt.MouseButton.LeftButton)
    dialog = shown.dialogs[-1]
    assert isinstance(dialog, PracticeDialog)
    assert dialog.windowTitle() == "Practice — Category: Persistence (cram)"
    drill = dialog.session.current()
    assert drill is not None
    assert drill.item.cram
    assert drill.objection.category == "Persistence"


def test_practise_plan_drills_the_objections_of_the_call(qtbot: QtBot, library: Library) -> None:
    clock = FakeClock()
    actions, shown = _actions(qtbot, library, clock)
    persistent = objection_id(library, "You are persistent!")
    expensive = objection_id(library, "That's too expensive.")
    plan = add_call(library, [persistent, expensive], clock() + timedelta(days=3))
    actions.before_call.trigger()
    chooser = shown.dialogs[-1]
    assert isinstance(chooser, PracticeChooser)
    assert chooser.combo.currentText().startswith("Before the call with Anna Keller")
    dialog = actions.practise_plan(plan)
    assert dialog is not None
    assert [item.objection_id for item in dialog.session._queue] == [persistent, expensive]
    assert "Anna Keller" in dialog.windowTitle()


def test_without_a_library_the_actions_wait(qtbot: QtBot, library: Library) -> None:
    window = _Window()
    qtbot.addWidget(window)
    current: list[Library] = []
    actions = PracticeActions(
        window, lambda: current[0] if current else None, clock=FakeClock(), zone=ZONE
    )
    assert not actions.practice.isEnabled()
    assert actions.practise_due() is None
    assert actions.refresh_due_count() == 0
    current.append(library)
    with qtbot.waitSignal(actions.dueCountChanged):
        actions.refresh_due_count()
    assert actions.practice.isEnabled()


def test_statistics_show_what_was_drilled(qtbot: QtBot, library: Library) -> None:
    clock = FakeClock()
    actions, shown = _actions(qtbot, library, clock)
    dialog = actions.practise_due()
    assert dialog is not None
    dialog.reveal()
    dialog.grade(Rating.Good)
    with library.read() as connection:
        assert len(read_logs(connection)) == 1
    dialog.statisticsRequested.emit()  # the summary page's "Statistics…"
    statistics = shown.dialogs[-1]
    assert isinstance(statistics, PracticeStatisticsDialog)
    assert statistics.statistics.reviews == 1
    assert statistics.totals.text().startswith("1 drill in 30 days")


class _Host(QMainWindow):
    """The parts of the main window that `install_practice` uses."""

    def __init__(self) -> None:
        super().__init__()
        self.bus = ChangeBus(self)
        self.prompts = FakePrompts()
        self.library: Library | None = None
        self.practice_menu = QMenu("&Practice", self)
        self.practice_menu.setObjectName("menuPractice")
        self.menuBar().addMenu(self.practice_menu)
        self.status: list[QWidget] = []

    def menu(self, name: str) -> QMenu:
        assert name == "practice"
        return self.practice_menu

    def add_status_widget(self, widget: QWidget) -> None:
        self.status.append(widget)


def test_install_practice_adds_menu_quick_find_and_the_due_count(
    qtbot: QtBot, library: Library
) -> None:
    host = _Host()
    qtbot.addWidget(host)
    actions = install_practice(host)
    button = host.status[0]
    assert isinstance(button, DueDrillsButton)
    assert button.objectName() == "practiceDueButton"
    assert not button.isVisibleTo(host)  # nothing counted before the library is open
    names = [action.objectName() for action in host.practice_menu.actions()]
    assert names[0] == "actionPractice"
    assert names[-1] == "actionQuickFind"
    host.library = library
    with qtbot.waitSignal(actions.dueCountChanged):
        host.bus.publish(Change.drilled())  # any change that may change what is due
    assert button.text() == f"{DEFAULT_NEW_PER_DAY} drills due"
    assert button.isVisibleTo(host)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = host.findChild(PracticeDialog)
    assert dialog is not None
    assert dialog.session.total == DEFAULT_NEW_PER_DAY
    dialog.close()
