"""A process killed while writing loses nothing it committed and leaves a sound library."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.db.integrity_check import check_library

WRITER = """
import sys
from pathlib import Path
from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.models import Objection, Response

library = open_data_folder(Path(sys.argv[1]), backup=False)
number = 0
while True:
    number += 1
    with library.session() as session:
        objection = Objection(text=f"Edit number {number}: das ist zu teuer")
        objection.responses.append(Response(text=f"Antwort {number} im Vergleich wozu?"))
        session.add(objection)
    with library.session() as session:
        session.get(Objection, 1).concern = f"changed {number} times"
    print(number, flush=True)
"""


def test_sigkill_during_a_write_loop_loses_nothing_committed(data_dir: Path) -> None:
    open_data_folder(data_dir, language="en").close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    committed = 0
    deadline = time.monotonic() + 60
    while committed < 60 and time.monotonic() < deadline:
        line = writer.stdout.readline()
        if not line:
            break
        committed = int(line)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    assert committed >= 60, "the writer did not get going"

    with open_data_folder(data_dir, backup=False) as library:
        assert check_library(library) == []
        with library.read() as connection:
            numbers = set(
                connection.execute(
                    text(
                        "SELECT CAST(substr(text, 13) AS INTEGER) FROM objections "
                        "WHERE text LIKE 'Edit number %'"
                    )
                ).scalars()
            )
            concern = connection.execute(
                text("SELECT concern FROM objections WHERE id = 1")
            ).scalar_one()
    assert set(range(1, committed + 1)) <= numbers
    assert int(concern.split()[1]) >= committed
