"""The check after opening (`quick_check`) on the 100,000-objection library, beside its floor.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_health.py [--runs N]

1. `store.db.integrity_check.quick_check(library)` through the app's connection vs the floor:
   `PRAGMA quick_check` on a fresh plain `sqlite3` connection to the same file (interleaved runs,
   cache warm for both).
2. In the window (`app.launch`, as `einwandfrei` starts): when the first paint, the list and the
   check happen, and the longest the event loop was blocked while the check ran in the background
   (a 5 ms timer's longest gap) — the check must neither delay the list nor freeze the window.

The library is copied to a temporary folder first (opening may upgrade it and write a backup).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from einwandfrei.store.db.backup import OpeningCheck
    from einwandfrei.store.db.connection import Library

sys.path.insert(0, str(Path(__file__).parent))


def _median_range(values: list[float]) -> str:
    middle = statistics.median(values)
    return f"median {middle:7.0f} ms  (min {min(values):.0f}, max {max(values):.0f})"


def bench_check(data_dir: Path, runs: int) -> None:
    from einwandfrei.library_folder import open_data_folder
    from einwandfrei.store.db.integrity_check import quick_check

    path = data_dir / "library.sqlite3"
    mine: list[float] = []
    floor: list[float] = []
    with open_data_folder(data_dir, backup=False) as library:
        quick_check(library)  # warm the cache for both sides
        for _ in range(runs):
            started = time.perf_counter()
            problems = quick_check(library)
            mine.append((time.perf_counter() - started) * 1000)
            assert problems == (), problems
            db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            started = time.perf_counter()
            db.execute("PRAGMA quick_check").fetchall()
            floor.append((time.perf_counter() - started) * 1000)
            db.close()
    size = path.stat().st_size / 1e6
    print(f"library {size:.0f} MB, {runs} runs each")
    print(f"  quick_check(library)          {_median_range(mine)}")
    print(f"  floor: PRAGMA quick_check     {_median_range(floor)}")


def bench_window(data_dir: Path) -> None:
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer

    import einwandfrei.store.db.backup as backup_module
    from einwandfrei.app import application, launch

    app = application()
    clock = QElapsedTimer()
    clock.start()
    marks: dict[str, float] = {}
    original = backup_module.check_then_back_up

    def timed_check(library: Library, **options: Any) -> OpeningCheck:
        marks["check started"] = clock.elapsed()
        try:
            return original(library, **options)
        finally:
            marks["check done"] = clock.elapsed()

    backup_module.check_then_back_up = timed_check
    gaps: list[float] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        if "check started" in marks and "check done" not in marks:
            gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()
    settings = QSettings(str(data_dir / "bench.ini"), QSettings.Format.IniFormat)

    class Silent:
        def __getattr__(self, name: str) -> Callable[..., bool]:
            return lambda *args, **kwargs: True

    window = launch(data_dir, settings=settings, prompts=Silent())  # type: ignore[arg-type]
    assert window is not None
    window.firstPainted.connect(lambda: marks.setdefault("first paint", clock.elapsed()))
    assert window.startup is not None
    window.startup.listed.connect(lambda: marks.setdefault("listed", clock.elapsed()))
    deadline = time.monotonic() + 600
    while "check done" not in marks and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    window.features.files.wait_for_background()
    ticker.stop()
    for name in ("first paint", "listed", "check started", "check done"):
        print(f"  {name:<14} {marks.get(name, float('nan')):7.0f} ms after launch")
    blocked = max(gaps) if gaps else float("nan")
    print(f"  longest event-loop gap while the check ran: {blocked:.0f} ms ({len(gaps)} ticks)")
    window.close()


def main() -> int:
    from libraries import synthetic_data_dir

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    source = synthetic_data_dir(100_000)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        data_dir.mkdir()
        shutil.copy2(source / "library.sqlite3", data_dir / "library.sqlite3")
        from einwandfrei.library_folder import open_data_folder

        started = time.perf_counter()
        open_data_folder(data_dir, backup=False).close()  # an older schema is upgraded once
        print(f"(opened, upgraded if needed, in {time.perf_counter() - started:.1f} s)")
        bench_check(data_dir, args.runs)
        print("the window (launch):")
        bench_window(data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
