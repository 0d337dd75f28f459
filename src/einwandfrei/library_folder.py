"""The data folder as the app and every command see it: open the library there, or create one.

A new library is created under a temporary name, filled with the starter library, and renamed into
place only when complete, so an interrupted first start never leaves a half-filled library behind.
The folder and its files are private to the user (see `private_files`), tightened at every open.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from einwandfrei.languages import SUPPORTED_LANGUAGES, system_language
from einwandfrei.paths import library_path
from einwandfrei.private_files import tighten_data_folder
from einwandfrei.store.db.connection import Library, create_library, library_exists, open_library
from einwandfrei.store.db.data_folder import check_data_folder
from einwandfrei.store.library.search_index import Progress

log = logging.getLogger(__name__)


def open_data_folder(
    data_dir: Path,
    *,
    language: str | None = None,
    starter: bool = True,
    backup: bool = True,
    read_only_ok: bool = False,
    reindexing: Progress | None = None,
) -> Library:
    """The library in `data_dir`, created first if there is none.

    `language` and `starter` matter only when a library is created: its language (default: the
    system's) and whether it is filled with the starter library. `backup` makes the automatic backup
    if the library changed since the last one. With `read_only_ok`, a library that cannot be
    written is opened to be read only (and never backed up) instead of refused. `reindexing` is
    told the progress should an older library's search index be built anew (once, see
    `open_library`).
    """
    data_dir = data_dir.absolute()
    check_data_folder(data_dir)
    path = library_path(data_dir)
    # Before SQLite opens the library: its log files take the library file's mode.
    tighten_data_folder(data_dir)
    if not library_exists(path):
        _create(path, language or system_language(), starter=starter)
    library = open_library(path, read_only_ok=read_only_ok, reindexing=reindexing)
    if backup and not library.read_only:
        from einwandfrei.store.db.backup import backup_if_changed

        try:
            backup_if_changed(library)
        except BaseException:
            library.close()
            raise
    return library


def _create(path: Path, language: str, *, starter: bool) -> None:
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    building = path.with_name(f".{path.name}.{os.getpid()}.creating")
    files = (building, *(building.with_name(building.name + s) for s in ("-wal", "-shm")))
    for leftover in files:
        leftover.unlink(missing_ok=True)
    try:
        library = create_library(building, language=language)
        try:
            if starter:
                from einwandfrei.interchange.starter import install_starter_library

                install_starter_library(library, language)
            library.fold_write_ahead_log()  # one self-contained file to rename
        finally:
            library.close()
        building.replace(path)
    except BaseException:
        for leftover in files:
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise
    log.info("created a new library at %s (%s, starter: %s)", path, language, starter)
