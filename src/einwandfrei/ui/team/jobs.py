"""Team work off the window's thread, one job at a time.

Everything that reaches the team server (connect, pull, publish, decide, send a suggestion) runs
as a `BackgroundTask` on a library handle of its own, so typing never waits for the network. Jobs
queue: a pull never meets a publish half-way, and the results come back in the order asked.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from einwandfrei.store.db.connection import Library
    from einwandfrei.ui.shell.background_work import BackgroundTask


@dataclass
class _Job:
    work: Callable[[Library], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    name: str


class TeamJobs(QObject):
    """Runs team work in the background, one job after the other."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QWidget, library_path: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._library_path = library_path
        self._queue: deque[_Job] = deque()
        self._running: tuple[_Job, BackgroundTask] | None = None

    def run(
        self,
        work: Callable[[Library], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        name: str = "",
    ) -> None:
        """Do `work` on a library handle of its own; `on_done(result)` or `on_error(error)`
        follow on the window's thread."""
        self._queue.append(_Job(work, on_done, on_error, name))
        self._next()

    def is_queued(self, name: str) -> bool:
        """Whether a job of this name is running or waiting."""
        running = self._running is not None and self._running[0].name == name
        return running or any(job.name == name for job in self._queue)

    def busy(self) -> bool:
        """Whether a job is running or waiting."""
        return self._running is not None or bool(self._queue)

    def wait(self) -> None:
        """Finish the running job and drop the waiting ones (the window is closing)."""
        self._queue.clear()
        if self._running is not None:
            self._running[1].wait()

    def _next(self) -> None:
        from einwandfrei.ui.shell.background_work import BackgroundTask

        if self._running is not None or not self._queue:
            return
        path = self._library_path()
        if path is None:
            self._queue.clear()
            return
        job = self._queue.popleft()
        task = BackgroundTask(self._parent, path, job.work, job.on_done, job.on_error)
        self._running = (job, task)
        task.finished.connect(self._finished)
        was_busy = True
        self.busyChanged.emit(was_busy)
        task.start()

    def _finished(self) -> None:
        if self._running is not None:
            self._running[1].deleteLater()
        self._running = None
        if self._queue:
            self._next()
        else:
            self.busyChanged.emit(False)
