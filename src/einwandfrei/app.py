"""The GUI's one way in: QApplication set-up, `create_main_window(data_dir)` and `run(...)`.

The window is built by `ui.shell.composition.build_window` and opened by
`ui.shell.startup_sequence.StartupSequence`; while it runs, `ui.shell.crash_handler` logs any error
nobody expected and says so once. `launch` paints the window first and opens the
library right after: SQLAlchemy (about a third of a second to import) is loaded only once the
window is on screen. `create_main_window` goes through every stage at once (tests and scripts).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from einwandfrei import __version__
from einwandfrei.i18n import install_translators, interface_language
from einwandfrei.paths import APP_NAME, resolve_data_dir
from einwandfrei.ui.prompts import LazyPrompts, Prompts
from einwandfrei.ui.shell.composition import build_window
from einwandfrei.ui.shell.crash_handler import CrashHandler
from einwandfrei.ui.shell.import_scan import skip_feature_source_scan
from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.shell.startup import StartupRefused, lock_data_folder
from einwandfrei.ui.shell.startup_sequence import StartupSequence
from einwandfrei.ui.shell.window_settings import default_settings

__all__ = ["application", "build_window", "create_main_window", "launch", "run"]


def application() -> QApplication:
    """The QApplication, created and named on first use."""
    skip_feature_source_scan()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def set_identity(app: QApplication) -> None:
    """The app's desktop name and icon (for the task bar and the window's title bar)."""
    try:
        from einwandfrei.resources import APP_ID, app_icon_files

        app.setDesktopFileName(APP_ID)
        icon = QIcon()
        for file in app_icon_files():
            icon.addFile(str(file))
        app.setWindowIcon(icon)
    except (ImportError, OSError, ValueError):
        pass  # an icon is a nicety; the window works without one


def create_main_window(
    data_dir: Path,
    *,
    settings: QSettings | None = None,
    prompts: Prompts | None = None,
    language: str | None = None,
    starter: bool = True,
) -> MainWindow:
    """Build the main window on the library in `data_dir` (created first if there is none),
    through every stage of the start-up at once.

    Raises `StartupRefused` when the library cannot be opened (the prompts have said why).
    """
    set_identity(application())
    window = build_window(data_dir, settings=settings, prompts=prompts)
    try:
        StartupSequence(window, language=language, starter=starter).run_now()
    except StartupRefused:
        window.deleteLater()
        raise
    return window


def launch(
    data_dir: Path,
    *,
    language: str | None = None,
    starter: bool = True,
    settings: QSettings | None = None,
    prompts: Prompts | None = None,
) -> MainWindow | None:
    """Show the window at once and open the library right after its first paint.

    Returns the window (the caller runs the event loop), or None when the data folder is in use
    by another window (the user has been told). If the library then cannot be opened, the window
    closes and the event loop ends with status 1.
    """
    data_dir = Path(data_dir).expanduser().absolute()
    app = application()
    settings = settings or default_settings()
    prompts = prompts or LazyPrompts()
    translators = install_translators(app, interface_language(settings))
    try:
        lock = lock_data_folder(data_dir, prompts)
    except StartupRefused:
        return None
    window = build_window(data_dir, settings=settings, prompts=prompts)
    window.translators = translators
    CrashHandler(prompts, window).install()
    startup = StartupSequence(window, lock=lock, locked=True, language=language, starter=starter)
    startup.painted.connect(lambda: set_identity(app))

    def refused() -> None:
        window.close()
        app.exit(1)

    startup.refused.connect(refused)
    startup.start()
    window.show()
    return window


def run(data_dir: str | None, *, language: str | None = None, starter: bool = True) -> int:
    """Start the GUI on the data folder; returns the exit status."""
    window = launch(resolve_data_dir(data_dir), language=language, starter=starter)
    if window is None:
        return 1
    return application().exec()
