"""Render the drill dialog (question, revealed), the practice statistics and quick-find, in English
and German, into docs/screenshots/practice/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_practice.py [OUTPUT_DIR] [--dark]

`--dark` renders with the dark palette of `tools/screenshots.py` into files ending in `-dark.png`,
for checking colours; the documentation shows the light ones.

Each language runs in its own process with a fresh library (its starter library) in a temporary
folder, a month of simulated drills on a fixed clock and fixed random grades, so the pictures are
the same on every run.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fsrs import Rating
from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QTimer  # noqa: TID251
from PySide6.QtWidgets import QApplication, QWidget  # noqa: TID251

from einwandfrei.drills.queue import DrillItem, due_items
from einwandfrei.drills.session import DrillSession
from einwandfrei.drills.statistics import read_statistics
from einwandfrei.library_folder import open_data_folder
from einwandfrei.planning.practice import make_scheduler
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.search import search_ids
from einwandfrei.ui.practice.drill_dialog import PracticeDialog
from einwandfrei.ui.practice.quickfind.window import QuickFindWindow
from einwandfrei.ui.practice.statistics import PracticeStatisticsDialog

NOW = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
ZONE = datetime(2026, 3, 3, 9, 0).astimezone().tzinfo or UTC
SAMPLES = {
    "en": {
        "persistent": "You are persistent!",
        "typed": "Yes, we are persistent — about quality and about being on time.",
        "query": "persist",
        "matches": "call",
        "said": "pricey",
        "learn": "restructure",
        "hard": ("You've called me three times already.", "The setup costs are too high."),
    },
    "de": {
        "persistent": "Sie sind aber hartnäckig!",
        "typed": "Ja, wir sind hartnäckig – bei der Qualität und bei der Pünktlichkeit.",
        "query": "hartn",
        "matches": "ruf",
        "said": "kein Geld",
        "learn": "Umstrukturierungen",
        "hard": ("Sie haben mich schon dreimal angerufen.", "Die Einführungskosten sind zu hoch."),
    },
}


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _objection(library: Library, words: str) -> int:
    with library.read() as connection:
        found = search_ids(connection, words, 1)
    return found[0]


def simulate_month(library: Library, hard: tuple[str, ...]) -> None:
    """Thirty days of drills with mostly good recall and two answers that keep slipping."""
    rng = random.Random(3)
    hard_ids = {_objection(library, words) for words in hard}
    clock = Clock(NOW - timedelta(days=30))
    scheduler = make_scheduler(fuzzing=False)
    for day in range(30):
        clock.now = NOW - timedelta(days=30 - day)
        if rng.random() < 0.2:
            continue  # a day without practice
        with library.read() as connection:
            items = due_items(connection, clock(), ZONE, new_per_day=4)
        extra = [DrillItem(objection) for objection in hard_ids if day % 3 == 0]
        session = DrillSession(library, items + extra, scheduler=scheduler, clock=clock, zone=ZONE)
        while (drill := session.current()) is not None:
            slipping = drill.item.objection_id in hard_ids
            roll = rng.random()
            if slipping:
                rating = Rating.Again if roll < 0.45 else Rating.Good
            else:
                rating = (
                    Rating.Again
                    if roll < 0.1
                    else Rating.Hard
                    if roll < 0.25
                    else Rating.Easy
                    if roll > 0.85
                    else Rating.Good
                )
            session.grade(rating, duration_ms=rng.randint(4000, 20000))
            clock.now += timedelta(minutes=rng.randint(1, 3))
        if day % 7 == 6:
            cram = DrillSession(
                library,
                [DrillItem(objection, cram=True) for objection in list(hard_ids)],
                scheduler=scheduler,
                clock=clock,
                zone=ZONE,
            )
            while cram.current() is not None:
                cram.grade(Rating.Good)


def settle(app: QApplication, milliseconds: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def render(language: str, output: Path, dark: bool = False) -> None:
    app = QApplication(sys.argv)
    suffix = ""
    if dark:
        from screenshots import dark_palette  # tools/screenshots.py, beside this file

        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        suffix = "-dark"
    if language == "de":
        from einwandfrei.i18n import install_translators

        translators = install_translators(app, "de")
        assert translators, "the German translations did not load"
    QLocale.setDefault(QLocale("de_CH" if language == "de" else "en_GB"))
    sample = SAMPLES[language]
    with tempfile.TemporaryDirectory() as folder:
        library = open_data_folder(Path(folder), language=language, backup=False)
        try:
            simulate_month(library, sample["hard"])  # type: ignore[arg-type]
            clock = Clock(NOW)
            persistent = _objection(library, str(sample["persistent"]))
            session = DrillSession(
                library,
                [DrillItem(persistent)],
                scheduler=make_scheduler(fuzzing=False),
                clock=clock,
                zone=ZONE,
            )
            title = QCoreApplication.translate("PracticeChooser", "Due today")
            dialog = PracticeDialog(session, title)
            dialog.resize(780, 600)
            dialog.show()
            settle(app)
            save(dialog, output / f"drill-question-{language}{suffix}.png")
            dialog.drill_page.answer_input.setPlainText(str(sample["typed"]))
            dialog.reveal()
            settle(app)
            save(dialog, output / f"drill-revealed-{language}{suffix}.png")
            dialog.close()

            with library.read() as connection:
                statistics = read_statistics(connection, NOW, ZONE)
            stats = PracticeStatisticsDialog(statistics)
            stats.resize(660, 760)
            stats.show()
            settle(app)
            save(stats, output / f"statistics-{language}{suffix}.png")
            stats.close()

            quick = QuickFindWindow(library)
            quick.resize(560, 380)
            quick.show()
            settle(app, 200)
            quick.field.setText(str(sample["query"]))
            for _ in range(100):
                if quick.records:
                    break
                settle(app, 20)
            settle(app)
            save(quick, output / f"quickfind-{language}{suffix}.png")
            quick.field.setText(str(sample["matches"]))
            for _ in range(100):
                if len(quick.records) > 2:
                    break
                settle(app, 20)
            settle(app)
            save(quick, output / f"quickfind-matches-{language}{suffix}.png")
            # The phrasing the words typed match, and the offer to learn new words.
            for name, query in (("said", sample["said"]), ("learn", sample["learn"])):
                quick.field.setText(str(query))
                for _ in range(100):
                    if quick.records and quick._shown_query == query:
                        break
                    settle(app, 20)
                if name == "learn":
                    quick.copy_answer()
                settle(app)
                save(quick, output / f"quickfind-{name}-{language}{suffix}.png")
            with_nothing = "xyzzy"
            quick.field.setText(with_nothing)
            for _ in range(100):
                if quick.nothing.isVisible():
                    break
                settle(app, 20)
            settle(app)
            save(quick, output / f"quickfind-nothing-{language}{suffix}.png")
            quick.close()
            quick.shutdown()
        finally:
            library.close()


def main() -> None:
    arguments = sys.argv[1:]
    dark = "--dark" in arguments
    if dark:
        arguments.remove("--dark")
    if len(arguments) > 2 and arguments[0] == "--language":
        render(arguments[1], Path(arguments[2]), dark)
        return
    output = Path(arguments[0]) if arguments else Path("docs/screenshots/practice")
    output.mkdir(parents=True, exist_ok=True)
    for language in ("en", "de"):
        environment = dict(os.environ, LANG="de_CH.UTF-8" if language == "de" else "en_GB.UTF-8")
        subprocess.run(
            [sys.executable, __file__, "--language", language, str(output)]
            + (["--dark"] if dark else []),
            check=True,
            env=environment,
        )


if __name__ == "__main__":
    main()
