"""What assistive technology would hear: the accessible name of every control a user can reach."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Widgets a user operates or reads from with the keyboard.
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)


def accessible_name(widget: QWidget) -> str:
    """The name Qt's accessibility interface reports (its own name, a buddy label's text, a
    button's text, …)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """The controls shown in `root` without an accessible name, as "Class:objectName"."""
    unnamed = []
    for child in root.findChildren(QWidget):
        if not isinstance(child, INTERACTIVE) or isinstance(child, (QScrollBar, QHeaderView)):
            continue
        if isinstance(child.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the field inside a combo or spin box: the outer widget carries the name
        if child.objectName().startswith("qt_"):
            continue  # Qt's own parts (a table's corner button), named by Qt or out of reach
        if not child.isVisibleTo(root):
            continue
        if not accessible_name(child):
            unnamed.append(f"{type(child).__name__}:{child.objectName()}")
    return unnamed
