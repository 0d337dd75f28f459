"""The app's log of unexpected errors: one file in the platform's log folder, for the command line
and the window alike.

`log_error(error)` appends the time and the traceback to `einwandfrei.log` (see `paths.log_dir`)
and returns the file, or None when it cannot be written. The folder and the file are private to
the user (a traceback may quote a customer's name). Once the file passes a megabyte it is
rotated: the older part is kept as `einwandfrei.log.1`, so the log never grows without bound.
"""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from einwandfrei.private_files import create_private_file, make_private_folder

LOG_FILE_NAME = "einwandfrei.log"
ROTATE_BYTES = 1 << 20


def log_file() -> Path:
    """Where unexpected errors are logged (the folder is created on the first error)."""
    from einwandfrei.paths import log_dir

    return log_dir() / LOG_FILE_NAME


def log_error(error: BaseException, *, where: str = "") -> Path | None:
    """Append `error`'s traceback (and where it happened) to the log; the file, or None."""
    path = log_file()
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    heading = f"{stamp} {where}".rstrip()
    text = heading + "\n" + "".join(traceback.format_exception(error)) + "\n"
    try:
        make_private_folder(path.parent)
        if path.exists() and path.stat().st_size > ROTATE_BYTES:
            path.replace(path.with_name(path.name + ".1"))
        create_private_file(path)  # a traceback may quote a customer's name
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError:
        return None
    return path
