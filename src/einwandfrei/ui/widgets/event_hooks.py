"""Small hooks on a widget's events, for what would otherwise be an event handler written again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class _EnterFilter(QObject):
    def __init__(self, callback: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self._callback()
                return True
        return super().eventFilter(watched, event)


def on_enter(widget: QWidget, callback: Callable[[], object]) -> None:
    """Let Enter in `widget` do `callback` — and only that, not also press the dialog's default
    button (Next, Save)."""
    widget.installEventFilter(_EnterFilter(callback, widget))


class _ShowHideFilter(QObject):
    def __init__(self, callback: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._callback()
        return super().eventFilter(watched, event)


def on_show_or_hide(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call `callback` each time `widget` is shown or hidden (it sees the new `isVisible()`): for
    actions that act on what is in sight."""
    widget.installEventFilter(_ShowHideFilter(callback, widget))
