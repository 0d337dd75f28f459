"""Reading a file to import, with one sentence for every way that can fail."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message

MAX_IMPORT_BYTES = 2 * 1024**3
_T = TypeVar("_T")


def read_bounded(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of `path`; `InterchangeError` for a missing, unreadable or too large file."""
    with open_bounded(path, limit) as file:
        return refusing_os_errors(path, file.read)


@contextlib.contextmanager
def open_bounded(path: Path, limit: int = MAX_IMPORT_BYTES) -> Iterator[BinaryIO]:
    """`path` opened to read bytes; `InterchangeError` for a missing, unreadable or too large
    file (reading it later may still fail with an `OSError`)."""
    file = refusing_os_errors(path, lambda: _opened(path, limit))
    with file:
        yield file


def _opened(path: Path, limit: int) -> BinaryIO:
    if path.stat().st_size > limit:
        raise InterchangeError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The file {path} is too large to import (over 2 GB)."
                ),
                path=path,
            )
        )
    return path.open("rb")


def refusing_os_errors(path: Path, action: Callable[[], _T]) -> _T:
    """What `action` gives; an `OSError` it raises (reading `path`) as one sentence."""
    try:
        return action()
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
