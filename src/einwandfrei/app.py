"""The GUI's one way in: QApplication set-up and `create_main_window(data_dir)`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from einwandfrei import __version__
from einwandfrei.paths import resolve_data_dir


def create_main_window(data_dir: Path) -> QMainWindow:
    """Build the main window on the library in `data_dir` (created first if there is none)."""
    from einwandfrei.library_folder import open_data_folder

    library = open_data_folder(data_dir)
    window = QMainWindow()
    window.setObjectName("mainWindow")
    window.setWindowTitle(f"Einwandfrei {__version__}")
    with library.read() as connection:
        count = connection.exec_driver_sql(
            "SELECT count(*) FROM objections WHERE deleted_at IS NULL"
        ).scalar_one()
    window.setCentralWidget(QLabel(window.tr("%n objections in the library", "", count)))
    window.destroyed.connect(library.close)
    return window


def run(data_dir: str | None, *, language: str | None = None, starter: bool = True) -> int:
    """Start the GUI on the data folder; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Einwandfrei")
    window = create_main_window(resolve_data_dir(data_dir))
    window.resize(900, 600)
    window.show()
    return app.exec()
