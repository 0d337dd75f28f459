"""Printing from the window: File ▸ Print… (Ctrl+P), Print Selection…, Export PDF…, and a plan's
cheat sheet from the Calls view.

The controller reads what to print through the store, lays it out with `einwandfrei.printing`
and hands it to the preview, a printer or a PDF file. Long jobs (a booklet of a thousand
objections) run with a progress dialog that keeps the window painting and can be cancelled.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from einwandfrei.printing.jobs import LayoutKind, PrintRequest, PrintRequestError, build_layout
from einwandfrei.printing.render import (
    PrintingCancelled,
    PrintingError,
    PrintLayout,
    print_to,
    render_pdf,
)
from einwandfrei.store.calls.printable_plan import read_plan
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.store.library.library_parts import part_choices
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.printing.options_dialog import (
    Action,
    Contents,
    PrintChoices,
    PrintOptionsDialog,
)
from einwandfrei.ui.prompts import LazyPrompts, Prompts

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class Progress(Protocol):
    """A progress display for one job: called with (done, total), returns False to cancel."""

    def __call__(self, done: int, total: int) -> bool:
        """Show the progress; whether to go on."""
        ...

    def close(self) -> None:
        """The job is over."""
        ...


class ProgressDialog:
    """A window-modal QProgressDialog that appears when a job takes more than a moment."""

    def __init__(self, parent: QWidget | None, label: str) -> None:
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("Printing", "Cancel"), 0, 100, parent
        )
        self.dialog.setObjectName("printProgressDialog")
        self.dialog.setWindowTitle(QCoreApplication.translate("Printing", "Printing"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, done: int, total: int) -> bool:
        """Update the bar and let the window repaint and take the Cancel click."""
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        QCoreApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        """Hide the dialog for good."""
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()


ProgressFactory = Callable[[QWidget | None, str], Progress]


def suggested_file_name(title: str) -> Path:
    """A PDF file name from a document title ("Call with Anna Keller.pdf")."""
    name = " ".join(_UNSAFE_IN_FILE_NAMES.sub(" ", title).split()).strip(" .") or "Einwandfrei"
    return Path(f"{name}.pdf")


class PrintController(QObject):
    """Reads, lays out and prints; the actions and the Calls view call into it."""

    message = Signal(str)  # one sentence for the status bar ("Exported 3 pages to …")
    busyChanged = Signal(bool)

    def __init__(
        self,
        parent: QWidget,
        get_library: Callable[[], Library | None],
        get_selected_ids: Callable[[], Sequence[int]],
        get_current_plan_id: Callable[[], int | None],
        *,
        prompts: Prompts | None = None,
        progress_factory: ProgressFactory = ProgressDialog,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printController")
        self.window = parent
        self.get_library = get_library
        self.get_selected_ids = get_selected_ids
        self.get_current_plan_id = get_current_plan_id
        self.prompts: Prompts = prompts or LazyPrompts()
        self.progress_factory = progress_factory
        self.busy = False
        self.options_dialog: PrintOptionsDialog | None = None

    # The dialog ------------------------------------------------------------------------------

    def open_dialog(
        self,
        *,
        contents: Contents | None = None,
        plan_id: int | None = None,
        default_action: Action = Action.PREVIEW,
    ) -> PrintOptionsDialog | None:
        """Open the print dialog, preset to a plan's cheat sheet, the selection or the library."""
        if self.busy:
            return None
        library = self.get_library()
        if library is None:
            return None
        if plan_id is None and contents is None:
            plan_id = self.get_current_plan_id()
        try:
            choices = self._choices(library, plan_id)
        except LibraryError as error:
            self._warn(error_text(error))
            return None
        if contents is Contents.SELECTION and not choices.selected_ids:
            self._warn(
                self.tr("Select one or more objections in the library first, then print them.")
            )
            return None
        layout = LayoutKind.SHEET if choices.plan_id is not None and contents is None else None
        dialog = PrintOptionsDialog(
            choices,
            layout=layout or LayoutKind.BOOKLET,
            contents=contents or Contents.ALL,
            default_action=default_action,
            parent=self.window,
        )
        dialog.previewRequested.connect(self.preview)
        dialog.printRequested.connect(lambda request: self._finish(dialog, self.print(request)))
        dialog.exportRequested.connect(
            lambda request: self._finish(dialog, self.export_pdf(request) is not None)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(self._forget_dialog)
        self.options_dialog = dialog
        dialog.open()
        return dialog

    def print_plan(self, plan_id: int) -> None:
        """Open the print dialog for a plan's cheat sheet (the Calls view's print handler)."""
        self.open_dialog(plan_id=plan_id)

    def _forget_dialog(self) -> None:
        self.options_dialog = None

    @staticmethod
    def _finish(dialog: PrintOptionsDialog, done: bool) -> None:
        if done:
            dialog.accept()

    def _choices(self, library: Library, plan_id: int | None) -> PrintChoices:
        with library.read() as connection:
            title = ""
            if plan_id is not None:
                plan = read_plan(connection, plan_id)
                title = self.tr("Call with %1").replace("%1", plan.customer_name)
            parts = part_choices(connection)
            return PrintChoices(
                plan_id=plan_id,
                plan_title=title,
                selected_ids=tuple(self.get_selected_ids()),
                categories=parts.categories,
                tags=parts.tags,
                has_favorites=parts.has_favourites,
            )

    # The three ways out ----------------------------------------------------------------------

    def preview(self, request: PrintRequest) -> bool:
        """Show the print preview of `request`; False if it could not be laid out."""
        layout = self._layout(request)
        if layout is None:
            return False
        printer = self._printer(request, layout)

        def paint(target: QPrinter) -> None:
            self._run(lambda progress: print_to(target, layout, progress=progress))

        self.prompts.preview(self.window, printer, paint)
        return True

    def print(self, request: PrintRequest) -> bool:
        """Ask for a printer and print `request` on it; True once the pages went out."""
        layout = self._layout(request)
        if layout is None:
            return False
        printer = self._printer(request, layout)
        if not self.prompts.choose_printer(self.window, printer):
            return False
        pages = self._run(lambda progress: print_to(printer, layout, progress=progress))
        if pages is None:
            return False
        self.message.emit(self.tr("Sent %1 to the printer.").replace("%1", self._pages(pages)))
        return True

    def export_pdf(self, request: PrintRequest, path: Path | None = None) -> Path | None:
        """Ask where (unless `path` is given) and write `request` as a PDF; the file, or None."""
        layout = self._layout(request)
        if layout is None:
            return None
        target = path or self.prompts.choose_pdf_file(
            self.window, suggested_file_name(layout.title)
        )
        if target is None:
            return None
        paper = request.paper_for()
        pages = self._run(lambda progress: render_pdf(target, layout, paper, progress=progress))
        if pages is None:
            return None
        self.message.emit(
            self.tr("Exported %1 to %2.")
            .replace("%1", self._pages(pages))
            .replace("%2", str(target))
        )
        return target

    # Helpers ---------------------------------------------------------------------------------

    def _warn(self, text: str) -> None:
        title = QCoreApplication.translate("PrintDialogs", "Printing")
        self.prompts.warn(self.window, title, text)

    def _pages(self, count: int) -> str:
        if count == 1:
            return self.tr("1 page")
        return self.tr("%1 pages").replace("%1", str(count))

    def _layout(self, request: PrintRequest) -> PrintLayout | None:
        library = self.get_library()
        if library is None:
            return None
        try:
            with library.read() as connection:
                return build_layout(connection, request, locale=QLocale())
        except (LibraryError, PrintRequestError) as error:
            self._warn(error_text(error))
            return None

    @staticmethod
    def _printer(request: PrintRequest, layout: PrintLayout) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(request.paper_for().page_layout())
        printer.setDocName(layout.title)
        printer.setCreator("Einwandfrei")
        return printer

    def _run(self, job: Callable[[Progress], int]) -> int | None:
        """Run a layout-and-paint job with a progress dialog; its page count, or None."""
        if self.busy:
            return None
        self._set_busy(True)
        # Over the preview when it asks for pages, else over the window.
        parent = QApplication.activeModalWidget() or self.window
        progress = self.progress_factory(parent, self.tr("Laying out the pages…"))
        try:
            return job(progress)
        except PrintingCancelled:
            self.message.emit(self.tr("Printing cancelled."))
            return None
        except (PrintingError, LibraryError, OSError) as error:
            self._warn(error_text(error))
            return None
        finally:
            progress.close()
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)


