"""Everything that would stop and ask the user, behind one service: `Prompts`.

Message boxes, the wizard's "discard this plan?", "erase this customer?", text and item pickers,
file pickers, the folder opener, dialogs shown without blocking, and printing's preview, printer
and PDF-file choosers.
Every part of the window receives the one service through the session; tests hand in one that
answers at once and records what it was asked, so no modal window is ever left open and no
printer is touched. The real one, with Qt's dialogs, is `qt_prompts.QtPrompts`, loaded on the
first question (`LazyPrompts`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog, QWidget

    from einwandfrei.store.privacy.forget_customer import ForgetPreview


class DiscardChoice(enum.Enum):
    """What to do with a plan that has unsaved content when the wizard is cancelled."""

    DISCARD = "discard"
    SAVE_DRAFT = "save_draft"
    KEEP_EDITING = "keep_editing"


class Prompts(Protocol):
    """The questions and messages of the whole window."""

    # Messages and questions ------------------------------------------------------------------

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something."""
        ...

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user that something could not be done, and why."""
        ...

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """Ask before doing `action` (the button's label); True to go ahead."""
        ...

    def ask_discard(self, parent: QWidget) -> DiscardChoice:
        """Ask whether to discard a plan with unsaved content (or save it as a draft)."""
        ...

    def confirm_forget(self, parent: QWidget, preview: ForgetPreview, backups: int) -> bool:
        """Ask before a customer is erased for good (what goes; it cannot be undone)."""
        ...

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A line of text the user types, or None if cancelled."""
        ...

    def choose_item(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> int | None:
        """The index of one of `items`, or None."""
        ...

    def choose_colour(self, parent: QWidget | None, title: str, current: str) -> str | None:
        """A colour as "#rrggbb", or None if cancelled."""
        ...

    # Files and folders -----------------------------------------------------------------------

    def choose_open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        """A file to read, or None."""
        ...

    def choose_save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        """Where to write a file, or None."""
        ...

    def open_folder(self, folder: Path) -> None:
        """Show a folder in the desktop's file manager."""
        ...

    # Dialogs and windows ---------------------------------------------------------------------

    def show_dialog(self, dialog: QDialog) -> None:
        """Show a dialog over its window without blocking (preferences, about)."""
        ...

    def show_window(self, dialog: QDialog) -> None:
        """Show a window of its own beside the main window, raised (drills, statistics)."""
        ...

    # Printing --------------------------------------------------------------------------------

    def preview(
        self, parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter], None]
    ) -> None:
        """Show the print preview; `paint(printer)` draws the pages (again after page setup)."""
        ...

    def choose_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """Let the user pick a printer and its options; True to print."""
        ...

    def choose_pdf_file(self, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where to save a PDF, or None if cancelled."""
        ...


class LazyPrompts:
    """Qt's dialogs, loaded on the first question (not while the window starts)."""

    def __init__(self) -> None:
        self._real: Prompts | None = None

    def __getattr__(self, name: str) -> Any:
        if self._real is None:
            from einwandfrei.ui.qt_prompts import QtPrompts

            self._real = QtPrompts()
        return getattr(self._real, name)
