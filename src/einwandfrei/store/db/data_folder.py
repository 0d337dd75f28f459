"""The data folder itself: a folder, not a file (checked without importing SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.store.db.errors import LibraryError


def check_data_folder(data_dir: Path) -> None:
    """Refuse, in one sentence, a data folder that is a file or lies inside one."""
    for candidate in (data_dir, *data_dir.parents):
        if candidate.exists():
            if not candidate.is_dir():
                raise LibraryError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "The data folder {path} cannot be used: {file} is a file, not a "
                            "folder; choose a folder with --data-dir.",
                        ),
                        path=data_dir,
                        file=candidate,
                    )
                )
            return
