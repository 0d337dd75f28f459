"""Quick-find (objectName `quickFind`): type what the customer just said, read the best answer.

One search field; below it the best match's prepared answer in large type (the answer that worked
best in calls, then the user's order), the next matches one key away:

- Up / Down: the previous or next match; Page Down / Page Up: that objection's next answer
- Enter: copy the answer on screen to the clipboard; Esc: clear (on an empty field: close)
- Ctrl+S after Enter: remember the words typed as a phrasing of that objection (see `learning`);
  Ctrl+Z right after takes it back
- Ctrl+T: keep the window on top of the call software (the pin button); Ctrl+W: close

The objection is shown with the phrasing (how customers say it) the words typed match, when they
match one.

When nothing matches, it says so where the answer would be, in the window's normal text colour. Key
hints in the status line are secondary text (see `secondary`), never a disabled label.

This module imports neither SQLAlchemy nor the store's database code: the window can paint before
the library is open.
"""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.planning.folding import match_spans
from einwandfrei.planning.practice_answers import ranked_responses
from einwandfrei.ui.practice.quickfind.learning import PhrasingLearning
from einwandfrei.ui.practice.quickfind.search_line import SearchField, highlighted
from einwandfrei.ui.practice.quickfind.searcher import QuickSearcher
from einwandfrei.ui.widgets.clear_button import enable_clear_button
from einwandfrei.ui.widgets.key_names import key_text
from einwandfrei.ui.widgets.secondary_text import SecondaryLabel

if TYPE_CHECKING:
    from einwandfrei.planning.library_content import ObjectionRecord, ResponseRecord
    from einwandfrei.store.db.connection import Library

_GEOMETRY = "quickFind/geometry"
_PINNED = "quickFind/pinned"


