"""Render the library window's screenshots into docs/screenshots/ (English and German, light and
dark), offscreen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py

Each picture is taken in a fresh process on a fresh data folder with the starter library in that
language. A few responses get usage counts, as logged calls would give them, so that the success
column shows what it is for.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette  # noqa: TID251 - a GUI tool

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "screenshots"
VARIANTS = [
    (language, scheme, search)
    for language in ("en", "de")
    for scheme in ("light", "dark")
    for search in (False, True)
]
SIZE = (1280, 800)
SHOWN = {"en": "You are persistent!", "de": "Sie sind aber hartnäckig!"}
SEARCH = {"en": "price", "de": "preis"}
# (objection text, times used, times worked) for the first responses of a few objections.
USAGE = {
    "en": [("You are persistent!", 9, 7), ("That's too expensive.", 12, 7), ("Not now.", 6, 2)],
    "de": [
        ("Sie sind aber hartnäckig!", 9, 7),
        ("Das ist zu teuer.", 12, 7),
        ("Jetzt nicht.", 6, 2),
    ],
}


def file_name(language: str, scheme: str, search: bool) -> str:
    """The screenshot's file name."""
    return f"library{'-search' if search else ''}-{language}-{scheme}.png"


def _log_some_calls(data_dir: Path, language: str) -> None:
    import sqlite3

    with sqlite3.connect(data_dir / "library.sqlite3") as db:
        for text, used, worked in USAGE[language]:
            db.execute(
                "UPDATE responses SET times_used = ?, times_worked = ? WHERE id = "
                "(SELECT min(r.id) FROM responses r JOIN objections o "
                "ON o.id = r.objection_id WHERE o.text = ?)",
                (used, worked, text),
            )
    db.close()


def dark_palette() -> QPalette:
    """A dark palette like the one Qt's Fusion style uses in a dark desktop session."""
    from PySide6.QtGui import QColor, QPalette  # noqa: TID251 - a GUI tool

    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3e3e3e",
        QPalette.ColorRole.Mid: "#555555",
        QPalette.ColorRole.Dark: "#191919",
        QPalette.ColorRole.Shadow: "#0d0d0d",
        QPalette.ColorRole.Link: "#6ea1ff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def render(language: str, scheme: str, search: bool, target: Path) -> None:
    """Render one screenshot in this process."""
    from PySide6.QtCore import QSettings  # noqa: TID251 - a GUI tool
    from PySide6.QtWidgets import QApplication  # noqa: TID251 - a GUI tool

    from einwandfrei.app import application, create_main_window
    from einwandfrei.i18n import install_translators
    from einwandfrei.library_folder import open_data_folder

    app = application()
    app.setStyle("Fusion")
    if scheme == "dark":
        # The offscreen platform has no desktop theme to follow; this is what a dark one gives.
        app.setPalette(dark_palette())
    translators = install_translators(app, language)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        open_data_folder(data_dir, language=language, backup=False).close()
        _log_some_calls(data_dir, language)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = create_main_window(data_dir, settings=settings, language=language)
        window.resize(*SIZE)
        window.show()
        window.library_page.setSizes([200, 480, 600])
        for _ in range(5):
            app.processEvents()
        if search:
            window.search.setText(SEARCH[language])
            window.search.flush()
        else:
            for row in range(window.library_page.model.total()):
                if window.library_page.model.index(row, 1).data() == SHOWN[language]:
                    window.library_page.browser.select(window.library_page.model.id_at(row))
                    break
        window.library_page.list_view.setFocus()
        # Marks and the editor follow a search once typing pauses: give them that moment.
        settle = time.monotonic() + 0.5
        while time.monotonic() < settle:
            app.processEvents()
            time.sleep(0.01)
        window.features.files.wait_for_background()
        window.grab().save(str(target))
        window.close()
        QApplication.processEvents()
    del translators


def main() -> int:
    """Render every variant, each in its own process."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--one", nargs=3, metavar=("LANGUAGE", "SCHEME", "SEARCH"))
    parser.add_argument(
        "--output", type=Path, default=OUTPUT, help="the folder (with --one: the PNG file)"
    )
    args = parser.parse_args()
    if args.one:
        language, scheme, search = args.one
        render(language, scheme, search == "search", args.output)
        return 0
    folder: Path = args.output
    folder.mkdir(parents=True, exist_ok=True)
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for language, scheme, search in VARIANTS:
        target = folder / file_name(language, scheme, search)
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                language,
                scheme,
                "search" if search else "plain",
                "--output",
                str(target),
            ],
            check=True,
            env=environment,
        )
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
