"""The library window's speed and memory, each beside a floor measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_window.py [--quick]

1. Start-up on the 1,000-objection library (fresh processes, medians of several runs):
   - first painted window vs a bare PySide6 process (QMainWindow + QTableView + QLineEdit + menu
     bar);
   - library listed and searchable vs that bare process plus `import sqlalchemy`, an engine and
     one query.
2. On the 100,000-objection library (in one process, after the automatic backup has finished):
   - keystroke in the search field to the list updated and painted (the debounce included),
     typed letter by letter;
   - scrolling the whole list a page at a time (and a wheel step at a time over part of it): the
     time the event loop is blocked per step, beside a bare QTableView on an in-memory model of
     as many rows (the floor of painting a page on this machine);
   - peak memory vs the SQLAlchemy floor process's + 50 MB.

Libraries are copied to a temporary folder first (opening may write a backup).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

STARTUP_RUNS = 7
# ASCII only: QTest types key by key, and folding makes "kundigung" find "Kündigung" anyway.
QUERIES = ["lieferanten", "zu teuer", "vertrag kundigung", "budget", "supplier", "expensive"]

# --- child processes -------------------------------------------------------------------------


def _report(**values: Any) -> None:
    print("RESULT " + json.dumps(values), flush=True)


def child_bare(with_sqlalchemy: bool, library: str) -> None:
    """The floor: a bare window painted (then, optionally, SQLAlchemy, an engine, one query)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QMainWindow,
        QTableView,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.menuBar().addMenu("File")
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(QLineEdit())
    layout.addWidget(QTableView())
    window.setCentralWidget(body)
    times: dict[str, float] = {}

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "painted" not in times:
                times["painted"] = time.monotonic()
                QTimer.singleShot(0, after_paint)
            return False

    def after_paint() -> None:
        if with_sqlalchemy:
            import sqlalchemy

            engine = sqlalchemy.create_engine(f"sqlite+pysqlite:///{library}")
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM objections").scalar_one()
            times["ready"] = time.monotonic()
        app.quit()

    watcher = Painted()
    window.installEventFilter(watcher)
    window.resize(1200, 760)
    window.show()
    app.exec()
    _report(**times, peak_kib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def child_app(data_dir: str, settings_file: str) -> None:
    """The app's own start-up (`einwandfrei.app.launch`): painted, then listed and searchable."""
    from PySide6.QtCore import QSettings, QTimer

    from einwandfrei.app import application, launch

    times: dict[str, float] = {}
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    window = launch(Path(data_dir), settings=settings)
    assert window is not None
    window.firstPainted.connect(lambda: times.setdefault("painted", time.monotonic()))

    def listed() -> None:
        times["ready"] = time.monotonic()
        times["listed"] = float(window.library_page.model.total())

    def editing() -> None:
        times["editor"] = time.monotonic()

    def ready() -> None:
        window.features.files.wait_for_background()
        QTimer.singleShot(0, window.close)

    startup = window.startup
    assert startup is not None
    startup.listed.connect(listed)
    startup.editing.connect(editing)
    startup.ready.connect(ready)
    application().exec()
    _report(**times)


def _wait_for(app: Any, done: Any, timeout: float = 5.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done() and time.perf_counter() < deadline:
        app.processEvents()


def child_large(data_dir: str, settings_file: str, quick: bool) -> None:
    """Keystrokes, scrolling and memory on the 100,000-objection library."""
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from einwandfrei.app import application, create_main_window

    app = application()
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    started = time.perf_counter()
    window = create_main_window(Path(data_dir), settings=settings)
    opened = time.perf_counter() - started
    window.resize(1280, 800)
    window.show()
    _wait_for(app, lambda: False, 0.3)
    window.features.files.wait_for_background()
    view = window.library_page.list_view
    search = window.search
    resets = [0]
    window.library_page.model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))

    keystrokes: list[float] = []
    for query in QUERIES:
        search.setFocus()
        for character in query:
            before = resets[0]
            started = time.perf_counter()
            QTest.keyClicks(search, character)
            _wait_for(app, lambda before=before: resets[0] > before)
            view.viewport().repaint()
            keystrokes.append(time.perf_counter() - started)
        search.clear()
        search.flush()
    _wait_for(app, lambda: window.library_page.model.total() > 90000)

    page_steps = _scroll(app, view, "page", limit=20_000 if quick else None)
    wheel_steps = _scroll(app, view, "wheel", limit=3_000)
    _report(
        opened_s=opened,
        keystrokes=keystrokes,
        page_steps=page_steps,
        wheel_steps=wheel_steps,
        rows=window.library_page.model.rowCount(),
        peak_kib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    )
    window.close()


def _scroll(app: Any, view: Any, kind: str, limit: int | None) -> list[float]:
    from PySide6.QtCore import QEvent

    bar = view.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    steps: list[float] = []
    row_height = view.verticalHeader().defaultSectionSize()
    while True:
        step = bar.pageStep() if kind == "page" else bar.singleStep() * 3
        if bar.value() >= bar.maximum() and not view.model().canFetchMore(view.rootIndex()):
            break
        if limit is not None and bar.value() // max(1, row_height) >= limit:
            break
        # One step: the scroll and its paint; then, as its own turn of the event loop, whatever
        # the step left queued (reading the rows the next step will show). Each is a block.
        started = time.perf_counter()
        bar.setValue(bar.value() + step)
        app.sendPostedEvents(None, QEvent.Type.UpdateRequest.value)  # the paint Qt scheduled
        steps.append(time.perf_counter() - started)
        started = time.perf_counter()
        app.processEvents()
        steps.append(time.perf_counter() - started)
    return steps


