"""What the Calls view, the wizard and the dialogs share: the library, undo, the change bus,
prompts, callbacks.

Everything a window needs from outside comes in through `CallsContext`, so tests replace the
prompts (no modal dialogs), the clock (a fixed "today") and the print/practise callbacks.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from einwandfrei.planning.changes import Change
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.change_bus import ChangeBus

if TYPE_CHECKING:
    from einwandfrei.store.privacy.forget_customer import ForgetPreview


class DiscardChoice(enum.Enum):
    """What to do with a plan that has unsaved content when the wizard is cancelled."""

    DISCARD = "discard"
    SAVE_DRAFT = "save_draft"
    KEEP_EDITING = "keep_editing"


class Prompts(Protocol):
    """The questions and messages that would otherwise be modal boxes."""

    def ask_discard(self, parent: QWidget) -> DiscardChoice:
        """Ask whether to discard a plan with unsaved content."""
        ...

    def show_error(self, parent: QWidget | None, message: str) -> None:
        """Tell the user that something could not be done (one sentence)."""
        ...

    def confirm_forget(self, parent: QWidget, preview: ForgetPreview, backups: int) -> bool:
        """Ask before a customer is deleted permanently (what goes; it cannot be undone)."""
        ...

    def show_report(self, parent: QWidget | None, title: str, message: str) -> None:
        """Tell the user what was done."""
        ...


class MessageBoxPrompts:
    """The real prompts: Qt message boxes."""

    def ask_discard(self, parent: QWidget) -> DiscardChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("MessageBoxPrompts", "Discard this plan?"))
        box.setText(
            QCoreApplication.translate(
                "MessageBoxPrompts", "This plan has not been saved. Discard what you have written?"
            )
        )
        save = box.addButton(
            QCoreApplication.translate("MessageBoxPrompts", "Save as draft"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        discard = box.addButton(
            QCoreApplication.translate("MessageBoxPrompts", "Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("MessageBoxPrompts", "Keep editing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return DiscardChoice.SAVE_DRAFT
        if clicked is discard:
            return DiscardChoice.DISCARD
        return DiscardChoice.KEEP_EDITING

    def show_error(self, parent: QWidget | None, message: str) -> None:
        title = QCoreApplication.translate("MessageBoxPrompts", "That did not work")
        QMessageBox.warning(parent, title, message)

    def confirm_forget(self, parent: QWidget, preview: ForgetPreview, backups: int) -> bool:
        from einwandfrei.ui.calls.forget_dialog import ForgetCustomerDialog

        dialog = ForgetCustomerDialog(preview, backups, parent)
        return dialog.exec() == ForgetCustomerDialog.DialogCode.Accepted

    def show_report(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)


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
    prompts: Prompts = field(default_factory=MessageBoxPrompts)
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

    def publish(self, change: Change) -> None:
        """Tell every view what changed (on the window's one change bus)."""
        self.bus.publish(change)
