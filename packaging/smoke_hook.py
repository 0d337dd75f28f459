"""Lets the smoke test start the GUI unattended: note the first shown window, then quit cleanly.

Only active when the launcher is started with EINWANDFREI_SMOKE_REPORT set. It wraps
`QApplication.exec` so that, once the event loop runs, a timer watches for the first visible
top-level window to be exposed (mapped and drawn), writes `time.monotonic()` of that moment (a
system-wide clock on Linux, so the smoke test can subtract its own start time), the window's title
and the Qt platform plugin in use to the report file, waits a moment for the window to settle,
then closes every window and quits the event loop.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

LINGER_MS = int(os.environ.get("EINWANDFREI_SMOKE_LINGER_MS", "500"))
POLL_MS = 10


def install(report_file: str) -> None:
    """Make the next `QApplication.exec()` report its first shown window and then return 0."""
    from PySide6.QtCore import QLibraryInfo, QTimer
    from PySide6.QtWidgets import QApplication

    original_exec = QApplication.exec
    report = Path(report_file)

    def exec_and_report(*_ignored: object) -> int:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        watcher = QTimer(app)

        def look_for_window() -> None:
            # Shown and exposed: on X11 the window is mapped and drawn, not only asked for.
            shown = [
                w
                for w in QApplication.topLevelWidgets()
                if w.isVisible() and w.windowHandle() is not None and w.windowHandle().isExposed()
            ]
            if not shown:
                return
            watcher.stop()
            window = shown[0]
            report.write_text(
                json.dumps(
                    {
                        "shown_at_monotonic": time.monotonic(),
                        "title": window.windowTitle(),
                        "object_name": window.objectName(),
                        "width": window.width(),
                        "height": window.height(),
                        "platform": QApplication.platformName(),
                        "qt_plugins": QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath),
                        "qt_translations": QLibraryInfo.path(
                            QLibraryInfo.LibraryPath.TranslationsPath
                        ),
                    }
                ),
                encoding="utf-8",
            )
            QTimer.singleShot(LINGER_MS, _close_everything)

        watcher.timeout.connect(look_for_window)
        watcher.start(POLL_MS)
        return int(original_exec())

    QApplication.exec = staticmethod(exec_and_report)  # type: ignore[method-assign,assignment]


def _close_everything() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.closeAllWindows()
    QApplication.quit()
