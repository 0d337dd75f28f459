"""Helpers for the wizard and Calls view tests: a fixed clock, a context with fake prompts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from einwandfrei.store.db.connection import Library
from einwandfrei.ui.calls.calls_context import CallsContext
from tests.prompts_support import FakePrompts

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


class Clock:
    """A clock the test sets."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def make_context(
    library: Library,
    *,
    prompts: FakePrompts | None = None,
    clock: Clock | None = None,
    printed: list[int] | None = None,
    practised: list[int] | None = None,
) -> CallsContext:
    """A context with an undo stack, scripted prompts and a fixed clock."""
    return CallsContext(
        library,
        QUndoStack(),
        prompts or FakePrompts(),
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
