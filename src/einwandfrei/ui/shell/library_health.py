"""A library found damaged while the window shows it: SQLite's `quick_check` right after opening
(in the background, after the first paint), or a row whose text cannot be read.

The user is told and offered the newest intact backup; accepted, the backup takes the damaged
file's place (the damaged file is kept beside it, never deleted), the Undo history starts afresh
and every view re-reads. Looking for the backup checks each candidate, so that runs in the
background too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from einwandfrei.planning.changes import Change
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.shell.backup_names import describe_backup

if TYPE_CHECKING:
    from einwandfrei.store.db.backup import OpeningCheck
    from einwandfrei.store.db.connection import Library
    from einwandfrei.ui.shell.main_window import MainWindow


def start_opening_check(window: MainWindow) -> None:
    """Check the library just opened (`quick_check`), then make the automatic backup if it is
    sound; damage found is offered a backup (`damage_found`)."""
    from einwandfrei.store.db.backup import check_then_back_up
    from einwandfrei.store.db.errors import DamagedLibraryError

    def done(check: OpeningCheck) -> None:
        if check.problems:
            damage_found(window, "; ".join(check.problems))

    def failed(error: BaseException) -> None:
        if isinstance(error, DamagedLibraryError):
            damage_found(window, error_text(error))
        else:
            window.show_message(error_text(error), 10000)

    window.features.files.run_task(check_then_back_up, done, failed, label=None)


def damage_found(window: MainWindow, detail: str) -> None:
    """Tell the user the open library is damaged and offer the newest intact backup."""
    from einwandfrei.ui.shell.startup import newest_intact_backup

    data_dir = window.data_dir
    window.features.files.run_task(
        lambda _library: newest_intact_backup(data_dir),
        lambda backup: _offer(window, detail, backup),
        lambda error: window.show_message(error_text(error), 10000),
        label=None,
    )


def _offer(window: MainWindow, detail: str, backup: Path | None) -> None:
    library = window.library
    if library is None:
        return
    title = QCoreApplication.translate("LibraryHealth", "The library is damaged")
    if backup is None:
        window.prompts.warn(
            window,
            title,
            QCoreApplication.translate(
                "LibraryHealth",
                "SQLite's check of the library {path} found damage ({detail}), and there is no "
                "intact backup to put in its place. Export what can still be read (File ▸ "
                "Export…) and keep the file; it was left as it is.",
            ).format(path=library.path, detail=detail),
        )
        return
    when = describe_backup(backup)
    if not window.prompts.confirm(
        window,
        title,
        QCoreApplication.translate(
            "LibraryHealth",
            "SQLite's check of the library {path} found damage ({detail}).\n\n"
            "Einwandfrei can put the newest intact backup, from {when}, in its place. The "
            "damaged file is kept beside it under a new name; nothing is deleted. Undo starts "
            "afresh.",
        ).format(path=library.path, detail=detail, when=when),
        QCoreApplication.translate("LibraryHealth", "Restore the Backup"),
    ):
        return

    def recover(secondary: Library) -> Path:
        from einwandfrei.store.db.backup import recover_from_backup

        return recover_from_backup(secondary, backup)

    def done(aside: Path) -> None:
        window.undo_stack.clear()
        window.bus.publish(Change.whole_library())
        window.prompts.inform(
            window,
            QCoreApplication.translate("LibraryHealth", "Backup restored"),
            QCoreApplication.translate(
                "LibraryHealth",
                "The backup from {when} is now your library. The damaged file was kept as {aside}.",
            ).format(when=when, aside=aside.name),
        )

    def failed(error: BaseException) -> None:
        window.prompts.warn(window, title, error_text(error))

    library.close()  # the window's connections let go of the file it replaces
    window.features.files.run_task(
        recover,
        done,
        failed,
        label=QCoreApplication.translate(
            "LibraryHealth", "Putting the backup from %1 in place…"
        ).replace("%1", when),
        block_at_once=True,
    )
