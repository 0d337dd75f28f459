"""The prompt service for tests: answers at once as the test says and remembers what it was asked.

One fake for the whole window (message boxes, pickers, the wizard's discard question, dialogs and
windows, printing): no modal window is ever left open, and prints and previews become PDF files
in `print_folder` instead of paper.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from einwandfrei.store.privacy.forget_customer import ForgetPreview
from einwandfrei.ui.prompts import DiscardChoice


@dataclass
class FakePrompts:
    """`asked` records (kind, title, text) in order; `parents` the window each was asked over."""

    confirm_answer: bool = True
    text_answer: str | None = None
    open_file: Path | None = None
    save_file: Path | None = None
    item_answer: int | None = 0
    colour_answer: str | None = None
    discard: DiscardChoice = DiscardChoice.DISCARD
    forget_answer: bool = True
    print_folder: Path | None = None
    printer_accepted: bool = True
    pdf_choice: Path | None = None  # None: "export.pdf" in `print_folder`
    pdf_cancelled: bool = False
    asked: list[tuple[str, str, str]] = field(default_factory=list)
    parents: list[QWidget | None] = field(default_factory=list)
    opened_folders: list[Path] = field(default_factory=list)
    dialogs: list[QDialog] = field(default_factory=list)
    suggested: Path | None = None
    forgets: list[tuple[ForgetPreview, int]] = field(default_factory=list)

    def _ask(self, parent: QWidget | None, kind: str, title: str = "", text: str = "") -> None:
        self.asked.append((kind, title, text))
        self.parents.append(parent)

    def kinds(self) -> list[str]:
        """The kinds of everything asked so far."""
        return [kind for kind, _, _ in self.asked]

    def texts(self, kind: str) -> list[str]:
        """The texts of everything of one kind asked so far ("warn": the failures reported)."""
        return [text for asked, _, text in self.asked if asked == kind]

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self._ask(parent, "inform", title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self._ask(parent, "warn", title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        self._ask(parent, "confirm", title, text)
        return self.confirm_answer

    def ask_discard(self, parent: QWidget) -> DiscardChoice:
        self._ask(parent, "ask_discard")
        return self.discard

    def confirm_forget(self, parent: QWidget, preview: ForgetPreview, backups: int) -> bool:
        self._ask(parent, "confirm_forget")
        self.forgets.append((preview, backups))
        return self.forget_answer

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        self._ask(parent, "ask_text", title, label)
        return self.text_answer

    def choose_item(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> int | None:
        self._ask(parent, "choose_item", title, "\n".join(items))
        return self.item_answer

    def choose_colour(self, parent: QWidget | None, title: str, current: str) -> str | None:
        self._ask(parent, "choose_colour", title, current)
        return self.colour_answer

    def choose_open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        self._ask(parent, "open_file", title, filters)
        return self.open_file

    def choose_save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        self._ask(parent, "save_file", title, filters)
        return self.save_file

    def open_folder(self, folder: Path) -> None:
        self.opened_folders.append(folder)

    def show_dialog(self, dialog: QDialog) -> None:
        self.dialogs.append(dialog)

    def show_window(self, dialog: QDialog) -> None:
        self.dialogs.append(dialog)

    def _to_pdf(self, printer: QPrinter, name: str) -> None:
        assert self.print_folder is not None, "set print_folder before printing"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.print_folder / name))

    def preview(
        self, parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter], None]
    ) -> None:
        self._ask(parent, "preview")
        if self.print_folder is not None:
            self._to_pdf(printer, "preview.pdf")
            paint(printer)

    def choose_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        self._ask(parent, "printer")
        self._to_pdf(printer, "printed.pdf")
        return self.printer_accepted

    def choose_pdf_file(self, parent: QWidget | None, suggested: Path) -> Path | None:
        self._ask(parent, "pdf file")
        self.suggested = suggested
        if self.pdf_cancelled:
            return None
        if self.pdf_choice is None and self.print_folder is not None:
            return self.print_folder / "export.pdf"
        return self.pdf_choice
