"""The windows printing opens and waits on, behind one small service that tests replace.

`PrintDialogs` is what the print controller asks; `QtPrintDialogs` opens the real Qt dialogs
(print preview, the printer dialog, the save-file picker, message boxes). Tests hand in a fake that
answers at once, so no modal window is ever left open and no printer is ever touched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


class PrintDialogs(Protocol):
    """The questions printing asks the user."""

    def preview(
        self, parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter], None]
    ) -> None:
        """Show the print preview; `paint(printer)` draws the pages (again after page setup)."""
        ...

    def choose_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """Let the user pick a printer and its options; True to print."""
        ...

    def choose_pdf_file(self, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where to save the PDF, or None if cancelled."""
        ...

    def warn(self, parent: QWidget | None, text: str) -> None:
        """Say that printing did not work, and why (one sentence)."""
        ...


class QtPrintDialogs:
    """The real dialogs."""

    def preview(
        self, parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter], None]
    ) -> None:
        """QPrintPreviewDialog, modal until closed (its own Print button prints from there)."""
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setObjectName("printPreviewDialog")
        dialog.setWindowTitle(QCoreApplication.translate("PrintDialogs", "Print Preview"))
        dialog.paintRequested.connect(paint)
        dialog.resize(900, 1000)
        dialog.exec()

    def choose_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """QPrintDialog."""
        dialog = QPrintDialog(printer, parent)
        dialog.setObjectName("printDialog")
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose_pdf_file(self, parent: QWidget | None, suggested: Path) -> Path | None:
        """A save-file picker for PDF files, starting in the documents folder."""
        if not suggested.is_absolute():
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            suggested = Path(documents or Path.home()) / suggested
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PrintDialogs", "Export PDF"),
            str(suggested),
            QCoreApplication.translate("PrintDialogs", "PDF documents (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def warn(self, parent: QWidget | None, text: str) -> None:
        """A warning message box."""
        QMessageBox.warning(parent, QCoreApplication.translate("PrintDialogs", "Printing"), text)
