"""Where Einwandfrei keeps its files.

The data folder holds the library database and its backups. It is the platform's user data folder
unless the command line (`--data-dir`) or the environment (`EINWANDFREI_DATA_DIR`) names another.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Einwandfrei"
DATA_DIR_VARIABLE = "EINWANDFREI_DATA_DIR"
LIBRARY_FILE_NAME = "library.sqlite3"
BACKUP_FOLDER_NAME = "backups"
LOCK_FILE_NAME = "library.lock"


def default_data_dir() -> Path:
    """The platform's user data folder for the app (not created here)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use: the explicit one, else the environment's, else the platform's."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_environment = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if from_environment:
        return Path(from_environment).expanduser().resolve()
    return default_data_dir()


def library_path(data_dir: Path) -> Path:
    """The library database inside a data folder."""
    return data_dir / LIBRARY_FILE_NAME


def backup_dir(data_dir: Path) -> Path:
    """The folder of automatic and manual backups beside the library."""
    return data_dir / BACKUP_FOLDER_NAME


def log_dir() -> Path:
    """The platform's log folder for the app (not created here)."""
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))
