"""Writing an exported file so that a failure leaves any old file as it was."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file beside it; `InterchangeError` with one
    sentence if it cannot be written."""
    target = path.expanduser()
    partial: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "wb", dir=target.parent, prefix=f".{target.name}.", delete=False
        ) as handle:
            partial = Path(handle.name)
            handle.write(data)
        partial.replace(target)
    except OSError as error:
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink()
        raise InterchangeError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{path} cannot be written ({reason})."),
                path=target,
                reason=str(error.strerror or error),
            )
        ) from error
