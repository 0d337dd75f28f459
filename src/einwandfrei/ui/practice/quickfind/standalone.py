"""`einwandfrei quick`: quick-find on its own, painted before the library is even open.

Start-up order: Qt, the translations, the window on screen — and only then, in the search thread,
SQLAlchemy and the library. The library is opened without the automatic backup (quick-find only
reads), and without the main window's lock, so it runs beside the main window.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from einwandfrei.paths import APP_NAME, resolve_data_dir
from einwandfrei.ui.practice.quickfind.window import QuickFindWindow
from einwandfrei.ui.shell.import_scan import skip_feature_source_scan


def _settings() -> QSettings:
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def open_quick_find(
    data_dir: Path,
    settings: QSettings | None = None,
    *,
    language: str | None = None,
    starter: bool = True,
) -> QuickFindWindow:
    """Show a quick-find window at once, then open the library in `data_dir` behind it.

    `language` and `starter` matter only if the library has to be created.
    """
    window = QuickFindWindow(None, settings=settings)
    # On its own, quick-find is the application: Ctrl+Q quits it (Ctrl+W and Esc close it too).
    QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q), window, window.close)
    window.show()
    # After the first paint: the search thread imports SQLAlchemy and opens the library.
    QTimer.singleShot(
        0, lambda: window.searcher.open_data_folder(data_dir, language=language, starter=starter)
    )
    return window


def run(data_dir: str | None, *, language: str | None = None, starter: bool = True) -> int:
    """Run quick-find alone until its window closes; returns the exit status."""
    skip_feature_source_scan()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    settings = _settings()
    from einwandfrei.i18n import install_translators, interface_language

    translators = install_translators(app, interface_language(settings))
    window = open_quick_find(
        resolve_data_dir(data_dir), settings, language=language, starter=starter
    )
    window.field.setFocus()
    try:
        return app.exec()
    finally:
        window.shutdown()
        del translators
