"""Quick-find's search line and the marking of the words typed in what it shows."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

from einwandfrei.planning.folding import match_spans


def highlighted(text: str, query: str) -> str:
    """`text` as rich text with the words of `query` in bold."""
    parts: list[str] = []
    position = 0
    for start, end in match_spans(text, query):
        parts.append(html.escape(text[position:start]))
        parts.append(f"<b>{html.escape(text[start:end])}</b>")
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


class SearchField(QLineEdit):
    """The search line; the keys that steer the answers are passed on as one signal."""

    steered = Signal(int)
    # Asked first when Ctrl+Z is pressed: True if it undid something (quick-find's last
    # remembered phrasing), else the line undoes its own typing.
    take_back: Callable[[], bool] | None = None

    STEERING = (
        Qt.Key.Key_Down,
        Qt.Key.Key_Up,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Escape,
    )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.matches(QKeySequence.StandardKey.Undo)
            and self.take_back is not None
            and self.take_back()
        ):
            return
        if (
            event.key() in self.STEERING
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.steered.emit(event.key())
            return
        super().keyPressEvent(event)