def child_floor_scroll(rows: int, quick: bool) -> None:
    """A bare QTableView on an in-memory model of `rows` rows, scrolled as the app's list is."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    app = QApplication(sys.argv)
    ROOT = QModelIndex()  # noqa: N806
    texts = [f"Objection number {row} says something a customer might say" for row in range(rows)]

    class Model(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
            return 0 if parent.isValid() else rows

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
            return 0 if parent.isValid() else 5

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return texts[index.row()] if index.column() == 1 else "Price"
            return None

    view = QTableView()
    model = Model()
    view.setModel(model)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    view.resize(480, 720)
    view.show()
    app.processEvents()
    _report(
        page_steps=_scroll(app, view, "page", limit=20_000 if quick else None),
        wheel_steps=_scroll(app, view, "wheel", limit=3_000),
    )


# --- the parent ------------------------------------------------------------------------------


PYCACHE = Path(tempfile.gettempdir()) / "einwandfrei-bench-pycache"


def _run_child(*arguments: str) -> tuple[float, dict[str, Any]]:
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # As installed: modules load from compiled bytecode (kept out of the checkout), not from
    # source compiled anew in every process.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, __file__, "--child", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{arguments[0]} failed ({result.returncode}): {result.stderr[-2000:]}")
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT "))
    return started, json.loads(line[len("RESULT ") :])


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def _summary(values: list[float]) -> str:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"median {_ms(statistics.median(ordered))}, p90 "
        f"{_ms(ordered[int(len(ordered) * 0.9)])}, p95 {_ms(ordered[int(len(ordered) * 0.95)])}, "
        f"p99 {_ms(p99)}, max {_ms(ordered[-1])}"
        f" ({len(ordered)} steps)"
    )


def bench_startup(work: Path) -> dict[str, float]:
    # Imported here, not at the top: the children must start without SQLAlchemy loaded.
    from libraries import synthetic_data_dir

    source = synthetic_data_dir(1000)
    library = work / "start" / "library.sqlite3"
    shutil.copytree(source, library.parent)
    bare, floor, painted, ready = [], [], [], []
    _run_child("app", str(library.parent), str(work / "warm-up.ini"))  # writes the bytecode
    for run in range(STARTUP_RUNS):
        started, values = _run_child("bare", "0", str(library))
        bare.append(values["painted"] - started)
        started, values = _run_child("bare", "1", str(library))
        floor.append(values["ready"] - started)
        started, values = _run_child("app", str(library.parent), str(work / f"s{run}.ini"))
        assert values["listed"] == 1000
        painted.append(values["painted"] - started)
        ready.append(values["ready"] - started)
    figures = {
        name: statistics.median(values)
        for name, values in (
            ("bare", bare),
            ("floor", floor),
            ("painted", painted),
            ("ready", ready),
        )
    }
    print("Start-up, 1,000 objections (medians of", STARTUP_RUNS, "fresh processes)")
    print(f"  floor: bare PySide6 window painted        {_ms(figures['bare'])}")
    print(
        f"  app:   first painted window               {_ms(figures['painted'])}"
        f"  = {figures['painted'] / figures['bare']:.2f} × floor (target ≤ 1.3)"
    )
    print(f"  floor: + import sqlalchemy, engine, query {_ms(figures['floor'])}")
    print(
        f"  app:   library listed and searchable      {_ms(figures['ready'])}"
        f"  = {figures['ready'] / figures['floor']:.2f} × floor (target ≤ 1.15)"
    )
    return figures


def bench_large(work: Path, quick: bool) -> None:
    from libraries import synthetic_data_dir

    source = synthetic_data_dir(100_000)
    data_dir = work / "large"
    shutil.copytree(source, data_dir)
    _, floor = _run_child("bare", "1", str(data_dir / "library.sqlite3"))
    _, app = _run_child("large", str(data_dir), str(work / "large.ini"), str(int(quick)))
    _, scroll_floor = _run_child("floor-scroll", str(app["rows"]), str(int(quick)))
    print("100,000 objections")
    print(f"  opened and listed in {app['opened_s']:.2f} s (not a target; the backup waited)")
    print(
        f"  keystroke → list updated and painted: {_summary(app['keystrokes'])}"
        " (target: p95 ≤ 50 ms)"
    )
    print("  blocks of the event loop while scrolling (a step's paint, then what it queued):")
    print(f"  page steps, app:   {_summary(app['page_steps'])}")
    print(f"  page steps, floor: {_summary(scroll_floor['page_steps'])}")
    print(f"  wheel steps, app:   {_summary(app['wheel_steps'])}")
    print(f"  wheel steps, floor: {_summary(scroll_floor['wheel_steps'])}")
    print("  (target: no step over 16 ms; the floor is a bare QTableView on this machine)")
    peak, peak_floor = app["peak_kib"] / 1024, floor["peak_kib"] / 1024
    print(
        f"  peak memory {peak:.0f} MiB vs floor {peak_floor:.0f} MiB + 50 = "
        f"{peak_floor + 50:.0f} MiB (SQLAlchemy floor process)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="scroll 20,000 rows, not all")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=("startup", "large"))
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "bare":
            child_bare(rest[0] == "1", rest[1])
        elif kind == "app":
            child_app(rest[0], rest[1])
        elif kind == "large":
            child_large(rest[0], rest[1], rest[2] == "1")
        elif kind == "floor-scroll":
            child_floor_scroll(int(rest[0]), rest[1] == "1")
        return 0
    with tempfile.TemporaryDirectory(prefix="einwandfrei-bench-") as folder:
        work = Path(folder)
        if args.only in (None, "startup"):
            bench_startup(work)
        if args.only in (None, "large"):
            bench_large(work, args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