@dataclass(frozen=True)
class PrintActions:
    """What `create_print_actions` made: the controller and its three File-menu actions."""

    controller: PrintController
    print_action: QAction
    print_selection: QAction
    export_pdf: QAction

    @property
    def actions(self) -> list[QAction]:
        """The actions in menu order."""
        return [self.print_action, self.print_selection, self.export_pdf]


def create_print_actions(
    parent: QWidget,
    get_library: Callable[[], Library | None],
    get_selected_ids: Callable[[], Sequence[int]],
    get_current_plan_id: Callable[[], int | None],
    *,
    prompts: Prompts | None = None,
    progress_factory: ProgressFactory = ProgressDialog,
    print_shown: Callable[[], object] | None = None,
) -> PrintActions:
    """File ▸ Print… (Ctrl+P), Print Selection… and Export PDF… for `parent`.

    The actions are added to `parent` (so their shortcuts work anywhere in the window); add
    `.actions` to the File menu. They are disabled while a print job runs. Print… opens the
    dialog on the whole library, or does `print_shown()` if given (print what the window shows).
    """
    controller = PrintController(
        parent,
        get_library,
        get_selected_ids,
        get_current_plan_id,
        prompts=prompts,
        progress_factory=progress_factory,
    )

    def action(name: str, text: str, shortcut: QKeySequence | None = None) -> QAction:
        created = QAction(text, parent)
        created.setObjectName(name)
        if shortcut is not None:
            created.setShortcut(shortcut)
            created.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        parent.addAction(created)
        controller.busyChanged.connect(lambda busy: created.setEnabled(not busy))
        return created

    print_action = action(
        "actionPrint",
        QCoreApplication.translate("PrintController", "&Print…"),
        QKeySequence(QKeySequence.StandardKey.Print),
    )
    print_action.setStatusTip(
        QCoreApplication.translate(
            "PrintController", "Print a call's cheat sheet, a booklet or pocket cards"
        )
    )
    selection = action(
        "actionPrintSelection", QCoreApplication.translate("PrintController", "Print &Selection…")
    )
    selection.setStatusTip(
        QCoreApplication.translate(
            "PrintController", "Print the objections selected in the library"
        )
    )
    export = action(
        "actionExportPdf", QCoreApplication.translate("PrintController", "Export P&DF…")
    )
    export.setStatusTip(
        QCoreApplication.translate(
            "PrintController", "Save a cheat sheet, booklet or pocket cards as a PDF file"
        )
    )
    if print_shown is not None:
        print_action.triggered.connect(lambda _checked=False: print_shown())
    else:
        print_action.triggered.connect(lambda: controller.open_dialog(default_action=Action.PRINT))
    selection.triggered.connect(
        lambda: controller.open_dialog(contents=Contents.SELECTION, default_action=Action.PRINT)
    )
    export.triggered.connect(lambda: controller.open_dialog(default_action=Action.EXPORT))
    return PrintActions(controller, print_action, selection, export)
