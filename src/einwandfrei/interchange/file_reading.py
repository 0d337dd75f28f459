"""Reading a file to import, with one sentence for every way that can fail."""

from __future__ import annotations

from pathlib import Path

from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message

MAX_IMPORT_BYTES = 2 * 1024**3


def read_bounded(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of `path`; `InterchangeError` for a missing, unreadable or too large file."""
    try:
        if path.stat().st_size > limit:
            raise InterchangeError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The file {path} is too large to import (over 2 GB)."
                    ),
                    path=path,
                )
            )
        return path.read_bytes()
    except FileNotFoundError as error:
        raise InterchangeError(
            Message(QT_TRANSLATE_NOOP("Messages", "There is no file {path}."), path=path)
        ) from error
    except IsADirectoryError as error:
        raise InterchangeError(
            Message(QT_TRANSLATE_NOOP("Messages", "{path} is a folder, not a file."), path=path)
        ) from error
    except OSError as error:
        raise InterchangeError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The file {path} cannot be read ({reason})."),
                path=path,
                reason=str(error.strerror),
            )
        ) from error
