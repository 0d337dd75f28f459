"""Edit ▸ Categories… and Edit ▸ Techniques…: add, rename, reorder, colour and delete entries.

Every change is an undo step of the window (the dialog only asks for it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from einwandfrei.planning.changes import Change
    from einwandfrei.store.library.list_views import NamedEntry
    from einwandfrei.ui.shell.main_window import MainWindow

ListTable = Literal["categories", "techniques"]
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour) if colour else QColor(0, 0, 0, 0))
    return QIcon(pixmap)


class NamedListDialog(QDialog):
    """The categories or the techniques of the library, in their order."""

    def __init__(self, window: MainWindow, table: ListTable) -> None:
        super().__init__(window)
        self.window_ = window
        self.table = table
        self.setObjectName(f"{table}Dialog")
        self.setWindowTitle(
            self.tr("Categories") if table == "categories" else self.tr("Techniques")
        )
        self.entries = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setObjectName("namedList")
        self.view.setModel(self.entries)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(self.rename)
        buttons = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        labels = [
            ("add", self.tr("Add…"), self.add),
            ("rename", self.tr("Rename…"), self.rename),
            ("up", self.tr("Move Up"), lambda: self.move_selected(-1)),
            ("down", self.tr("Move Down"), lambda: self.move_selected(1)),
        ]
        if table == "categories":
            labels.append(("colour", self.tr("Colour…"), self.colour))
        labels.append(("delete", self.tr("Delete…"), self.delete))
        for key, label, slot in labels:
            button = QPushButton(label, self)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(440, 380)
        window.bus.changed.connect(self._changed)
        self.refresh()

    def _read(self) -> list[NamedEntry]:
        from einwandfrei.store.library.listing import list_categories, list_techniques

        library = self.window_.library
        assert library is not None
        with library.read() as connection:
            if self.table == "categories":
                return list_categories(connection)
            return list_techniques(connection)

    def refresh(self) -> None:
        """Show the entries as stored, keeping the selection."""
        selected = self.selected_id()
        self.entries.clear()
        for entry in self._read():
            item = QStandardItem(entry.name)
            item.setData(entry.id, _ID_ROLE)
            if self.table == "categories":
                item.setIcon(_swatch(entry.colour))
            self.entries.appendRow(item)
        self.select(selected)

    def _changed(self, change: Change) -> None:
        if change.touches_vocabulary():
            self.refresh()

    def ids(self) -> list[int]:
        """The entries' ids in order."""
        return [
            int(self.entries.item(row).data(_ID_ROLE)) for row in range(self.entries.rowCount())
        ]

    def selected_id(self) -> int | None:
        """The selected entry's id."""
        index = self.view.currentIndex()
        return int(index.data(_ID_ROLE)) if index.isValid() else None

    def select(self, entry_id: int | None) -> None:
        """Select an entry by id."""
        if entry_id in self.ids():
            self.view.setCurrentIndex(self.entries.index(self.ids().index(entry_id), 0))

    def add(self) -> None:
        """Ask for a name and add an entry."""
        name = self.window_.prompter.ask_text(self, self.windowTitle(), self.tr("Name:"))
        if name and name.strip() and self.window_.editing is not None:
            self.select(self.window_.editing.vocabulary.add_named(self.table, name))

    def rename(self) -> None:
        """Ask for a new name for the selected entry."""
        entry_id = self.selected_id()
        if entry_id is None or self.window_.editing is None:
            return
        name = self.window_.prompter.ask_text(self, self.windowTitle(), self.tr("New name:"))
        if name and name.strip():
            self.window_.editing.vocabulary.rename_named(self.table, entry_id, name)

    def move_selected(self, offset: int) -> None:
        """Move the selected entry up or down."""
        entry_id = self.selected_id()
        order = self.ids()
        if entry_id is None or self.window_.editing is None:
            return
        index = order.index(entry_id)
        if 0 <= index + offset < len(order):
            order.insert(index + offset, order.pop(index))
            self.window_.editing.vocabulary.reorder_named(self.table, order)
            self.select(entry_id)

    def colour(self) -> None:
        """Choose the selected category's colour."""
        entry_id = self.selected_id()
        if entry_id is None or self.window_.editing is None:
            return
        current = next((e.colour for e in self._read() if e.id == entry_id), "")
        colour = self.window_.prompter.choose_colour(self, self.tr("Colour"), current)
        if colour:
            self.window_.editing.vocabulary.set_category_colour(entry_id, colour)

    def delete(self) -> None:
        """Delete the selected entry after asking; what used it is left without one."""
        from einwandfrei.store.library.named_lists import usage_count

        entry_id = self.selected_id()
        library = self.window_.library
        if entry_id is None or self.window_.editing is None or library is None:
            return
        with library.read() as connection:
            used = usage_count(connection, self.table, entry_id)
        text = (
            self.tr("%n objection(s) will have no category.", "", used)
            if self.table == "categories"
            else self.tr("%n response(s) will have no technique.", "", used)
        )
        if self.window_.prompter.confirm(
            self, self.tr("Delete?"), text + " " + self.tr("You can undo this."), self.tr("Delete")
        ):
            self.window_.editing.vocabulary.delete_named(self.table, entry_id)
