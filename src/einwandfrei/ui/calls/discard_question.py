"""The wizard's question when a plan with unsaved content is cancelled: save, discard or go on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from einwandfrei.ui.prompts import DiscardChoice


def ask_discard(parent: QWidget) -> DiscardChoice:
    """Ask in a message box (the real `Prompts.ask_discard`)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MessageBoxPrompts", "Discard this plan?"))
    box.setText(
        QCoreApplication.translate(
            "MessageBoxPrompts", "This plan has not been saved. Discard what you have written?"
        )
    )
    save = box.addButton(
        QCoreApplication.translate("MessageBoxPrompts", "Save as draft"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(
        QCoreApplication.translate("MessageBoxPrompts", "Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("MessageBoxPrompts", "Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return DiscardChoice.SAVE_DRAFT
    if clicked is discard:
        return DiscardChoice.DISCARD
    return DiscardChoice.KEEP_EDITING
