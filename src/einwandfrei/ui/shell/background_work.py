"""Long work off the window's thread: imports, exports, backups.

The work runs in a `QThread` on a `Library` of its own (SQLite connections never cross threads) and
reports back on the window's thread. A progress dialog appears if the work takes a while; it is
window-modal, so nothing else writes to the library meanwhile, yet the window keeps painting.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library

PROGRESS_DELAY_MS = 400


class _Worker(QThread):
    def __init__(self, library_path: Path, work: Callable[[Library], Any]) -> None:
        super().__init__()
        self._path = library_path
        self._work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        from einwandfrei.store.db.second_handle import open_secondary

        try:
            library = open_secondary(self._path)
            try:
                self.result = self._work(library)
            finally:
                library.close()
        except Exception as error:  # reported on the window's thread
            self.error = error


class BackgroundTask(QObject):
    """One piece of work in the background; `finished` fires on the window's thread."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        library_path: Path,
        work: Callable[[Library], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        label: str | None = None,
        block_at_once: bool = False,
    ) -> None:
        """`label` shows a window-modal progress dialog once the work takes a while, or at once
        with `block_at_once` (for work that must not meet an edit, such as a restore)."""
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._worker: _Worker | None = _Worker(library_path, work)
        self._worker.finished.connect(self._worker_finished, Qt.ConnectionType.QueuedConnection)
        self._progress: QProgressDialog | None = None
        if label is not None:
            progress = QProgressDialog(label, "", 0, 0, parent)
            progress.setCancelButton(None)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0 if block_at_once else PROGRESS_DELAY_MS)
            progress.setAutoClose(False)
            progress.setValue(0)
            if block_at_once:
                progress.show()
            self._progress = progress

    def start(self) -> None:
        """Start the work."""
        assert self._worker is not None
        self._worker.start()

    def wait(self) -> None:
        """Block until the work is done (when the window closes)."""
        if self._worker is not None:
            self._worker.wait()
            self._worker_finished()

    @Slot()
    def _worker_finished(self) -> None:
        if self._worker is None:
            return
        worker, self._worker = self._worker, None
        if self._progress is not None:
            self._progress.reset()
            self._progress.hide()  # at once: the window takes input again before `on_done` runs
            self._progress.deleteLater()
            self._progress = None
        if worker.error is not None:
            self._on_error(worker.error)
        else:
            self._on_done(worker.result)
        worker.deleteLater()
        self.finished.emit()
