"""The real `Prompter`: Qt's message boxes, file dialogs and the desktop's file manager."""

from __future__ import annotations

from pathlib import Path

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


class QtPrompter:
    """The real prompts: Qt's message boxes, file dialogs and the desktop's file manager."""

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
