"""The File menu's work: import, export, back up, restore — and the automatic backup after opening.

Imports and exports run in the background (`BackgroundTask`) with the interchange code the command
line uses. An import is all or nothing: a refused file gets its one sentence in a message box and
nothing changes; an accepted one is one undo step (undoing removes exactly what it added).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence

from einwandfrei.paths import backup_dir
from einwandfrei.placeholders import fill
from einwandfrei.planning.changes import Change
from einwandfrei.ui.error_text import error_text, translate_template
from einwandfrei.ui.shell.background_work import BackgroundTask
from einwandfrei.ui.shell.backup_names import describe_backup
from einwandfrei.ui.widgets.key_names import key_text

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library
    from einwandfrei.ui.session import Session
    from einwandfrei.ui.shell.main_window import MainWindow

EXPORT_FORMATS = {".json": "json", ".csv": "csv", ".md": "md", ".markdown": "md"}


def write_atomically(path: Path, text: str) -> None:
    """Write UTF-8 text to `path` so that a failure leaves any old file as it was."""
    with tempfile.NamedTemporaryFile(
        "wb", dir=path.parent, prefix=f".{path.name}.", delete=False
    ) as handle:
        handle.write(text.encode("utf-8"))
    Path(handle.name).replace(path)


class FileOperations(QObject):
    """Carries out the File menu's import, export, backup and restore (a feature of the window).

    `before_work` saves what is being typed before a file is read or written.
    """

    taskFinished = Signal()

    def __init__(self, before_work: Callable[[], object]) -> None:
        super().__init__()
        self.before_work = before_work
        self.session: Session | None = None
        self._tasks: list[tuple[BackgroundTask, bool]] = []

    def install(self, window: MainWindow) -> None:
        """Wire the File menu's actions (and Help ▸ Open Data Folder)."""
        self.window = window
        self.setParent(window)
        actions = window.actions_
        actions.import_file.triggered.connect(lambda: self.import_library())
        actions.export_file.triggered.connect(lambda: self.export_library())
        actions.backup_now.triggered.connect(self.back_up_now)
        actions.restore_backup.triggered.connect(self.restore_from_backup)
        actions.open_data_folder.triggered.connect(
            lambda: window.prompts.open_folder(window.data_dir)
        )
        window.closing.connect(self.wait_for_background)

    def attach(self, session: Session) -> None:
        """Work on the open library; back it up in the background if it changed since (a library
        opened read-only is never backed up: nothing can change it)."""
        self.session = session
        if not session.library.read_only:
            self.start_automatic_backup()

    def may_close(self) -> bool:
        """Not while an import, export, backup or restore the user started is running."""
        return not self._refused_while_busy()

    # Background work -------------------------------------------------------------------------

    def busy(self) -> bool:
        """Whether an import, export, backup or restore the user started has not reported yet."""
        return any(visible for _, visible in self._tasks)

    def wait_for_background(self) -> None:
        """Let every background task finish (the window is closing)."""
        for task, _ in list(self._tasks):
            task.wait()

    def _refused_while_busy(self) -> bool:
        """Say so and return True while work the user started has not reported back."""
        if not self.busy():
            return False
        self.window.statusBar().showMessage(
            self.tr("Please wait until the work in progress ends."), 8000
        )
        return True

    def _run(
        self,
        work: Any,
        on_done: Any,
        on_error: Any,
        *,
        label: str | None,
        block_at_once: bool = False,
    ) -> None:
        library = self.window.library
        assert library is not None
        task = BackgroundTask(
            self.window,
            library.path,
            work,
            on_done,
            on_error,
            label=label,
            block_at_once=block_at_once,
        )
        entry = (task, label is not None)
        self._tasks.append(entry)

        def finished() -> None:
            self._tasks.remove(entry)
            task.deleteLater()
            self.taskFinished.emit()

        task.finished.connect(finished)
        task.start()

    def _failed(self, title: str) -> Any:
        def report(error: BaseException) -> None:
            self.window.prompts.warn(self.window, title, error_text(error))

        return report

    def start_automatic_backup(self) -> None:
        """Check the library just opened in the background (`quick_check`), then back it up if it
        changed since its last backup; damage is offered a backup (see `library_health`)."""
        from einwandfrei.ui.shell.library_health import start_opening_check

        start_opening_check(self.window)

    def run_task(
        self,
        work: Any,
        on_done: Any,
        on_error: Any,
        *,
        label: str | None,
        block_at_once: bool = False,
    ) -> None:
        """Run library work in the background as the File menu's own work runs (the window
        waits for it when it closes; `label` shows a progress dialog)."""
        self._run(work, on_done, on_error, label=label, block_at_once=block_at_once)

    # Import and export -----------------------------------------------------------------------

    def import_library(self, path: Path | None = None) -> None:
        """Import a JSON or CSV library file, all or nothing, as one undo step."""
        window = self.window
        if self._refused_while_busy():
            return
        self.before_work()
        if path is None:
            path = window.prompts.choose_open_file(
                window,
                self.tr("Import a Library"),
                self.tr("Library files (*.json *.csv *.txt *.tsv);;All files (*)"),
            )
        if path is None or window.library is None:
            return

        def work(library: Library) -> Any:
            from einwandfrei.interchange.files import read_library_file
            from einwandfrei.store.transfer.undoable_import import import_undoably

            content = read_library_file(path)
            return content, import_undoably(library, content)

        def done(result: Any) -> None:
            content, change = result
            report = change.report
            if not report.changed_anything:
                window.statusBar().showMessage(
                    fill(self.tr("%1 held nothing new."), path.name), 8000
                )
                return
            assert self.session is not None
            self.session.editing.push_import(
                fill(self.tr("Import of %1"), path.name), content, change
            )
            window.statusBar().showMessage(
                fill(
                    self.tr(
                        "Imported from %1 — new objections: %2, merged into existing ones: %3, "
                        "new responses: %4, new questions and checklist items: %5. "
                        "%6 takes the import back."
                    ),
                    path.name,
                    report.objections_added,
                    report.objections_merged,
                    report.responses_added,
                    report.questions_added + report.checklist_added,
                    key_text(QKeySequence.StandardKey.Undo),
                ),
                10000,
            )

        self._run(
            work,
            done,
            self._failed(self.tr("Nothing Was Imported")),
            label=fill(self.tr("Importing %1…"), path.name),
        )

    def export_library(self, path: Path | None = None) -> None:
        """Export the whole library as JSON, CSV or Markdown (by the file's extension)."""
        window = self.window
        if self._refused_while_busy():
            return
        self.before_work()
        if path is None:
            path = window.prompts.choose_save_file(
                window,
                self.tr("Export the Library"),
                Path.home() / "einwandfrei-library.json",
                self.tr(
                    "JSON, the full format (*.json);;CSV for spreadsheets (*.csv);;"
                    "Markdown to read (*.md)"
                ),
            )
        if path is None or window.library is None:
            return
        file_format = EXPORT_FORMATS.get(path.suffix.lower())
        if file_format is None:
            path = path.with_suffix(".json")
            file_format = "json"
        target = path

        def work(library: Library) -> Path:
            from einwandfrei.interchange.files import export_text

            text = export_text(library, file_format, translate=translate_template)  # type: ignore[arg-type]
            write_atomically(target, text)
            return target

        def failed(error: BaseException) -> None:
            message = error_text(error)
            if isinstance(error, OSError):
                message = fill(
                    self.tr("The file %1 cannot be written (%2)."),
                    target,
                    error.strerror or str(error),
                )
            window.prompts.warn(window, self.tr("The library cannot be exported"), message)

        self._run(
            work,
            lambda written: window.statusBar().showMessage(
                fill(self.tr("Exported the library to %1."), str(written)), 10000
            ),
            failed,
            label=fill(self.tr("Exporting to %1…"), target.name),
        )

    # Backups ---------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Back up the library now, into the backup folder."""
        from einwandfrei.store.db.backup import backup_library

        self.before_work()
        self._run(
            lambda library: backup_library(library, label="manual"),
            lambda written: self.window.statusBar().showMessage(
                fill(self.tr("Backed up as %1."), written.name), 10000
            ),
            self._failed(self.tr("The backup failed")),
            label=self.tr("Backing up…"),
        )

    def restore_from_backup(self) -> None:
        """Replace the library with one of its backups (the current one is backed up first)."""
        from einwandfrei.store.db.backup import list_backups, restore_library

        window = self.window
        if window.library is None:
            return
        if self._refused_while_busy():
            return
        self.before_work()
        backups = list_backups(backup_dir(window.data_dir))
        if not backups:
            window.prompts.inform(
                window, self.tr("No backups yet"), self.tr("There is no backup to restore yet.")
            )
            return
        choice = window.prompts.choose_item(
            window,
            self.tr("Restore from Backup"),
            self.tr("Which backup should become your library?"),
            [describe_backup(path) for path in backups],
        )
        if choice is None:
            return
        chosen = backups[choice]
        if not window.prompts.confirm(
            window,
            self.tr("Restore this backup?"),
            fill(
                self.tr(
                    "Your library will be replaced by the backup from %1. The library as it is "
                    "now is backed up first, so you can come back to it. Undo starts afresh."
                ),
                describe_backup(chosen),
            ),
            self.tr("Restore"),
        ):
            return

        def done(safety: Path) -> None:
            window.undo_stack.clear()
            window.bus.publish(Change.whole_library())
            window.statusBar().showMessage(
                fill(
                    self.tr("Restored the backup from %1. The previous library was saved as %2."),
                    describe_backup(chosen),
                    safety.name,
                ),
                12000,
            )

        # The window's own connections let go of the file while its pages are replaced.
        window.library.close()
        self._run(
            lambda library: restore_library(library, chosen),
            done,
            self._failed(self.tr("The backup cannot be restored")),
            label=fill(self.tr("Restoring the backup from %1…"), describe_backup(chosen)),
            block_at_once=True,  # an edit meanwhile would be lost with the replaced library
        )
