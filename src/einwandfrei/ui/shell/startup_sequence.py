"""Start-up as an explicit sequence of stages, each announced by a signal of its own:

    painted → opened → listed → editing → ready

- **painted**: the window is on screen (SQLAlchemy is not loaded yet);
- **opened**: the data folder is locked and the library open (read-only if it cannot be
  written: the window then offers nothing that writes); the session exists;
- **listed**: the library page lists it (and can be searched);
- **editing**: the editor, the Edit menu and the File menu work on it (the automatic backup runs);
- **ready**: practice, Calls and printing are attached.

`run_now()` goes through every stage at once (tests, scripts: nothing waits for a paint);
`start()` waits for the first paint, then takes one stage per turn of the event loop, so the window
repaints in between (the list shows before the editor is built) — the order is this module's list
of stages, not the order in which signals were connected. A library that cannot be opened stops
the sequence: `run_now` raises `StartupRefused`, `start` emits `refused` (the user was told why).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal, SignalInstance

from einwandfrei.ui.session import Session
from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.shell.startup import (
    StartupRefused,
    lock_data_folder,
    offer_backup,
    open_with_prompts,
)

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library

FIRST_PAINT_FALLBACK_MS = 250


class Stage(enum.IntEnum):
    """How far the window has come."""

    BUILT = 0
    PAINTED = 1
    OPENED = 2
    LISTED = 3
    EDITING = 4
    READY = 5


class StartupSequence(QObject):
    """Takes one window from built to ready."""

    painted = Signal()
    opened = Signal()
    listed = Signal()
    editing = Signal()
    ready = Signal()
    refused = Signal()

    def __init__(
        self,
        window: MainWindow,
        *,
        lock: QLockFile | None = None,
        locked: bool = False,
        language: str | None = None,
        starter: bool = True,
    ) -> None:
        """`locked`: the caller has locked the data folder already (`lock`, or None for a
        read-only folder, which needs none); else the sequence locks it when it opens."""
        super().__init__(window)
        self.window = window
        self.language = language
        self.starter = starter
        self.stage = Stage.BUILT
        self.session: Session | None = None
        self._locked = locked or lock is not None
        if lock is not None:
            window.adopt_lock(lock)
        window.startup = self
        self._steps: list[tuple[Stage, Callable[[], None], SignalInstance]] = [
            (Stage.PAINTED, lambda: None, self.painted),
            (Stage.OPENED, self._open, self.opened),
            (Stage.LISTED, self._list, self.listed),
            (Stage.EDITING, self._edit, self.editing),
            (Stage.READY, self._attach_features, self.ready),
        ]

    # Driving the stages ----------------------------------------------------------------------

    def run_now(self) -> None:
        """Every stage at once; `StartupRefused` if the library cannot be opened."""
        while self._advance():
            pass

    def start(self) -> None:
        """After the first paint (or a moment, whichever comes first), one stage per turn of
        the event loop."""
        self.window.firstPainted.connect(self._go_on)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, self._go_on)

    def _go_on(self) -> None:
        if self.stage is not Stage.BUILT:
            return  # painted and the fallback: only the first counts
        self._step_later()

    def _step_later(self) -> None:
        if not self.window.isVisible():
            return  # closed before it was its turn
        try:
            more = self._advance()
        except StartupRefused:
            self.refused.emit()
            return
        if more:
            QTimer.singleShot(0, self, self._step_later)

    def _advance(self) -> bool:
        """Take the next stage; whether there is another after it."""
        position = int(self.stage)
        if position >= len(self._steps):
            return False
        stage, step, announce = self._steps[position]
        step()
        self.stage = stage
        announce.emit()
        return position + 1 < len(self._steps)

    # The stages ------------------------------------------------------------------------------

    def _open(self) -> None:
        window = self.window
        if not self._locked:
            window.adopt_lock(lock_data_folder(window.data_dir, window.prompts, window))
            self._locked = True
        from einwandfrei.ui.shell.reindex_progress import ReindexProgress

        library = open_with_prompts(
            window.data_dir,
            window.prompts,
            window,
            language=self.language,
            starter=self.starter,
            reindexing=ReindexProgress(window),
        )
        self._begin_session(library)

    def _begin_session(self, library: Library) -> Session:
        from einwandfrei.ui.undo.library_steps import LibraryEditor

        window = self.window
        editing = LibraryEditor(library, window.undo_stack, window.bus, library_language(library))
        editing.setParent(window)
        self.session = Session(
            library,
            window.undo_stack,
            window.bus,
            window.prompts,
            editing,
            window.data_dir,
            window.settings.qsettings,
        )
        window.open_session(self.session)
        if library.read_only:  # read-only media, file or folder: it is read, never written
            from einwandfrei.ui.shell.read_only_mode import enter_read_only_mode

            enter_read_only_mode(window, library)
        return self.session

    def _list(self) -> None:
        from einwandfrei.store.db.errors import DamagedLibraryError

        assert self.session is not None
        try:
            self.window.features.library.show_list(self.session)
        except DamagedLibraryError as error:
            # A row that cannot be read (its text is not valid UTF-8) shows only once it is read.
            window = self.window
            damaged = self.session
            damaged.library.close()
            damaged.editing.deleteLater()
            self.session = window.session = None
            replacement = offer_backup(window.data_dir, error, window.prompts, window)
            if replacement is None:
                raise StartupRefused from error
            window.features.library.show_list(self._begin_session(replacement))

    def _edit(self) -> None:
        assert self.session is not None
        for feature in self.window.features.with_editing():
            feature.attach(self.session)
        self.window.set_library_actions_enabled(True)

    def _attach_features(self) -> None:
        assert self.session is not None
        for feature in self.window.features.after_editing():
            feature.attach(self.session)


def library_language(library: Library) -> str:
    """The language new objections are written in (the library's own, from its meta data)."""
    from einwandfrei.store.library.record_reading import read_meta

    with library.read() as connection:
        return read_meta(connection, "language")
