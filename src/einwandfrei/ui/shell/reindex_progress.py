"""The progress of re-indexing an older library's search once, in the window's status bar.

A library whose search index was built by an older version is indexed anew while it is opened
(`store.db.connection.open_library`); on a large library that takes a few seconds, so the window
says what it is doing and how far it got, instead of looking frozen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject
from PySide6.QtWidgets import QMainWindow, QProgressBar


class ReindexProgress(QObject):
    """Told (done, total) by the re-indexing; shows a bar in the status bar while it runs."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("reindexProgress")
        self.window = window
        self.bar: QProgressBar | None = None
        self.last: tuple[int, int] | None = None  # what it was told last

    def __call__(self, done: int, total: int) -> None:
        self.last = (done, total)
        if self.bar is None:
            self.bar = QProgressBar(self.window)
            self.bar.setObjectName("reindexProgressBar")
            self.bar.setAccessibleName(self.tr("Updating the search index"))
            self.bar.setFormat(self.tr("Updating the search index… %p%"))
            self.bar.setMaximumWidth(320)
            self.window.statusBar().addPermanentWidget(self.bar)
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        if done >= total:
            self.window.statusBar().removeWidget(self.bar)
            self.bar.deleteLater()
            self.bar = None
            return
        # Repaint the bar; what the user types waits until the library is open.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