def _font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class QuickFindWindow(QWidget):
    """The compact search window; give it a library, or let it open a data folder itself."""

    # The answer for the text in the field is on screen; all its matches are listed.
    answerShown = Signal(str)
    matchesShown = Signal(str)

    def __init__(
        self,
        library: Library | None = None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("quickFind")
        self.setWindowTitle(self.tr("Quick-find — Einwandfrei"))
        self.settings = settings
        self.records: list[ObjectionRecord] = []
        self._answers: list[ResponseRecord] = []
        self._answer_index = 0
        self._query = ""
        self._shown_query = ""
        self._ready = False

        self.field = SearchField(self)
        self.field.setObjectName("quickFindInput")
        self.field.setAccessibleName(self.tr("What the customer said"))
        self.field.setAccessibleDescription(
            self.tr("Type a few letters; the best prepared answer shows below.")
        )
        self.field.setPlaceholderText(self.tr("What did the customer say?"))
        enable_clear_button(self.field)
        self.field.setFont(_font(self, 1.3))
        self.field.steered.connect(self._steer)
        self.pin = QToolButton(self)
        self.pin.setObjectName("quickFindPin")
        self.pin.setCheckable(True)
        self.pin.setText(self.tr("On top"))
        pin_keys = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T)
        self.pin.setToolTip(
            self.tr("Keep this window above other windows (%1)").replace("%1", key_text(pin_keys))
        )
        self.pin.toggled.connect(self.set_pinned)

        # Where the answer would be: said plainly when nothing matches the text typed.
        self.nothing = QLabel(self)
        self.nothing.setObjectName("quickFindNothing")
        self.nothing.setWordWrap(True)
        self.nothing.setFont(_font(self, 1.3))
        self.nothing.setText(self.tr("Nothing matches. Try fewer letters or another word."))
        self.nothing.setVisible(False)
        self.objection = QLabel(self)
        self.objection.setObjectName("quickFindObjection")
        self.objection.setWordWrap(True)
        self.objection.setTextFormat(Qt.TextFormat.RichText)
        self.objection.setFont(_font(self, 1.1))
        self.answer = QLabel(self)
        self.answer.setObjectName("quickFindAnswer")
        self.answer.setWordWrap(True)
        self.answer.setFont(_font(self, 1.7, bold=True))
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details = QLabel(self)
        self.details.setObjectName("quickFindDetails")
        self.details.setWordWrap(True)
        self.matches = QListWidget(self)
        self.matches.setObjectName("quickFindMatches")
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.currentRowChanged.connect(self._show_match)
        self.status = SecondaryLabel("", self)
        self.status.setObjectName("quickFindStatus")

        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(self.pin)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.nothing)
        layout.addWidget(self.objection)
        layout.addWidget(self.answer)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.matches)
        layout.addWidget(self.status)

        pin_shortcut = QShortcut(pin_keys, self)
        pin_shortcut.activated.connect(self.pin.toggle)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W), self, self.close)
        self.learning = PhrasingLearning(self)
        remember_shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_S), self)
        remember_shortcut.activated.connect(self.remember)
        self.field.take_back = self._take_back

        self.searcher = QuickSearcher(self)
        self.searcher.resultsReady.connect(self._show_results)
        self.searcher.libraryOpened.connect(self._library_ready)
        self.searcher.failed.connect(self.status.setText)
        self.field.textChanged.connect(self._typed)
        self._fit_matches()
        self._clear_answer()
        self.status.setText(self.tr("Opening the library…"))
        if library is not None:
            self.searcher.use_library(library)
        self.resize(560, 420)
        self._restore()

    # The window's state between sessions.
    def _restore(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value(_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        pinned = self.settings.value(_PINNED, False)
        self.pin.setChecked(pinned is True or pinned == "true")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            self.settings.setValue(_GEOMETRY, self.saveGeometry())
            self.settings.setValue(_PINNED, self.pin.isChecked())
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop searching (and close the library if this window opened it)."""
        self.searcher.close()

    def set_pinned(self, pinned: bool) -> None:
        """Keep the window on top of others, or not."""
        if pinned != self.pin.isChecked():
            self.pin.setChecked(pinned)
            return
        visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, pinned)
        if visible:
            self.show()

    def invalidate(self) -> None:
        """The library changed: search the text on screen again."""
        self.searcher.invalidate()
        if self._query:
            self.searcher.search(self._query)

    # Searching.
    def _library_ready(self) -> None:
        self._ready = True
        if self.learning.editor is None and self.searcher.library is not None:
            # On its own, quick-find keeps its own undo stack for what it remembers.
            self.learning.keep_own_undo(self.searcher.library, self.invalidate, self.status.setText)
        self._hint()

    def _typed(self, text: str) -> None:
        self._query = text
        self.learning.forget_offer()
        if not text.strip():
            self._shown_query = ""
            self.records = []
            self.matches.clear()
            self._fit_matches()
            self._clear_answer()
            self._hint()
            return
        self.searcher.search(text)

    def _show_results(self, query: str, records: list[ObjectionRecord], complete: bool) -> None:
        if query != self._query:
            return  # the user typed on
        if query == self._shown_query and len(records) > len(self.records) > 0:
            self._add_matches(records)  # the rest of the matches for the text on screen
            self.matchesShown.emit(query)
            return
        self._shown_query = query
        self.records = records
        self.matches.blockSignals(True)
        self.matches.clear()
        for record in records:
            self.matches.addItem(QLocale().quoteString(record.text))
        self.matches.blockSignals(False)
        self._fit_matches()
        if records:
            self.matches.setCurrentRow(0)
            self._show_match(0)
            self._hint()
        else:
            self._clear_answer()
            self.nothing.setVisible(True)
            self.status.setText(self.tr("Esc clears"))
        self.answerShown.emit(query)
        if complete:
            self.matchesShown.emit(query)
        else:  # after this turn of the event loop has painted the answer
            QTimer.singleShot(0, partial(self.searcher.painted, query))

    def _add_matches(self, records: list[ObjectionRecord]) -> None:
        self.records = records
        self.matches.blockSignals(True)
        for record in records[self.matches.count() :]:
            self.matches.addItem(QLocale().quoteString(record.text))
        self.matches.blockSignals(False)
        self._fit_matches()

    def _fit_matches(self) -> None:
        """As tall as its rows (at most six), so the answer keeps the room."""
        self.matches.setVisible(self.matches.count() > 1)
        rows = max(1, min(6, self.matches.count()))
        height = self.matches.sizeHintForRow(0) if self.matches.count() else 0
        height = max(height, self.fontMetrics().height() + 4)
        self.matches.setFixedHeight(rows * height + 2 * self.matches.frameWidth() + 2)

    def _show_match(self, row: int) -> None:
        if not 0 <= row < len(self.records):
            return
        record = self.records[row]
        self.nothing.setVisible(False)
        opening, closing = QLocale().quoteString("|").split("|")
        markup = html.escape(opening) + highlighted(record.text, self._query) + html.escape(closing)
        said = self._matching_phrasing(record)
        if said:
            markup += (
                "<br><small>"
                + self.tr("Customers say: %1").replace(
                    "%1",
                    html.escape(opening) + highlighted(said, self._query) + html.escape(closing),
                )
                + "</small>"
            )
        self.objection.setText(markup)
        self._answers = ranked_responses(record.responses)
        self._answer_index = 0
        self._show_answer()

    def _matching_phrasing(self, record: ObjectionRecord) -> str:
        """The phrasing the words typed are found in, when the objection's text has none."""
        if not self._query.strip() or match_spans(record.text, self._query):
            return ""
        return next((p for p in record.phrasings if match_spans(p, self._query)), "")

    def _show_answer(self) -> None:
        if not self._answers:
            self.answer.setText(self.tr("No answer is prepared for this objection yet."))
            self.details.clear()
            return
        response = self._answers[self._answer_index]
        self.answer.setText(response.text)
        details = []
        if response.technique:
            details.append(response.technique)
        if len(self._answers) > 1:
            details.append(
                self.tr("answer %1 of %2")
                .replace("%1", str(self._answer_index + 1))
                .replace("%2", str(len(self._answers)))
            )
        line = " · ".join(details)
        if response.follow_up:
            line += ("\n" if line else "") + self.tr("Then ask: %1").replace(
                "%1", response.follow_up
            )
        self.details.setText(line)

    def _clear_answer(self) -> None:
        self._answers = []
        self.nothing.setVisible(False)
        self.objection.clear()
        self.answer.clear()
        self.details.clear()

    def _hint(self) -> None:
        if not self._ready:
            self.status.setText(self.tr("Opening the library…"))
        elif self.records:
            self.status.setText(
                self.tr(
                    "Enter copies the answer · ↑↓ other matches · PgDn next answer · Esc clears"
                )
            )
        else:
            self.status.setText(self.tr("Type a few letters of what the customer said."))

    # Keys.
    def current_answer(self) -> str:
        """The answer on screen ("" when there is none)."""
        return self._answers[self._answer_index].text if self._answers else ""

    def copy_answer(self) -> None:
        """Put the answer on screen on the clipboard."""
        text = self.current_answer()
        if text:
            QGuiApplication.clipboard().setText(text)
            said = self.tr("Copied to the clipboard.")
            row = self.matches.currentRow()
            if 0 <= row < len(self.records):
                offer = self.learning.picked(self.records[row], self._query)
                if offer:
                    said += " " + offer
            self.status.setText(said)

    def remember(self) -> None:
        """Remember the words typed as a phrasing of the objection whose answer was taken."""
        said = self.learning.remember()
        if said:
            self.status.setText(said)

    def _take_back(self) -> bool:
        if not self.learning.undo():
            return False
        self.status.setText(self.tr("Not remembered."))
        return True

    def _step_match(self, step: int) -> None:
        if self.records:
            row = max(0, min(len(self.records) - 1, self.matches.currentRow() + step))
            self.matches.setCurrentRow(row)

    def _step_answer(self, step: int) -> None:
        if len(self._answers) > 1:
            self._answer_index = (self._answer_index + step) % len(self._answers)
            self._show_answer()

    def _steer(self, key: int) -> None:
        if key == Qt.Key.Key_Down:
            self._step_match(1)
        elif key == Qt.Key.Key_Up:
            self._step_match(-1)
        elif key == Qt.Key.Key_PageDown:
            self._step_answer(1)
        elif key == Qt.Key.Key_PageUp:
            self._step_answer(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.copy_answer()
        elif self.field.text():
            self.field.clear()
        else:
            self.close()
