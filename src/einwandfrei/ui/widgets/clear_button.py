"""A field's clear button that assistive technology can name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QToolButton


def enable_clear_button(field: QLineEdit) -> None:
    """Show Qt's clear button in `field`, named "Clear the field" (Qt leaves it unnamed; Escape
    does the same from the keyboard)."""
    field.setClearButtonEnabled(True)
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("ClearButton", "Clear the field"))
