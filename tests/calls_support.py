"""Helpers for the wizard and Calls view tests: prompts to script, a fixed clock, a context."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from einwandfrei.store.db.connection import Library
from einwandfrei.store.privacy.forget_customer import ForgetPreview
from einwandfrei.ui.calls.calls_context import CallsContext, DiscardChoice

# Tuesday, 4 March 2025, 08:30 local time: the wizard suggests a call at 09:00 that day.
NOW = datetime(2025, 3, 4, 8, 30).astimezone()


@pytest.fixture
def english_locale() -> Iterator[None]:
    """Dates and numbers formatted as in the United States, whatever the machine says."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


class ScriptedPrompts:
    """Prompts that answer as the test says and remember what they were asked."""

    def __init__(
        self, discard: DiscardChoice = DiscardChoice.DISCARD, *, forget: bool = True
    ) -> None:
        self.discard = discard
        self.discard_asked = 0
        self.errors: list[str] = []
        self.forget = forget
        self.forgets: list[tuple[ForgetPreview, int]] = []
        self.reports: list[tuple[str, str]] = []

    def ask_discard(self, parent: QWidget) -> DiscardChoice:
        del parent
        self.discard_asked += 1
        return self.discard

    def show_error(self, parent: QWidget | None, message: str) -> None:
        del parent
        self.errors.append(message)

    def confirm_forget(self, parent: QWidget, preview: ForgetPreview, backups: int) -> bool:
        del parent
        self.forgets.append((preview, backups))
        return self.forget

    def show_report(self, parent: QWidget | None, title: str, message: str) -> None:
        del parent
        self.reports.append((title, message))


class Clock:
    """A clock the test sets."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def make_context(
    library: Library,
    *,
    prompts: ScriptedPrompts | None = None,
    clock: Clock | None = None,
    printed: list[int] | None = None,
    practised: list[int] | None = None,
) -> CallsContext:
    """A context with an undo stack, scripted prompts and a fixed clock."""
    return CallsContext(
        library,
        QUndoStack(),
        prompts or ScriptedPrompts(),
        clock=clock or Clock(),
        on_print=printed.append if printed is not None else None,
        on_practise=practised.append if practised is not None else None,
    )


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key; QTest only knows ASCII keys, so other letters (ü, –) are sent as
    key events that carry their text, as a keyboard layout would."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for character in text:
        if character.isascii():
            QTest.keyClicks(widget, character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QCoreApplication.sendEvent(widget, event)
