"""Opening the library for the window: one instance per data folder, and kind words when it fails.

- The data folder is locked (QLockFile): a second window on the same library says so and leaves;
  a folder where no lock can be written (read-only) is named as such, not taken for a window.
- A library that cannot be written (read-only media, a read-only file or folder) is opened to be
  read only: the window says so and offers no editing (`read_only_mode`); a write still attempted
  gets the store's sentence naming the culprit.
- A damaged library: the user is told and offered the newest intact backup; the damaged file is
  moved aside, never deleted or overwritten.
- A library from a newer Einwandfrei, or one that cannot be read for another reason: a message,
  and nothing is touched.

Every question goes through the injected `Prompts`. SQLAlchemy is imported only when the library
is opened, after the window has painted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QWidget

from einwandfrei.paths import LOCK_FILE_NAME, backup_dir, library_path
from einwandfrei.private_files import make_private, make_private_folder
from einwandfrei.ui.error_text import error_text, message_text
from einwandfrei.ui.prompts import Prompts
from einwandfrei.ui.shell.backup_names import describe_backup

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library


class StartupRefused(Exception):  # noqa: N818 - not an error: the user was told and chose
    """The library is not opened; the user has been told why."""


def lock_data_folder(
    data_dir: Path, prompts: Prompts, parent: QWidget | None = None
) -> QLockFile | None:
    """Lock the data folder for this window; refuse if another window holds it.

    A read-only folder holding a library gets no lock (None): the library opens read-only, and
    nothing can change it. A read-only folder without one is refused: no library can be made there.
    """
    from einwandfrei.store.db.data_folder import check_data_folder
    from einwandfrei.store.db.errors import LibraryError

    try:
        check_data_folder(data_dir)
    except LibraryError as error:
        prompts.warn(
            parent,
            QCoreApplication.translate("Startup", "The library cannot be opened"),
            error_text(error),
        )
        raise StartupRefused from error
    try:
        make_private_folder(data_dir)
    except OSError as error:
        prompts.warn(
            parent,
            QCoreApplication.translate("Startup", "The library cannot be opened"),
            QCoreApplication.translate(
                "Startup", "The data folder {folder} cannot be created ({reason})."
            ).format(folder=data_dir, reason=error.strerror or error),
        )
        raise StartupRefused from error
    lock = QLockFile(str(data_dir / LOCK_FILE_NAME))
    # Stale only when the process that took it has gone, however long it has been running.
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        if lock.error() != QLockFile.LockError.LockFailedError:
            # No lock file could be written (a read-only folder, a full disk): not another window.
            from einwandfrei.store.db.connection import library_exists
            from einwandfrei.store.db.errors import ReadOnlyLibraryError
            from einwandfrei.store.db.file_access import may_write

            if library_exists(library_path(data_dir)) and not may_write(library_path(data_dir)):
                return None  # read it: nothing can change a library nobody may write

            prompts.warn(
                parent,
                QCoreApplication.translate("Startup", "The library cannot be opened"),
                error_text(ReadOnlyLibraryError(data_dir)),
            )
            raise StartupRefused
        prompts.warn(
            parent,
            QCoreApplication.translate("Startup", "Einwandfrei is already open"),
            QCoreApplication.translate(
                "Startup",
                "The library in {folder} is already open in another Einwandfrei window. "
                "Switch to that window; this one closes without changing anything.",
            ).format(folder=data_dir),
        )
        raise StartupRefused
    make_private(data_dir / LOCK_FILE_NAME)
    return lock


def newest_intact_backup(data_dir: Path) -> Path | None:
    """The newest backup in the data folder that is a sound library this app can open."""
    from einwandfrei.store.db.backup import check_restorable, list_backups
    from einwandfrei.store.db.errors import LibraryError

    for candidate in list_backups(backup_dir(data_dir)):
        try:
            check_restorable(candidate)
        except LibraryError:
            continue
        return candidate
    return None


def open_with_prompts(
    data_dir: Path,
    prompts: Prompts,
    parent: QWidget | None = None,
    *,
    language: str | None = None,
    starter: bool = True,
    reindexing: Callable[[int, int], None] | None = None,
) -> Library:
    """The library in `data_dir` (created on first use); `StartupRefused` if it cannot be had.

    `reindexing` is told the progress should an older library's search index be built anew."""
    from einwandfrei.library_folder import open_data_folder
    from einwandfrei.store.db.errors import DamagedLibraryError, LibraryError, NewerLibraryError

    def attempt() -> Library:
        # The automatic backup runs later, in the background, once the window is filled.
        return open_data_folder(
            data_dir,
            language=language,
            starter=starter,
            backup=False,
            read_only_ok=True,
            reindexing=reindexing,
        )

    try:
        return attempt()
    except NewerLibraryError as error:
        prompts.warn(
            parent,
            QCoreApplication.translate("Startup", "This library is from a newer Einwandfrei"),
            QCoreApplication.translate(
                "Startup",
                "The library {path} was written by a newer version of Einwandfrei. Update the app "
                "to open it; the file was left untouched.",
            ).format(path=error.path),
        )
        raise StartupRefused from error
    except DamagedLibraryError as error:
        library = offer_backup(data_dir, error, prompts, parent)
        if library is None:
            raise StartupRefused from error
        return library
    except LibraryError as error:
        prompts.warn(
            parent,
            QCoreApplication.translate("Startup", "The library cannot be opened"),
            error_text(error),
        )
        raise StartupRefused from error


def offer_backup(
    data_dir: Path, error: Exception, prompts: Prompts, parent: QWidget | None
) -> Library | None:
    """Say the library is damaged and offer the newest intact backup in its place (the damaged
    file kept aside); the library opened from it, or None when there is none or it was declined.
    """
    from einwandfrei.library_folder import open_data_folder
    from einwandfrei.store.db.backup import replace_damaged_library
    from einwandfrei.store.db.errors import LibraryError

    path = library_path(data_dir)
    detail = message_text(getattr(error, "detail", error_text(error)))
    backup = newest_intact_backup(data_dir)
    title = QCoreApplication.translate("Startup", "The library is damaged")
    if backup is None:
        prompts.warn(
            parent,
            title,
            QCoreApplication.translate(
                "Startup",
                "The library {path} is damaged and cannot be read ({detail}), and there is no "
                "backup to put in its place. The file was left untouched.",
            ).format(path=path, detail=detail),
        )
        return None
    when = describe_backup(backup)
    if not prompts.confirm(
        parent,
        title,
        QCoreApplication.translate(
            "Startup",
            "The library {path} is damaged and cannot be read ({detail}).\n\n"
            "Einwandfrei can put the newest backup, from {when}, in its place. The damaged file "
            "is kept beside it under a new name; nothing is deleted.",
        ).format(path=path, detail=detail, when=when),
        QCoreApplication.translate("Startup", "Restore the Backup"),
    ):
        return None
    try:
        aside = replace_damaged_library(path, backup)
        library = open_data_folder(data_dir, backup=False)
    except LibraryError as failure:
        prompts.warn(parent, title, error_text(failure))
        return None
    prompts.inform(
        parent,
        QCoreApplication.translate("Startup", "Backup restored"),
        QCoreApplication.translate(
            "Startup",
            "The backup from {when} is now your library. The damaged file was kept as {aside}.",
        ).format(when=when, aside=aside.name),
    )
    return library
