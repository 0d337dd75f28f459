"""A library linked to a team starts as fast as any: psycopg loads only after the first paint,
in the background pull."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

from einwandfrei.library_folder import open_data_folder
from einwandfrei.team.link import write_link
from einwandfrei.team.urls import parse


def test_a_linked_library_loads_psycopg_only_after_the_first_paint(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a server nobody answers on: the pull fails, offline
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = tmp_path / "data"
    with open_data_folder(data, language="en") as library, library.write() as connection:
        write_link(connection, parse(f"postgresql://ben@127.0.0.1:{port}/team"))
    program = (
        "import json, os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings, QTimer\n"
        "from einwandfrei.app import application, launch\n"
        "seen = {}\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        f"window = launch(Path({str(data)!r}), settings=settings)\n"
        "def painted():\n"
        "    seen.setdefault('painted', 'psycopg' in sys.modules)\n"
        "window.firstPainted.connect(painted)\n"
        "def offline():\n"
        "    seen['offline'] = window.statusBar().findChild(object, 'teamOffline').text()\n"
        "    seen['loaded'] = 'psycopg' in sys.modules\n"
        "    window.close()\n"
        "window.features.team.failed.connect(lambda _text: QTimer.singleShot(0, offline))\n"
        "QTimer.singleShot(60000, application().quit)\n"
        "application().exec()\n"
        "print(json.dumps(seen))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=120
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["painted"] is False
    assert seen["loaded"] is True
    assert seen["offline"].startswith("Team library offline since")
