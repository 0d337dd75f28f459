"""Which objections the list shows (the sidebar's view, the search, the sort) and the selection.

`LibraryBrowser` asks the store for the ordered ids (`store.listing`) and hands them to the model;
it keeps the selection across changes and, where it can, updates the list after a change without
listing everything again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView

from einwandfrei.planning.changes import Change
from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.store.library.list_views import Sort, SortKey
from einwandfrei.ui.library.objection_list import ObjectionListView
from einwandfrei.ui.library.objection_table_model import Column, ObjectionTableModel
from einwandfrei.ui.library.sidebar import Sidebar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

    from einwandfrei.store.db.connection import Library

from einwandfrei.store.library.list_views import ObjectionRow

SORT_KEYS = {
    Column.FAVOURITE: SortKey.FAVOURITE,
    Column.TEXT: SortKey.TEXT,
    Column.CATEGORY: SortKey.CATEGORY,
    Column.RESPONSES: SortKey.RESPONSES,
    Column.SUCCESS: SortKey.SUCCESS,
}
COUNTS_DELAY_MS = 150
SEARCH_FIRST = 200  # matches listed at once; scrolling to the end searches for more


class LibraryBrowser(QObject):
    """Keeps the list in step with the view, the search, the sort and the library."""

    currentChanged = Signal(object)
    selectionChanged = Signal()
    countsChanged = Signal()

    def __init__(self, list_view: ObjectionListView, sidebar: Sidebar) -> None:
        super().__init__(list_view)
        self.list_view = list_view
        self.sidebar = sidebar
        model = list_view.model()
        assert isinstance(model, ObjectionTableModel)
        self.model = model
        self.library: Library | None = None
        self.view = LibraryPart()
        self.query = ""
        self.sort_column: int | None = None
        self.descending = False
        self._current: int | None = None
        self.read_team_marks = False
        """Read the team marks with each page of rows (set while the library has a team)."""
        self._listing: tuple[LibraryPart, Sort | None, list[int]] | None = None
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        sidebar.viewSelected.connect(self.set_view)
        header = list_view.horizontalHeader()
        header.sectionClicked.connect(self._header_clicked)
        list_view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        list_view.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())

    # Set-up ----------------------------------------------------------------------------------

    def attach(self, library: Library, *, select: int | None = None) -> None:
        """Start listing from `library`."""
        self.library = library
        self.model.set_loader(self._read_rows)
        self.refresh_vocabulary()
        self.refresh_counts()
        self.sidebar.select_view(self.view, notify=False)
        self.view = self.sidebar.current_view()
        self.relist(select=select)

    def _read_rows(self, ids: Sequence[int]) -> dict[int, ObjectionRow]:
        from einwandfrei.store.library.listing import read_rows

        assert self.library is not None
        with self.library.read() as connection:
            rows = read_rows(connection, ids)
            if not self.read_team_marks:
                return rows
            from dataclasses import replace

            from einwandfrei.store.library.team_marks import read_team_marks

            marks = read_team_marks(connection, ids)
        return {
            key: replace(row, team=marks[key]) if key in marks else row for key, row in rows.items()
        }

    def refresh_vocabulary(self) -> None:
        """Read categories and tags again for the sidebar."""
        from einwandfrei.store.library.listing import list_categories, list_tags

        assert self.library is not None
        with self.library.read() as connection:
            categories, tags = list_categories(connection), list_tags(connection)
        self.sidebar.sidebar_model.set_vocabulary(categories, tags)

    def refresh_counts(self) -> None:
        """Count every view again."""
        from einwandfrei.store.library.listing import count_views

        if self.library is None:
            return
        with self.library.read() as connection:
            counts = count_views(connection)
        self.sidebar.sidebar_model.set_counts(counts)
        self.countsChanged.emit()

    # What is listed --------------------------------------------------------------------------

    def current_sort(self) -> Sort | None:
        """The sort picked in the header (None: the view's own order, or relevance)."""
        if self.sort_column is None:
            return None
        return Sort(SORT_KEYS[Column(self.sort_column)], self.descending)

    def set_view(self, view: LibraryPart) -> None:
        """List another part of the library."""
        if view == self.view:
            return
        self.view = view
        self.sidebar.select_view(view, notify=False)
        self.relist(select=self._current)

    def set_query(self, query: str) -> None:
        """Filter the list by a search (empty: no filter)."""
        if query == self.query:
            return
        self.query = query
        self.list_view.set_query(query)
        self.relist(select=None if query.strip() else self._current)

    def set_sort(self, column: int | None, descending: bool = False) -> None:
        """Sort by a column (None: the view's own order)."""
        self.sort_column, self.descending = column, descending
        self._show_sort_indicator()
        self.relist(select=self._current)

    def _show_sort_indicator(self) -> None:
        header = self.list_view.horizontalHeader()
        header.blockSignals(True)
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(-1 if self.sort_column is None else self.sort_column, order)
        header.blockSignals(False)

    def _header_clicked(self, column: int) -> None:
        if column not in SORT_KEYS:
            self._show_sort_indicator()  # the team's column is not sorted by
            return
        descending = self.sort_column == column and not self.descending
        self.set_sort(column, descending)

    def relist(self, *, select: int | None = None) -> None:
        """Ask the store for the list again and keep (or make) a selection."""
        from einwandfrei.store.library import listing

        if self.library is None:
            return
        sort = self.current_sort()
        more: Callable[[], list[int]] | None = None
        with self.library.read() as connection:
            if self.query.strip() and sort is None:
                # The best matches first; more are searched for when the list is scrolled on.
                ids = listing.search_view(connection, self.query, self.view, SEARCH_FIRST)
                if len(ids) >= SEARCH_FIRST:
                    more = self._more_found(self.query, self.view)
            elif self.query.strip() and sort is not None:
                ids = listing.sort_ids(
                    connection, listing.search_view(connection, self.query, self.view), sort
                )
            else:
                cached = self._listing
                if cached is not None and cached[0] == self.view and cached[1] == sort:
                    ids = list(cached[2])
                else:
                    ids = listing.list_ids(connection, self.view, sort)
                    self._listing = (self.view, sort, list(ids))
        self._show(ids, select, more)

    def _more_found(self, query: str, view: LibraryPart) -> Callable[[], list[int]]:
        from einwandfrei.store.library import listing

        def more() -> list[int]:
            if self.library is None or (query, view) != (self.query, self.view):
                return []
            limit = min(listing.SEARCH_LIMIT, self.model.total() * 5)
            if limit <= self.model.total():
                return []
            with self.library.read() as connection:
                found = listing.search_view(connection, query, view, limit)
            known = set(self.model.ids())
            return [objection_id for objection_id in found if objection_id not in known]

        return more

    def _show(
        self, ids: list[int], select: int | None, more: Callable[[], list[int]] | None = None
    ) -> None:
        position = self.model.row_of(select) if select is not None else None
        self.model.set_ids(ids, more=more)
        self._update_empty_message()
        if select is not None and self.model.row_of(select) is not None:
            self.select(select)
        elif ids:
            row = min(position or 0, len(ids) - 1) if self.query.strip() == "" else 0
            self.select(self.model.id_at(row))
        else:
            self._set_current(None)

    def _update_empty_message(self) -> None:
        if self.query.strip():
            message = self.tr("Nothing here matches “%1”.").replace("%1", self.query.strip())
        elif self.view.kind is PartKind.TRASH:
            message = self.tr("The Trash is empty.")
        elif self.view.kind is PartKind.FAVOURITES:
            message = self.tr("No favourites yet: mark an objection with ★ to find it here.")
        else:
            message = self.tr("No objections here yet. Press Ctrl+N to add one.")
        self.list_view.set_empty_message(message)

    # Selection -------------------------------------------------------------------------------

    def select(self, objection_id: int) -> bool:
        """Select an objection in the list (revealing its page); False if it is not listed."""
        row = self.model.row_of(objection_id)
        if row is None:
            return False
        self.model.reveal(row)
        index = self.model.index(row, Column.TEXT)
        selection = self.list_view.selectionModel()
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.list_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._set_current(objection_id)
        return True

    def clear_selection(self) -> None:
        """Select nothing (a new objection is being written)."""
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(False)
        self._current = None

    def current_id(self) -> int | None:
        """The objection shown in the editor."""
        return self._current

    def selected_ids(self) -> list[int]:
        """The selected objections, in list order."""
        rows = sorted({index.row() for index in self.list_view.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows]

    def select_rows(self, ids: Sequence[int]) -> None:
        """Select several objections."""
        selection = QItemSelection()
        for objection_id in ids:
            row = self.model.row_of(objection_id)
            if row is not None:
                self.model.reveal(row)
                index = self.model.index(row, 0)
                selection.select(index, index)
        self.list_view.selectionModel().select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(self.model.id_at(current.row()) if current.isValid() else None)

    def _set_current(self, objection_id: int | None) -> None:
        if objection_id != self._current:
            self._current = objection_id
            self.currentChanged.emit(objection_id)

    # After a change --------------------------------------------------------------------------

    def apply(self, change: Change, *, focus: int | None = None) -> None:
        """Bring the list up to date after a change."""
        if change.touches_vocabulary():
            self.refresh_vocabulary()
            self.model.refresh_all()
        if change.aspects and not change.objection_ids and not change.membership:
            # Some objections changed, not known which (the team's counts, say): every row.
            self.model.refresh_all()
        if change.membership:
            self._listing = None
            self._counts_timer.start()
            if change.everything or self.query.strip() or self.view.kind is PartKind.RECENT:
                self.relist(select=focus or self._current)
            else:
                self._update_members(change.objection_ids, focus)
        self.model.refresh(change.objection_ids)

    def _update_members(self, ids: frozenset[int], focus: int | None) -> None:
        from einwandfrei.store.library.listing import members

        assert self.library is not None
        with self.library.read() as connection:
            present = members(connection, self.view, sorted(ids))
        current = self._current
        if any(self.model.row_of(i) is None for i in present):
            # Objections came into the view: list again, so they appear in their places.
            self.relist(select=focus if focus in present else current)
            return
        row = self.model.row_of(current) if current is not None else None
        self.model.remove([i for i in ids if i not in present and self.model.row_of(i) is not None])
        self._update_empty_message()
        wanted = focus if focus is not None and focus in present else current
        if wanted is not None and self.select(wanted):
            return
        if self.model.rowCount() and row is not None:
            self.select(self.model.id_at(min(row, self.model.rowCount() - 1)))
        elif not self.model.rowCount():
            self._set_current(None)
