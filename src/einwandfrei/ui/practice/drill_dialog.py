"""The drill dialog (objectName `practiceDialog`): a thin layer over `DrillSession`.

Keys: Space (or Ctrl+Enter while typing) shows the prepared answers, 1–4 grade Again / Hard /
Good / Easy, Ctrl+Z takes back the last grade, Esc closes. Every grade is saved at once, so closing
in the middle loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from fsrs import Rating
from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from einwandfrei.drills.queue import due_forecast
from einwandfrei.drills.session import DrillSession
from einwandfrei.planning.practice import local_day
from einwandfrei.store.practice.drill_scope import objection_texts
from einwandfrei.ui.practice.drill_page import GRADES, DrillPage
from einwandfrei.ui.practice.summary_page import SummaryPage


class PracticeDialog(QDialog):
    """Drills one session: ask, reveal, grade, repeat; then a summary."""

    practiceChanged = Signal()
    statisticsRequested = Signal()

    def __init__(self, session: DrillSession, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceDialog")
        self.setWindowTitle(self.tr("Practice — %1").replace("%1", title))
        self.session = session
        self.title = title
        self._timer = QElapsedTimer()

        self.drill_page = DrillPage(self)
        self.summary_page = SummaryPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.drill_page)
        self.stack.addWidget(self.summary_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.drill_page.revealRequested.connect(self.reveal)
        self.drill_page.gradeChosen.connect(lambda value: self.grade(Rating(value)))
        self.summary_page.close_button.clicked.connect(self.close)
        self.summary_page.undo_button.clicked.connect(self.undo)
        self.summary_page.statistics_button.clicked.connect(self.statisticsRequested)

        self._shortcut(QKeySequence(Qt.Key.Key_Space), self.reveal)
        for keys in (
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),
        ):
            self._shortcut(keys, self.reveal)
        for number, rating in enumerate(GRADES, start=1):
            self._shortcut(QKeySequence(str(number)), partial(self._grade_by_key, rating))
        self._shortcut(QKeySequence(QKeySequence.StandardKey.Undo), self.undo)
        self.resize(780, 620)
        self._show_current()

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], None]) -> None:
        # Keys that type text (Space, digits) reach the answer field instead while it has focus:
        # the field claims them first (Qt's shortcut override).
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _show_current(self) -> None:
        drill = self.session.current()
        if drill is None:
            self._show_summary()
            return
        self.stack.setCurrentWidget(self.drill_page)
        self.drill_page.show_drill(drill, self.title)
        self._timer.start()

    def _show_summary(self) -> None:
        now = self.session.clock()
        zone = self.session.zone
        summary = self.session.summary()
        with self.session.library.read() as connection:
            forecast = due_forecast(connection, now, zone)
            leeches = list(objection_texts(connection, summary.new_leeches).values())
        self.summary_page.show_summary(
            summary, forecast, leeches, local_day(now, zone), can_undo=self.session.can_undo
        )
        self.stack.setCurrentWidget(self.summary_page)

    def reveal(self) -> None:
        """Show the prepared answers of the drill on screen (no-op if shown or over)."""
        if self.stack.currentWidget() is not self.drill_page or self.drill_page.revealed:
            return
        self.drill_page.reveal(self.session.preview(), self.session.clock())

    def _grade_by_key(self, rating: Rating) -> None:
        if self.stack.currentWidget() is self.drill_page and self.drill_page.revealed:
            self.grade(rating)

    def grade(self, rating: Rating) -> None:
        """Grade the drill on screen (its answers must be showing) and go on to the next."""
        if self.session.current() is None or not self.drill_page.revealed:
            return
        elapsed = self._timer.elapsed() if self._timer.isValid() else 0
        self.session.grade(rating, duration_ms=int(elapsed))
        self.practiceChanged.emit()
        self._show_current()

    def undo(self) -> None:
        """Take back the last grade and ask that objection again."""
        if not self.session.can_undo:
            return
        self.session.undo()
        self.practiceChanged.emit()
        self._show_current()
