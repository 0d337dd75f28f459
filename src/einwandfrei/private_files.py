"""Files only their owner may read: the data folder 0700, every file in it 0600 (on POSIX).

Customers are personal data, so the library, its write-ahead log and shared memory, its backups,
the lock file, exports written into the data folder and the log files are private to the user.
New files are created private from their first byte (`create_private_file`; SQLite then gives its
`-wal`, `-shm` and `-journal` files the mode of the library file); an existing folder is tightened
when a library in it is opened (`tighten_data_folder`): group and others lose their permissions,
and nothing is ever added (a read-only folder or file stays read-only). On Windows the folder's
ACL already limits access to the user's profile, and nothing here changes anything.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
# The data folder's subfolders whose files are tightened too (the backups).
_PRIVATE_SUBFOLDERS = ("backups",)


def applies() -> bool:
    """Whether file modes mean anything here (POSIX)."""
    return os.name == "posix"


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and missing parents) and make it 0700; an existing one is tightened.

    Only `folder` itself is tightened: its parents belong to the user (the home folder, …).
    Raises `OSError` when it cannot be created.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    with contextlib.suppress(OSError):  # a folder of another user still works if writable
        _tighten(folder, FOLDER_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file 0600 if none exists (so SQLite, opening it, keeps that mode and gives
    it to its log files), or make the existing one 0600."""
    if applies():
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
        os.close(descriptor)
    _tighten(path, FILE_MODE)


def make_private(path: Path) -> None:
    """Make an existing file 0600 (a folder 0700); quietly nothing if it cannot be changed."""
    with contextlib.suppress(OSError):
        mode = FOLDER_MODE if path.is_dir() else FILE_MODE
        _tighten(path, mode)


def tighten_data_folder(data_dir: Path) -> None:
    """Make the data folder 0700 and every file in it, and in its backups folder, 0600.

    Symbolic links are left alone (their targets may be anything); so is anything that cannot be
    changed (a file of another user, a read-only disk): a library there still opens.
    """
    if not applies() or not data_dir.is_dir():
        return
    with contextlib.suppress(OSError):
        _tighten(data_dir, FOLDER_MODE)
    for folder in (data_dir, *(data_dir / name for name in _PRIVATE_SUBFOLDERS)):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            with contextlib.suppress(OSError):
                if entry.is_symlink():
                    continue
                if entry.is_file():
                    _tighten(Path(entry.path), FILE_MODE)
                elif entry.is_dir() and entry.name in _PRIVATE_SUBFOLDERS and folder == data_dir:
                    _tighten(Path(entry.path), FOLDER_MODE)


def _tighten(path: Path, mode: int) -> None:
    """Take from `path` every permission `mode` does not have (group and others); never add one,
    so a read-only folder or file stays read-only."""
    if not applies():
        return
    current = stat.S_IMODE(path.stat().st_mode)
    tightened = current & mode
    if tightened != current:
        path.chmod(tightened)
