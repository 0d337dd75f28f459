"""The real `Prompts`: Qt's message boxes, file dialogs, the desktop's file manager, and
printing's preview and printer dialogs (from `ui.printing.dialogs`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from einwandfrei.ui.calls.discard_question import ask_discard
from einwandfrei.ui.printing.dialogs import QtPrintDialogs
from einwandfrei.ui.prompts import DiscardChoice

if TYPE_CHECKING:
    from einwandfrei.store.privacy.forget_customer import ForgetPreview


class QtPrompts(QtPrintDialogs):
    """The real prompts: Qt's message boxes, file dialogs and the desktop's file manager; the
    print dialogs come with `QtPrintDialogs`."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def ask_discard(self, parent: QWidget) -> DiscardChoice:
        return ask_discard(parent)

    def confirm_forget(self, parent: QWidget, preview: ForgetPreview, backups: int) -> bool:
        from einwandfrei.ui.calls.forget_dialog import ForgetCustomerDialog

        dialog = ForgetCustomerDialog(preview, backups, parent)
        return dialog.exec() == ForgetCustomerDialog.DialogCode.Accepted

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        text, accepted = QInputDialog.getText(parent, title, label)
        return text if accepted else None

    def choose_open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def choose_save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None

    def choose_item(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> int | None:
        choice, accepted = QInputDialog.getItem(parent, title, label, items, 0, False)
        return items.index(choice) if accepted and choice in items else None

    def choose_colour(self, parent: QWidget | None, title: str, current: str) -> str | None:
        colour = QColorDialog.getColor(QColor(current or "#808080"), parent, title)
        return colour.name() if colour.isValid() else None

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_dialog(self, dialog: QDialog) -> None:
        dialog.open()

    def show_window(self, dialog: QDialog) -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
