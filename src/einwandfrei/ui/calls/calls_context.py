"""What the Calls view, the wizard and the dialogs share: the library, undo, the change bus,
prompts, callbacks.

Everything a window needs from outside comes in through `CallsContext`, so tests replace the
prompt service (no modal dialogs), the clock (a fixed "today") and the print/practise callbacks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from einwandfrei.planning.changes import Change
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.change_bus import ChangeBus
from einwandfrei.ui.prompts import LazyPrompts, Prompts


def _now() -> datetime:
    return datetime.now().astimezone()


@dataclass
class CallsContext:
    """The parts every Calls window works with.

    `on_print(plan_id)` and `on_practise(plan_id)` come from the printing and drills features;
    None hides their buttons. `clock` gives the current local time (tests and screenshots fix it).
    """

    library: Library
    undo_stack: QUndoStack | None = None
    prompts: Prompts = field(default_factory=LazyPrompts)
    bus: ChangeBus = field(default_factory=ChangeBus)
    on_print: Callable[[int], object] | None = None
    on_practise: Callable[[int], object] | None = None
    clock: Callable[[], datetime] = _now

    def now(self) -> datetime:
        """The current local time (timezone-aware)."""
        return self.clock()

    def today(self) -> date:
        """Today's local date."""
        return self.clock().date()

    def show_error(self, parent: QWidget | None, message: str) -> None:
        """Tell the user that something could not be done (one sentence)."""
        title = QCoreApplication.translate("MessageBoxPrompts", "That did not work")
        self.prompts.warn(parent, title, message)

    def publish(self, change: Change) -> None:
        """Tell every view what changed (on the window's one change bus)."""
        self.bus.publish(change)
