"""Start-up times of the built app folder against the source install, with floors, as medians.

    .venv/bin/python packaging/measure_startup.py [BUNDLE_DIR] [--runs N]

Measures, each N times (default 7) after one warm-up run, on one library made before timing:
`--version` (a process that only parses its arguments), and the GUI from process start to its
first shown window (offscreen, via the smoke hook; see smoke_hook.py). Floors, in the same run:
`python -c pass` and a bare QApplication with a shown QMainWindow in the source interpreter.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR_WINDOW = (
    "import json, sys, time\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow(); window.resize(900, 600); window.show()\n"
    "app.processEvents()\n"
    "print(json.dumps({'shown_at_monotonic': time.monotonic()}))\n"
)


def timed(command: list[str], environment: dict[str, str]) -> float:
    started = time.monotonic()
    subprocess.run(command, env=environment, check=True, capture_output=True)
    return time.monotonic() - started


def time_to_window(command: list[str], environment: dict[str, str], scratch: Path) -> float:
    report = scratch / "report.json"
    report.unlink(missing_ok=True)
    started = time.monotonic()
    result = subprocess.run(
        command,
        env={**environment, "EINWANDFREI_SMOKE_REPORT": str(report)},
        check=True,
        capture_output=True,
        text=True,
    )
    text = report.read_text() if report.exists() else result.stdout
    return float(json.loads(text)["shown_at_monotonic"]) - started


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:6.0f} ms (min {min(samples) * 1000:.0f})"


def main(arguments: list[str]) -> None:
    runs = 7
    if "--runs" in arguments:
        position = arguments.index("--runs")
        runs = int(arguments[position + 1])
        del arguments[position : position + 2]
    bundle = Path(arguments[0]) if arguments else ROOT / "dist" / "einwandfrei"
    source_script = Path(sys.executable).with_name("einwandfrei")
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        data_dir = scratch / "data"
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(scratch),
            "XDG_CONFIG_HOME": str(scratch / "config"),
            "XDG_STATE_HOME": str(scratch / "state"),
            "LANG": "en_US.UTF-8",
        }
        subprocess.run(
            [str(bundle / "einwandfrei"), "--data-dir", str(data_dir), "--language", "en", "check"],
            env=environment,
            check=True,
            capture_output=True,
        )
        version_commands = {
            "floor: python -c pass": [sys.executable, "-c", "pass"],
            "source: einwandfrei --version": [str(source_script), "--version"],
            "bundle: einwandfrei --version": [str(bundle / "einwandfrei"), "--version"],
        }
        window_commands = {
            "floor: bare QMainWindow shown": [sys.executable, "-c", FLOOR_WINDOW],
            "source: GUI to first window": [
                sys.executable,
                str(ROOT / "packaging" / "launcher.py"),
                "--data-dir",
                str(data_dir),
            ],
            "bundle: GUI to first window": [
                str(bundle / "einwandfrei"),
                "--data-dir",
                str(data_dir),
            ],
        }
        samples: dict[str, list[float]] = {
            name: [] for name in [*version_commands, *window_commands]
        }
        for round_number in range(runs + 1):
            # Interleaved, so that load from elsewhere hits every variant alike.
            for name, command in version_commands.items():
                took = timed(command, environment)
                if round_number:
                    samples[name].append(took)
            for name, command in window_commands.items():
                took = time_to_window(command, environment, scratch)
                if round_number:
                    samples[name].append(took)
        for name, values in samples.items():
            print(f"{name:34} {median_ms(values)}  over {len(values)} runs")


if __name__ == "__main__":
    main(sys.argv[1:])
