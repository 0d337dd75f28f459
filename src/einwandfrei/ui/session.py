"""What every feature of the window works with, and the one protocol that plugs a feature in.

A `Session` exists once the library is open: the library, the undo stack, the change bus, the
prompt service and the undoable editing of objections and named lists. Each feature (the library
page, Calls, practice and quick-find, printing, the File menu's work, the window's dialogs) is
handed it through the `Feature` protocol: `install(window)` before the library opens (menus,
pages, status widgets: cheap, nothing heavy imported), `attach(session)` once it is open, and
`may_close()` when the window is about to close.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from einwandfrei.store.db.connection import Library
    from einwandfrei.ui.change_bus import ChangeBus
    from einwandfrei.ui.prompts import Prompts
    from einwandfrei.ui.shell.main_window import MainWindow
    from einwandfrei.ui.undo.library_steps import LibraryEditor


@dataclass(frozen=True)
class Session:
    """The open library and what works on it, for as long as the window shows it."""

    library: Library
    undo_stack: QUndoStack
    bus: ChangeBus
    prompts: Prompts
    editing: LibraryEditor  # objections, responses and named lists, each change one undo step
    data_dir: Path
    settings: QSettings


class Feature(Protocol):
    """A part of the window: installed before the library opens, attached once it is open."""

    def install(self, window: MainWindow) -> None:
        """Add menus, pages and status widgets (cheap: the window has not painted yet)."""
        ...

    def attach(self, session: Session) -> None:
        """Start working on the open library."""
        ...

    def may_close(self) -> bool:
        """Whether the window may close now (False: work in progress, or the user said no)."""
        ...
