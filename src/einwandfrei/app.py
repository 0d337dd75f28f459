"""The GUI's one way in: QApplication set-up, `create_main_window(data_dir)` and `run(...)`.

Start-up paints the window first and opens the library right after: SQLAlchemy (about a third of
a second to import) is loaded only once the window is on screen. `create_main_window` opens the
library at once (tests and scripts use it); both go through `open_into`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from einwandfrei import __version__
from einwandfrei.i18n import install_translators, interface_language
from einwandfrei.paths import APP_NAME, resolve_data_dir
from einwandfrei.ui.prompts import LazyPrompts, Prompts
from einwandfrei.ui.shell.features import install_features
from einwandfrei.ui.shell.import_scan import skip_feature_source_scan
from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.shell.startup import (
    StartupRefused,
    lock_data_folder,
    offer_backup,
    open_with_prompts,
)
from einwandfrei.ui.shell.window_settings import default_settings
from einwandfrei.ui.widgets.secondary_text import keep_palette_readable

FIRST_PAINT_FALLBACK_MS = 250


def application() -> QApplication:
    """The QApplication, created and named on first use."""
    skip_feature_source_scan()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    keep_palette_readable(app)
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


def build_window(
    data_dir: Path, *, settings: QSettings | None = None, prompts: Prompts | None = None
) -> MainWindow:
    """The window on `data_dir`, empty until a library is opened into it.

    A relative `data_dir` is taken from the current folder (and kept absolute from then on).
    """
    data_dir = Path(data_dir).expanduser().absolute()
    if prompts is None:
        prompts = LazyPrompts()
    return MainWindow(data_dir, settings=settings or default_settings(), prompts=prompts)


def open_into(
    window: MainWindow,
    *,
    language: str | None = None,
    starter: bool = True,
    defer_editing: bool = False,
) -> None:
    """Lock the window's data folder, open its library and fill the window; `StartupRefused`."""
    from einwandfrei.store.db.errors import DamagedLibraryError

    if window.library is not None:
        return
    if window._lock is None:
        window.adopt_lock(lock_data_folder(window.data_dir, window.prompts, window))
    library = open_with_prompts(
        window.data_dir, window.prompts, window, language=language, starter=starter
    )
    try:
        window.attach_library(library, defer_editing=defer_editing)
    except DamagedLibraryError as error:
        # A row that cannot be read (its text is not valid UTF-8) shows only once it is read.
        library.close()
        replacement = offer_backup(window.data_dir, error, window.prompter, window)
        if replacement is None:
            window.library = None
            raise StartupRefused from error
        library = replacement
        window.attach_library(library, defer_editing=defer_editing)
    if library.read_only:  # read-only media, file or folder: read it, never back it up
        from einwandfrei.ui.shell.read_only_mode import enter_read_only_mode

        enter_read_only_mode(window, library)
        return
    if defer_editing:
        window.libraryOpened.connect(lambda: window.file_operations.start_automatic_backup())
    else:
        window.file_operations.start_automatic_backup()


def create_main_window(
    data_dir: Path,
    *,
    settings: QSettings | None = None,
    prompts: Prompts | None = None,
    language: str | None = None,
    starter: bool = True,
) -> MainWindow:
    """Build the main window on the library in `data_dir` (created first if there is none).

    Raises `StartupRefused` when the library cannot be opened (the prompts has said why).
    """
    set_identity(application())
    window = build_window(data_dir, settings=settings, prompts=prompts)
    install_features(window)
    try:
        open_into(window, language=language, starter=starter)
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
    if prompts is None:
        prompts = LazyPrompts()
    translators = install_translators(app, interface_language(settings))
    try:
        lock = lock_data_folder(data_dir, prompts)
    except StartupRefused:
        return None
    window = build_window(data_dir, settings=settings, prompts=prompts)
    # Calls, printing and practice; what needs the library follows once the list has painted.
    install_features(window, deferred=True)
    window.translators = translators
    window.adopt_lock(lock)
    started: list[bool] = []

    def open_library() -> None:
        if started:
            return
        started.append(True)
        set_identity(app)
        try:
            open_into(window, language=language, starter=starter, defer_editing=True)
        except StartupRefused:
            window.close()
            app.exit(1)

    once = QTimer(window)
    once.setSingleShot(True)
    once.timeout.connect(open_library)
    window.firstPainted.connect(lambda: once.start(0))
    QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, window, open_library)  # gone with the window
    window.show()
    return window


def run(data_dir: str | None, *, language: str | None = None, starter: bool = True) -> int:
    """Start the GUI on the data folder; returns the exit status."""
    window = launch(resolve_data_dir(data_dir), language=language, starter=starter)
    if window is None:
        return 1
    return application().exec()
