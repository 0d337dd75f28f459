"""Start the real window on X11 as a user's desktop would, and fail unless it is shown.

    xvfb-run -a .venv/bin/python packaging/x11_start_test.py

CI runs it after installing only the system packages of README.md's apt line (and Xvfb): if Qt's
xcb platform plugin lacks a library, the app cannot start and this says which library. It runs
packaging/launcher.py (the command line, with the smoke hook) with `QT_QPA_PLATFORM=xcb` on a
fresh data folder and home, waits for the report that the main window is shown and exposed, and
checks that it came from the xcb platform. Standard library only. Exit status 0 when the window
was shown, 1 otherwise.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIMEOUT_SECONDS = 120
# What Qt says when a platform plugin's library is missing, with QT_DEBUG_PLUGINS=1.
_MISSING = re.compile(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file")


def start_window(scratch: Path) -> dict[str, object]:
    """Start the app on xcb in `scratch`; the smoke hook's report of its first exposed window."""
    home = scratch / "home"
    home.mkdir()
    report = scratch / "shown.json"
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("EINWANDFREI_", "XDG_", "QT_"))
    }
    environment.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="xcb",
        QT_DEBUG_PLUGINS="1",
        EINWANDFREI_SMOKE_REPORT=str(report),
    )
    command = [sys.executable, str(HERE / "launcher.py"), "--data-dir", str(scratch / "data")]
    try:
        result = subprocess.run(
            command,
            env=environment,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise RuntimeError(f"the window was not shown within {error.timeout} s") from error
    if result.returncode != 0 or not report.is_file():
        missing = sorted(set(_MISSING.findall(result.stderr)))
        if missing:
            raise RuntimeError(
                f"Qt's xcb platform cannot load: {', '.join(missing)} is missing "
                "(install README.md's apt line)"
            )
        tail = "\n".join(result.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"the app exited {result.returncode} without a window:\n{tail}")
    shown: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return shown


def main() -> int:
    """Run the check; one line on success, the reason on failure."""
    if not os.environ.get("DISPLAY"):
        print("x11 start: no DISPLAY; run it under xvfb-run -a", file=sys.stderr)
        return 1
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="einwandfrei-x11-") as folder:
        try:
            shown = start_window(Path(folder))
        except RuntimeError as error:
            print(f"x11 start: FAILED: {error}", file=sys.stderr)
            return 1
    if shown.get("platform") != "xcb":
        print(f"x11 start: FAILED: the window came up on {shown.get('platform')}", file=sys.stderr)
        return 1
    seconds = float(str(shown["shown_at_monotonic"])) - started
    print(
        f"x11 start: ok, “{shown['title']}” ({shown['width']}×{shown['height']}) shown and "
        f"exposed on xcb after {seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
