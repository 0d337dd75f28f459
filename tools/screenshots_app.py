"""Render the whole window — library page and Calls page, with what is due beside the search — in
English and German, light and dark, into docs/screenshots/:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_app.py

Each picture is taken in a fresh process on a fresh data folder: the starter library in that
language, a few logged answers (for the success column), the customers and plans of the Calls
screenshots, and one objection whose answer keeps slipping in drills. The Calls view and the drills
run on a fixed clock (Tuesday, 18 March 2025), so the pictures are the same on every run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
OUTPUT = ROOT / "docs" / "screenshots"
PAGES = ("library", "calls")
VARIANTS = [
    (language, scheme, page)
    for language in ("en", "de")
    for scheme in ("light", "dark")
    for page in PAGES
]
SIZE = (1280, 800)
# An objection whose answer keeps slipping in drills (marked in the list).
LEECH = {"en": "Just send me an email.", "de": "Schicken Sie mir einfach eine E-Mail."}


def file_name(language: str, scheme: str, page: str) -> str:
    """The screenshot's file name."""
    return f"app-{page}-{language}-{scheme}.png"


def _objection_id(library: object, text: str) -> int:
    from sqlalchemy import select

    from einwandfrei.store.db.connection import Library
    from einwandfrei.store.models import Objection

    assert isinstance(library, Library)
    with library.read() as connection:
        found = connection.scalar(select(Objection.id).where(Objection.text == text))
    assert found is not None, text
    return int(found)


def _add_leech(library: object, language: str, now: object) -> None:
    from datetime import datetime

    from einwandfrei.planning.drill_records import ReviewLogRecord, ReviewStateRecord
    from einwandfrei.store.db.connection import Library
    from einwandfrei.store.practice.review_state import save_review

    assert isinstance(library, Library) and isinstance(now, datetime)
    objection = _objection_id(library, LEECH[language])
    state = ReviewStateRecord(
        objection, 2, None, 1.2, 8.5, now + timedelta(days=1), now - timedelta(days=1), 9, 4
    )
    with library.write() as connection:
        save_review(connection, state, ReviewLogRecord(objection, 1, now, 6000, False))


def render(language: str, scheme: str, page: str, target: Path) -> None:
    """Render one screenshot in this process."""
    from PySide6.QtCore import QSettings  # noqa: TID251 - a GUI tool
    from PySide6.QtWidgets import QApplication  # noqa: TID251 - a GUI tool

    sys.path.insert(0, str(TOOLS))
    from screenshots import SHOWN, _log_some_calls, dark_palette
    from screenshots_calls import NOW, SAMPLES, sample_data

    from einwandfrei.app import application, create_main_window
    from einwandfrei.i18n import install_translators
    from einwandfrei.library_folder import open_data_folder
    from einwandfrei.ui.shell.page_switch import Page

    app = application()
    app.setStyle("Fusion")
    if scheme == "dark":
        app.setPalette(dark_palette())
    translators = install_translators(app, language)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        library = open_data_folder(data_dir, language=language, backup=False)
        sample_data(library, SAMPLES[language])
        _add_leech(library, language, NOW)
        library.close()
        _log_some_calls(data_dir, language)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("calls/dueShownOn", "2025-03-18")  # the page is chosen below
        window = create_main_window(data_dir, settings=settings, language=language)
        calls_view, practice = window.features.calls.view, window.features.practice.actions
        assert calls_view is not None and practice is not None
        calls_view.context.clock = lambda: NOW
        practice.clock = lambda: NOW
        calls_view.refresh()
        practice.refresh_due_count()
        window.resize(*SIZE)
        window.show()
        window.library_page.setSizes([200, 480, 600])
        for _ in range(5):
            app.processEvents()
        for row in range(window.library_page.model.total()):
            if window.library_page.model.index(row, 1).data() == SHOWN[language]:
                window.library_page.browser.select(window.library_page.model.id_at(row))
                break
        window.pages.show_page(Page(page), focus=True)
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
    parser.add_argument("--one", nargs=3, metavar=("LANGUAGE", "SCHEME", "PAGE"))
    parser.add_argument(
        "--output", type=Path, default=OUTPUT, help="the folder (with --one: the PNG file)"
    )
    args = parser.parse_args()
    if args.one:
        language, scheme, page = args.one
        render(language, scheme, page, args.output)
        return 0
    folder: Path = args.output
    folder.mkdir(parents=True, exist_ok=True)
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for language, scheme, page in VARIANTS:
        target = folder / file_name(language, scheme, page)
        subprocess.run(
            [sys.executable, __file__, "--one", language, scheme, page, "--output", str(target)],
            check=True,
            env=environment,
        )
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
