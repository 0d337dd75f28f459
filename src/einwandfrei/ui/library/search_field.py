"""The search field: filters as you type (after a tiny pause), Esc clears, Down goes to the list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

# Keystrokes closer together than this are searched once; short enough to feel instant. A single
# letter is searched as soon as any other: the search index answers a one-letter prefix from its
# prefix index in a few milliseconds, even over 100,000 objections.
DEBOUNCE_MS = 10
FIRST_LETTER_MS = DEBOUNCE_MS


class SearchField(QLineEdit):
    """`searchChanged(text)` fires once typing pauses; `leaveDown` when Down or Enter is pressed."""

    searchChanged = Signal(str)
    leaveDown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setAccessibleName(self.tr("Search objections and answers"))
        self.setAccessibleDescription(
            self.tr("The list of objections narrows with every letter typed; Down goes to it.")
        )
        self.setPlaceholderText(self.tr("Search objections and answers…"))
        self.setToolTip(
            self.tr("Type a few letters of what the customer says (Ctrl+F; Esc clears)")
        )
        self.setMinimumWidth(280)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self._sent = ""
        self.textChanged.connect(self._typed)

    def _typed(self, text: str) -> None:
        self._timer.start(FIRST_LETTER_MS if len(text.strip()) == 1 else DEBOUNCE_MS)

    def _emit(self) -> None:
        if self.text() != self._sent:
            self._sent = self.text()
            self.searchChanged.emit(self._sent)

    def flush(self) -> None:
        """Search now for what is typed, without waiting for the pause."""
        self._timer.stop()
        self._emit()

    def set_text_quietly(self, text: str) -> None:
        """Show `text` as the current search without announcing it (restoring a session)."""
        self.blockSignals(True)
        self.setText(text)
        self.blockSignals(False)
        self._sent = text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
                self.flush()
            else:
                self.leaveDown.emit()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            self.leaveDown.emit()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Esc belongs to the field, even where a dialog or the window would otherwise take it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)
