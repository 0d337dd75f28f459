"""An ordered list the user edits in place: an `ItemListModel` in a view with buttons."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.ui.widgets.item_list_model import ItemListModel

T = TypeVar("T")


class ItemListEditor(QWidget, Generic[T]):
    """A list view with Move up, Move down and Remove (and Edit, when items can be renamed)."""

    def __init__(self, model: ItemListModel[T], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QListView(self)
        self.view.setObjectName(name)
        self.view.setModel(model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.setObjectName(f"{name}Edit")
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setObjectName(f"{name}Up")
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.setObjectName(f"{name}Down")
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName(f"{name}Remove")
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove)
        self.edit_button.setVisible(model.editable)
        buttons = QVBoxLayout()
        for button in (self.edit_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self._edit)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        model.modelReset.connect(self._update_buttons)
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        model.rowsMoved.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Make `row` current."""
        self.view.setCurrentIndex(self.model.index(row))

    def _edit(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def _move(self, offset: int) -> None:
        target = self.model.move(self.current_row(), offset)
        if target is not None:
            self.select_row(target)

    def _remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.edit_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
