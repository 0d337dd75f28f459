"""The windows printing opens and waits on: print preview, the printer dialog, the PDF picker.

They are the printing part of the one prompt service (`ui.prompts.Prompts`): `QtPrintDialogs` is
mixed into the real one, `ui.qt_prompts.QtPrompts`. Tests hand in a service that answers at once,
so no modal window is ever left open and no printer is ever touched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


class QtPrintDialogs:
    """The real print dialogs."""

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
