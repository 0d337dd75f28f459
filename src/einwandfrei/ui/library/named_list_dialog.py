"""Edit ▸ Categories… and Edit ▸ Techniques…: add, rename, reorder, colour and delete entries.

Every change is an undo step of the window (the dialog only asks for it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from einwandfrei.ui.widgets.item_list_model import ItemListModel
from einwandfrei.ui.widgets.ordered_list import ListNames, OrderedList

if TYPE_CHECKING:
    from einwandfrei.planning.changes import Change
    from einwandfrei.store.library.list_views import NamedEntry
    from einwandfrei.ui.session import Session

ListTable = Literal["categories", "techniques"]


def _swatch(entry: NamedEntry) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(entry.colour) if entry.colour else QColor(0, 0, 0, 0))
    return QIcon(pixmap)


def _name(entry: NamedEntry) -> str:
    return entry.name


class NamedListDialog(QDialog):
    """The categories or the techniques of the library, in their order."""

    def __init__(self, session: Session, table: ListTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = table
        self.setObjectName(f"{table}Dialog")
        self.setWindowTitle(
            self.tr("Categories") if table == "categories" else self.tr("Techniques")
        )
        self.model: ItemListModel[NamedEntry] = ItemListModel(
            _name, parent=self, icon=_swatch if table == "categories" else None
        )
        self.list = OrderedList(
            self.model,
            ListNames(
                view="namedList",
                add="addButton",
                edit="renameButton",
                up="upButton",
                down="downButton",
                remove="deleteButton",
            ),
            self,
            add=self._add,
            edit=self._rename,
            move=self._move,
            remove=self._delete,
            labels={
                "add": self.tr("&Add…"),
                "edit": self.tr("Re&name…"),
                "remove": self.tr("&Delete…"),
            },
        )
        self.list.set_accessible_names(self.windowTitle())
        self.colour_button: QPushButton | None = None
        if table == "categories":
            self.colour_button = QPushButton(self.tr("&Colour…"), self)
            self.colour_button.setObjectName("colourButton")
            self.list.add_extra_button(
                self.colour_button, before_remove=True, follows_selection=True
            )
            self.colour_button.clicked.connect(self.colour)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(close)
        self.resize(440, 380)
        session.bus.changed.connect(self._changed)
        self.refresh()

    def _read(self) -> list[NamedEntry]:
        from einwandfrei.store.library.listing import list_categories, list_techniques

        with self.session.library.read() as connection:
            if self.table == "categories":
                return list_categories(connection)
            return list_techniques(connection)

    def refresh(self) -> None:
        """Show the entries as stored, keeping the selection."""
        selected = self.selected_id()
        self.model.set_items(self._read())
        self.select(selected)

    def _changed(self, change: Change) -> None:
        if change.touches_vocabulary():
            self.refresh()

    def ids(self) -> list[int]:
        """The entries' ids in order."""
        return [entry.id for entry in self.model.items]

    def selected_id(self) -> int | None:
        """The selected entry's id."""
        row = self.list.current_row()
        return self.model.items[row].id if row >= 0 else None

    def select(self, entry_id: int | None) -> None:
        """Select an entry by id."""
        if entry_id in self.ids():
            self.list.select_row(self.ids().index(entry_id))

    def _row_of(self, entry_id: int | None) -> int | None:
        return self.ids().index(entry_id) if entry_id in self.ids() else None

    def _add(self, _typed: str) -> int | None:
        """Ask for a name and add an entry."""
        name = self.session.prompts.ask_text(self, self.windowTitle(), self.tr("Name:"))
        if name and name.strip():
            return self._row_of(self.session.editing.vocabulary.add_named(self.table, name))
        return None

    def _rename(self, row: int) -> None:
        """Ask for a new name for the entry in `row`."""
        entry_id = self.model.items[row].id
        name = self.session.prompts.ask_text(self, self.windowTitle(), self.tr("New name:"))
        if name and name.strip():
            self.session.editing.vocabulary.rename_named(self.table, entry_id, name)

    def _move(self, row: int, offset: int) -> int | None:
        """Move the entry in `row` up or down."""
        order = self.ids()
        entry_id = order[row]
        order.insert(row + offset, order.pop(row))
        self.session.editing.vocabulary.reorder_named(self.table, order)
        return self._row_of(entry_id)

    def colour(self) -> None:
        """Choose the selected category's colour."""
        entry_id = self.selected_id()
        if entry_id is None:
            return
        current = next((e.colour for e in self._read() if e.id == entry_id), "")
        colour = self.session.prompts.choose_colour(self, self.tr("Colour"), current)
        if colour:
            self.session.editing.vocabulary.set_category_colour(entry_id, colour)

    def _delete(self, row: int) -> int | None:
        """Delete the entry in `row` after asking; what used it is left without one."""
        from einwandfrei.store.library.named_lists import usage_count

        entry_id = self.model.items[row].id
        with self.session.library.read() as connection:
            used = usage_count(connection, self.table, entry_id)
        text = (
            self.tr("%n objection(s) will have no category.", "", used)
            if self.table == "categories"
            else self.tr("%n response(s) will have no technique.", "", used)
        )
        if self.session.prompts.confirm(
            self, self.tr("Delete?"), text + " " + self.tr("You can undo this."), self.tr("Delete")
        ):
            self.session.editing.vocabulary.delete_named(self.table, entry_id)
            return min(row, self.model.rowCount() - 1)
        return None
