"""Quick-find figures beside floors measured in the same run, on the 100,000-objection library.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_quickfind.py [--objections N]
     [--queries N] [--starts N]

1. Keystroke → painted answer: synthetic queries typed a key at a time into the quick-find window;
   for each key, the time from the key event until the answer label has painted the answer for the
   text now in the field (or, when the answer did not change, until it arrived). "cold" clears the
   answer cache before every key; "session" keeps it, as a user's session does.
   Floor: a bare QLineEdit + QLabel whose textChanged slot runs one raw sqlite3 FTS5 query (bm25,
   top 8) on a plain FTS5 table of the objection texts only (built in the copy, default options),
   plus the first response of the best match, synchronously.
2. Start-up: `einwandfrei quick` until its window has painted, and until its library is open;
   the same through `standalone.run` directly (without the command line's imports); floor: a bare
   PySide6 process that shows a small window.

The library is copied to a temporary folder first; the bench data stays untouched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from libraries import synthetic_data_dir
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from synthetic import synthetic_queries

from einwandfrei.library_folder import open_data_folder
from einwandfrei.paths import library_path
from einwandfrei.ui.practice.quickfind.window import QuickFindWindow


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summary(values: list[float]) -> str:
    within_frame = sum(value <= 16.7 for value in values) / len(values)
    return (
        f"median {statistics.median(values):7.2f} ms   p95 {percentile(values, 0.95):7.2f} ms"
        f"   ({len(values)} keys, {within_frame:4.0%} within a frame)"
    )


class PaintWatch(QObject):
    """Notes when a widget paints."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.painted_at = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


def type_key(widget: QWidget, character: str) -> None:
    """Press and release the key for `character` (QTest's ASCII table knows no umlauts)."""
    key = ord(character.upper()) if character.isascii() else int(Qt.Key.Key_unknown)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character)
        )


