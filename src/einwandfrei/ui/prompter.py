"""Everything that would stop and ask the user: message boxes, file pickers, the folder opener.

The window asks through a `Prompter`, never through QMessageBox or QFileDialog directly, so tests
hand in one that answers at once and records what it was asked — no modal window is ever left open.
The real one, with Qt's dialogs, is `qt_prompter.QtPrompter`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget


class Prompter(Protocol):
    """The questions and messages of the library window."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something."""
        ...

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user that something could not be done, and why."""
        ...

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """Ask before doing `action` (the button's label); True to go ahead."""
        ...

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A line of text the user types, or None if cancelled."""
        ...

    def choose_open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        """A file to read, or None."""
        ...

    def choose_save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        """Where to write a file, or None."""
        ...

    def choose_item(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> int | None:
        """The index of one of `items`, or None."""
        ...

    def choose_colour(self, parent: QWidget | None, title: str, current: str) -> str | None:
        """A colour as "#rrggbb", or None if cancelled."""
        ...

    def open_folder(self, folder: Path) -> None:
        """Show a folder in the desktop's file manager."""
        ...

    def show_dialog(self, dialog: QDialog) -> None:
        """Show a dialog that works on its own (preferences, about) without blocking."""
        ...


class LazyQtPrompter:
    """Qt's dialogs, loaded on the first question (not while the window starts)."""

    def __init__(self) -> None:
        self._real: Prompter | None = None

    def __getattr__(self, name: str) -> Any:
        if self._real is None:
            from einwandfrei.ui.qt_prompter import QtPrompter

            self._real = QtPrompter()
        return getattr(self._real, name)


def describe_backup(path: Path) -> str:
    """A backup as the user knows it: its local date and time, why it was made, and whether it
    failed its check when it was written."""
    from einwandfrei.store.db.backup_ladder import Check, parse_backup_name

    backup = parse_backup_name(path)
    if backup is None:
        return path.name
    when = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(backup.taken_at.timestamp())),
        QLocale.FormatType.ShortFormat,
    )
    label = backup.label
    if label.startswith("before-upgrade"):
        reason = QCoreApplication.translate("Backups", "before an upgrade")
    elif label == "before-restore":
        reason = QCoreApplication.translate("Backups", "before a restore")
    elif label == "manual":
        reason = QCoreApplication.translate("Backups", "made by you")
    else:
        reason = QCoreApplication.translate("Backups", "automatic")
    if backup.check is Check.FAILED:
        return QCoreApplication.translate("Backups", "{when} ({reason}, damaged)").format(
            when=when, reason=reason
        )
    return QCoreApplication.translate("Backups", "{when} ({reason})").format(
        when=when, reason=reason
    )
