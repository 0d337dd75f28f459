"""The sidebar: smart lists, categories and tags with their counts; a click filters the list.

Objections dragged from the list onto a category move there, onto Favourites become favourites,
onto the Trash are deleted.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.store.library.list_views import LibraryCounts
from einwandfrei.ui.library.objection_table_model import (
    OBJECTION_IDS_MIME,
    category_dot,
    ids_from_mime,
)

if TYPE_CHECKING:
    from einwandfrei.store.library.list_views import NamedEntry

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_CHILD = 100
COLLAPSE_TAGS_ABOVE = 30
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class Section(enum.IntEnum):
    """The sidebar's headings."""

    LIBRARY = 0
    CATEGORIES = 1
    TAGS = 2


@dataclass(frozen=True, slots=True)
class _Entry:
    view: LibraryPart
    label: str
    colour: str = ""


class SidebarModel(QAbstractItemModel):
    """Headings with their entries; column 0 the name, column 1 the count."""

    objectionsDropped = Signal(list, object)

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[list[_Entry]] = [[], [], []]
        self._counts = LibraryCounts()
        self._heading_font = QFont()
        self._heading_font.setBold(True)
        self._quiet = QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
        # A little air between the entries (a style sheet would cost more than the sidebar).
        self._row_size = QSize(-1, QFontMetrics(QFont()).height() + 8)
        self._fill_library_section()

    def _fill_library_section(self) -> None:
        self._entries[Section.LIBRARY] = [
            _Entry(LibraryPart(PartKind.ALL), self.tr("All objections")),
            _Entry(LibraryPart(PartKind.FAVOURITES), self.tr("Favourites")),
            _Entry(LibraryPart(PartKind.RECENT), self.tr("Recently edited")),
            _Entry(LibraryPart(PartKind.TRASH), self.tr("Trash")),
        ]

    def set_vocabulary(self, categories: Sequence[NamedEntry], tags: Sequence[NamedEntry]) -> None:
        """Show these categories and tags."""
        self.beginResetModel()
        self._entries[Section.CATEGORIES] = [
            _Entry(LibraryPart(PartKind.CATEGORY, c.id), c.name, c.colour) for c in categories
        ] + [_Entry(LibraryPart(PartKind.UNCATEGORISED), self.tr("No category"))]
        self._entries[Section.TAGS] = [
            _Entry(LibraryPart(PartKind.TAG, t.id), t.name) for t in tags
        ]
        self.endResetModel()

    def set_counts(self, counts: LibraryCounts) -> None:
        """Show these counts."""
        self._counts = counts
        for section in Section:
            rows = len(self._entries[section])
            if rows:
                parent = self.index(section, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, 1, parent))

    def view_at(self, index: Index) -> LibraryPart | None:
        """The view an entry stands for (None for a heading)."""
        entry = self._entry(index)
        return None if entry is None else entry.view

    def index_of(self, view: LibraryPart) -> QModelIndex:
        """The entry of a view (invalid if it is not in the sidebar)."""
        for section in Section:
            for row, entry in enumerate(self._entries[section]):
                if entry.view == view:
                    return self.index(row, 0, self.index(section, 0))
        return QModelIndex()

    def _entry(self, index: Index) -> _Entry | None:
        if not index.isValid() or index.internalId() < _CHILD:
            return None
        return self._entries[index.internalId() - _CHILD][index.row()]

    # QAbstractItemModel -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, row)
        return self.createIndex(row, column, _CHILD + parent.row())

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() < _CHILD:
            return QModelIndex()
        section = index.internalId() - _CHILD
        return self.createIndex(section, 0, section)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(Section)
        if parent.internalId() < _CHILD and parent.column() == 0:
            return len(self._entries[parent.row()])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.SizeHintRole:
            return self._row_size
        entry = self._entry(index)
        if entry is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return (self.tr("Library"), self.tr("Categories"), self.tr("Tags"))[index.row()]
            if role == Qt.ItemDataRole.FontRole:
                return self._heading_font
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._quiet
            return None
        if index.column() == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                count = self._counts.of(entry.view)
                return "" if count is None else str(count)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._quiet
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return entry.label
        if role == Qt.ItemDataRole.DecorationRole and entry.view.kind is PartKind.CATEGORY:
            return category_dot(entry.colour)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        entry = self._entry(index)
        if entry is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if entry.view.kind in (
            PartKind.CATEGORY,
            PartKind.UNCATEGORISED,
            PartKind.FAVOURITES,
            PartKind.TRASH,
        ):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def mimeTypes(self) -> list[str]:
        return [OBJECTION_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return (
            data.hasFormat(OBJECTION_IDS_MIME)
            and row == -1
            and bool(self.flags(parent) & Qt.ItemFlag.ItemIsDropEnabled)
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        entry = self._entry(parent)
        if entry is None or not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = ids_from_mime(data)
        if ids:
            self.objectionsDropped.emit(ids, entry.view)
        # The list changes through the edit itself, not through the drag's "move".
        return False


class Sidebar(QTreeView):
    """The sidebar view; `viewSelected` says which part of the library to list."""

    viewSelected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryFilter")
        self.setAccessibleName(self.tr("Lists, categories and tags"))
        self.sidebar_model = SidebarModel()
        self.setModel(self.sidebar_model)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setUniformRowHeights(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QTreeView.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("100000") + 12)
        self._current = LibraryPart()
        self.sidebar_model.modelReset.connect(self._after_reset)
        self.clicked.connect(self._heading_clicked)
        self._after_reset()

    def _after_reset(self) -> None:
        model = self.sidebar_model
        tags = model.rowCount(model.index(Section.TAGS, 0))
        self.setRowHidden(Section.TAGS, QModelIndex(), tags == 0)
        self.setExpanded(model.index(Section.LIBRARY, 0), True)
        self.setExpanded(model.index(Section.CATEGORIES, 0), True)
        # A long list of tags starts folded; a click on the heading unfolds it.
        self.setExpanded(model.index(Section.TAGS, 0), tags <= COLLAPSE_TAGS_ABOVE)
        self.select_view(self._current, notify=False)

    def _heading_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and not index.parent().isValid():
            heading = self.sidebar_model.index(index.row(), 0)
            self.setExpanded(heading, not self.isExpanded(heading))

    def current_view(self) -> LibraryPart:
        """The view selected now."""
        return self._current

    def select_view(self, view: LibraryPart, *, notify: bool = True) -> None:
        """Select a view (the whole library if it is not in the sidebar any more)."""
        index = self.sidebar_model.index_of(view)
        if not index.isValid():
            view = LibraryPart()
            index = self.sidebar_model.index_of(view)
        changed = view != self._current
        self._current = view
        if index.parent().isValid():
            self.setExpanded(index.parent(), True)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if notify and changed:
            self.viewSelected.emit(view)

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        view = self.sidebar_model.view_at(current)
        if view is not None and view != self._current:
            self._current = view
            self.viewSelected.emit(view)