def wait(app: QApplication, done: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Run the event loop until `done()`, sleeping in it as an idle app does.

    Spinning `processEvents()` instead would hold the GIL and starve the search thread.
    """
    deadline = time.perf_counter() + timeout_s
    tick = QTimer()
    tick.start(20)  # wakes the loop should nothing else arrive
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() > deadline:
            raise TimeoutError("no answer within the timeout")
    tick.stop()


def typed_keys(queries: list[str]) -> list[str]:
    """Every prefix a user types on the way to each query."""
    return [query[:length] for query in queries for length in range(1, len(query) + 1)]


def painted_since(watch: PaintWatch, moment: float) -> Callable[[], bool]:
    return lambda: watch.painted_at >= moment


def measure_window(
    app: QApplication, window: QuickFindWindow, queries: list[str], cold: bool
) -> list[float]:
    watch = PaintWatch(window.answer)
    arrived: dict[str, float] = {}

    def note(query: str) -> None:
        arrived.setdefault(query, time.perf_counter())

    window.answerShown.connect(note)
    latencies: list[float] = []
    for query in queries:
        window.field.clear()
        app.processEvents()
        for character in query:
            if cold:
                window.searcher.invalidate()
            expected = window.field.text() + character
            before = window.answer.text()
            arrived.clear()
            arrived.clear()
            started = time.perf_counter()
            type_key(window.field, character)
            wait(app, partial(arrived.__contains__, expected))
            shown_at = arrived[expected]
            if window.answer.text() not in (before, ""):  # an empty label paints nothing
                wait(app, painted_since(watch, shown_at))
                latencies.append((watch.painted_at - started) * 1000)
            else:
                latencies.append((shown_at - started) * 1000)
    return latencies


class FloorWindow(QWidget):
    """A bare line edit and label, answering synchronously from raw FTS5."""

    def __init__(self, database: Path) -> None:
        super().__init__()
        self.db = sqlite3.connect(database)
        # The floor's own table, as plain as FTS5 gets: the objection texts, folded as the app
        # folds them, default options (no prefix index). Built once in the copy, before timing.
        self.db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS floor_text USING fts5("
            "text, tokenize='unicode61 remove_diacritics 2')"
        )
        if self.db.execute("SELECT count(*) FROM floor_text").fetchone()[0] == 0:
            self.db.execute(
                "INSERT INTO floor_text (rowid, text) SELECT rowid, text FROM search_objections"
            )
            self.db.commit()
        self.field = QLineEdit(self)
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.answer)
        self.field.textChanged.connect(self.search)
        self.resize(560, 420)

    def search(self, text: str) -> None:
        words = [word.replace('"', "") for word in text.lower().split()]
        if not words:
            self.answer.setText("")
            return
        expression = " ".join(f'"{word}"' for word in words[:-1]) + f' "{words[-1]}"*'
        try:
            rows = self.db.execute(
                "SELECT rowid FROM floor_text WHERE floor_text MATCH ? "
                "ORDER BY bm25(floor_text) LIMIT 8",
                (expression,),
            ).fetchall()
        except sqlite3.OperationalError:
            rows = []
        answer = ""
        if rows:
            row = self.db.execute(
                "SELECT text FROM responses WHERE objection_id = ? ORDER BY position LIMIT 1",
                (rows[0][0],),
            ).fetchone()
            answer = row[0] if row else ""
        self.answer.setText(answer)


def measure_floor(app: QApplication, window: FloorWindow, queries: list[str]) -> list[float]:
    watch = PaintWatch(window.answer)
    latencies: list[float] = []
    for query in queries:
        window.field.clear()
        app.processEvents()
        for character in query:
            before = window.answer.text()
            started = time.perf_counter()
            type_key(window.field, character)  # the slot answers before this returns
            answered = time.perf_counter()
            if window.answer.text() not in (before, ""):
                wait(app, painted_since(watch, answered))
                latencies.append((watch.painted_at - started) * 1000)
            else:
                latencies.append((answered - started) * 1000)
    return latencies


CHILD_QUICK = """
import sys, time
from PySide6.QtCore import QEvent, QObject
import einwandfrei.ui.practice.quickfind.standalone as standalone
original = standalone.open_quick_find
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print("painted", flush=True)
        return False
def probed(*args, **kwargs):
    window = original(*args, **kwargs)
    window.probe = Probe()
    window.installEventFilter(window.probe)
    def ready():
        print("ready", flush=True)
        window.close()
    window.searcher.libraryOpened.connect(ready)
    return window
standalone.open_quick_find = probed
"""

CHILD_CLI = (
    CHILD_QUICK
    + """
from einwandfrei.cli import main
sys.exit(main(["quick", "--data-dir", sys.argv[1]]))
"""
)

CHILD_DIRECT = (
    CHILD_QUICK
    + """
sys.exit(standalone.run(sys.argv[1]))
"""
)

CHILD_FLOOR = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
app = QApplication(sys.argv)
window = QWidget()
layout = QVBoxLayout(window)
layout.addWidget(QLineEdit())
layout.addWidget(QLabel("answer"))
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
            window.removeEventFilter(self)
        return False
probe = Probe()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


def time_process(script: str, argument: str) -> tuple[float, float | None]:
    """Milliseconds from spawning until "painted", and until "ready" (None if never said)."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, argument],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert child.stdout is not None
    marks: dict[str, float] = {}
    for line in child.stdout:
        marks[line.strip()] = (time.perf_counter() - started) * 1000
    if child.wait(60) != 0:
        raise RuntimeError(f"the child process failed ({child.returncode})")
    return marks["painted"], marks.get("ready")


def startups(folder: Path, runs: int) -> None:
    variants = [
        ("floor: bare PySide6 window", CHILD_FLOOR),
        ("einwandfrei quick (command line)", CHILD_CLI),
        ("quick-find via standalone.run", CHILD_DIRECT),
    ]
    for _warm in range(2):
        for _name, script in variants:
            time_process(script, str(folder))
    print("\nStart-up (whole process, median of", runs, "runs each, interleaved):")
    figures: dict[str, list[tuple[float, float | None]]] = {name: [] for name, _ in variants}
    for _run in range(runs):
        for name, script in variants:
            figures[name].append(time_process(script, str(folder)))
    for name, values in figures.items():
        painted = statistics.median(value[0] for value in values)
        ready = [value[1] for value in values if value[1] is not None]
        line = f"  {name:34} window painted {painted:7.1f} ms"
        if ready:
            line += f"   library open {statistics.median(ready):7.1f} ms"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objections", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--starts", type=int, default=7)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="bench-quickfind-") as temporary:
        folder = Path(temporary) / "data"
        shutil.copytree(synthetic_data_dir(args.objections), folder)
        queries = synthetic_queries(args.queries)
        keys = len(typed_keys(queries))
        print(
            f"{args.objections:,} objections; {len(queries)} queries typed key by key ({keys} keys)"
        )
        library = open_data_folder(folder, backup=False)
        try:
            window = QuickFindWindow(library)
            window.show()
            QTest.qWaitForWindowExposed(window)
            wait(app, lambda: window.status.text() != "Opening the library…")
            floor = FloorWindow(library_path(folder))
            floor.show()
            QTest.qWaitForWindowExposed(floor)
            measure_floor(app, floor, queries[:3])  # warm the page cache
            measure_window(app, window, queries[:3], cold=True)
            results = {
                "floor: QLineEdit + QLabel, raw FTS5, synchronous": measure_floor(
                    app, floor, queries
                ),
                "quick-find, cold (cache cleared per key)": measure_window(
                    app, window, queries, cold=True
                ),
                "quick-find, session (answers cached)": measure_window(
                    app, window, queries, cold=False
                ),
            }
            print("\nKeystroke → painted answer:")
            for name, values in results.items():
                print(f"  {name:50} {summary(values)}")
            window.close()
            window.shutdown()
            floor.close()
        finally:
            library.close()
        startups(folder, args.starts)


if __name__ == "__main__":
    main()
