"""Text fields that save themselves: no Save button, one undo stack for the whole window.

- `GrowingTextEdit`: a plain-text field that grows with its text (no scroll bar); Tab moves on.
- `FieldBinding`: watches a field and reports each finished edit — after a short pause in typing or
  when the field loses focus — as (previous, new, session). Typing a sentence is one session, so the
  undo command it becomes merges into one step.
- Ctrl+Z / Ctrl+Shift+Z in these fields reach the window's undo stack instead of the field's own.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

SAVE_DELAY_MS = 300
_WINDOW_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class _WindowUndoKeys(QObject):
    """Lets Undo and Redo through to the window's actions instead of the focused field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in _WINDOW_KEYS)
        ):
            event.ignore()
            return True  # not accepted: the shortcut goes to the window's action
        return False


_window_undo_keys: _WindowUndoKeys | None = None


def route_undo_to_window(widget: QWidget) -> None:
    """Make Ctrl+Z and Ctrl+Shift+Z in `widget` undo and redo in the window, not in the field."""
    global _window_undo_keys
    if _window_undo_keys is None:
        _window_undo_keys = _WindowUndoKeys()
    widget.installEventFilter(_window_undo_keys)
    if isinstance(widget, QPlainTextEdit):
        widget.setUndoRedoEnabled(False)


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text field as tall as its text (between `min_lines` and `max_lines`)."""

    def __init__(
        self, parent: QWidget | None = None, *, min_lines: int = 1, max_lines: int = 12
    ) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().documentLayout().documentSizeChanged.connect(self.fit)
        route_undo_to_window(self)
        self.fit()

    def fit(self, *_args: object) -> None:
        """Take the height the text needs (between `min_lines` and `max_lines`)."""
        metrics = QFontMetrics(self.font())
        # A plain-text layout measures its height in lines (wrapped lines included).
        needed = int(self.document().documentLayout().documentSize().height())
        lines = max(self.min_lines, min(self.max_lines, needed))
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if needed > self.max_lines
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        margin = self.document().documentMargin()
        height = math.ceil(lines * metrics.lineSpacing() + 2 * margin) + 2 * self.frameWidth() + 2
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.height())


def field_text(widget: QPlainTextEdit | QLineEdit) -> str:
    """The text of a field of either kind."""
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def show_text(widget: QPlainTextEdit | QLineEdit, value: str) -> None:
    """Put `value` into a field without announcing it, keeping the cursor near where it was."""
    if field_text(widget) == value:
        return
    widget.blockSignals(True)
    try:
        if isinstance(widget, QPlainTextEdit):
            position = widget.textCursor().position()
            widget.setPlainText(value)
            cursor = widget.textCursor()
            cursor.setPosition(min(position, len(value)), QTextCursor.MoveMode.MoveAnchor)
            widget.setTextCursor(cursor)
        else:
            position = widget.cursorPosition()
            widget.setText(value)
            widget.setCursorPosition(min(position, len(value)))
    finally:
        widget.blockSignals(False)
    if isinstance(widget, GrowingTextEdit):
        widget.fit()


class FieldBinding(QObject):
    """Reports finished edits of one field: `committed(previous, new, session)`.

    A `required` field never reports an empty text; when it loses focus empty, its saved text
    comes back and `refused` fires.
    """

    committed = Signal(str, str, int)
    refused = Signal()

    _sessions = 0

    def __init__(
        self,
        widget: QPlainTextEdit | QLineEdit,
        *,
        required: bool = False,
        delay_ms: int = SAVE_DELAY_MS,
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.required = required
        self.saved = ""
        self.session = self._next_session()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        widget.textChanged.connect(self._timer.start)
        widget.installEventFilter(self)

    @classmethod
    def _next_session(cls) -> int:
        cls._sessions += 1
        return cls._sessions

    def load(self, value: str) -> None:
        """Show a stored value (nothing is reported)."""
        self._timer.stop()
        self.saved = value
        if field_text(self.widget).strip() != value.strip():
            show_text(self.widget, value)

    def pending(self) -> bool:
        """Whether the field holds an edit not yet reported."""
        return field_text(self.widget).strip() != self.saved.strip()

    def unsaved(self) -> bool:
        """Whether the field holds an edit that could be saved but is not (yet, or it failed)."""
        return self.pending() and bool(field_text(self.widget).strip() or not self.required)

    def flush(self) -> bool:
        """Report the edit now, if there is one; False if it is still unsaved afterwards.

        A receiver that cannot save the edit puts `saved` back, so the field stays unsaved.
        """
        self._timer.stop()
        if self.unsaved():
            previous, self.saved = self.saved, field_text(self.widget).strip()
            self.committed.emit(previous, self.saved, self.session)
        return not self.unsaved()

    def end_session(self) -> None:
        """The next edit starts a new undo step."""
        self.session = self._next_session()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.widget
            and isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            # A completion list or a context menu opening is still editing this field.
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self.flush()
            self.end_session()
            if self.required and not field_text(self.widget).strip() and self.saved:
                show_text(self.widget, self.saved)
                self.refused.emit()
        return False
