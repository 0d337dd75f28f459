"""The library page's widgets: the sidebar, the objection list and the editor, side by side.

`LibraryPage` only lays them out and keeps them from being squeezed; `LibraryBrowser` keeps the
list in step with the sidebar's view, the search and the sort. What the page does with the library
lives in `library_feature.LibraryFeature`.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget

from einwandfrei.ui.library.browser import LibraryBrowser
from einwandfrei.ui.library.objection_editor import ObjectionEditor
from einwandfrei.ui.library.objection_list import ObjectionListView
from einwandfrei.ui.library.objection_table_model import ObjectionTableModel
from einwandfrei.ui.library.sidebar import Sidebar


class LibraryPage(QSplitter):
    """Sidebar | objection list | editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("librarySplitter")
        self.setChildrenCollapsible(False)
        self.sidebar = Sidebar(self)
        self.model = ObjectionTableModel()
        self.list_view = ObjectionListView(self.model, self)
        self.editor = ObjectionEditor(self)
        # Neither the list nor the editor is ever squeezed so far that its text is cut off.
        self.list_view.setMinimumWidth(300)
        self.editor.setMinimumWidth(380)
        for widget, stretch in ((self.sidebar, 0), (self.list_view, 1), (self.editor, 1)):
            self.addWidget(widget)
            self.setStretchFactor(self.indexOf(widget), stretch)
        self.setSizes([190, 540, 550])
        self.browser = LibraryBrowser(self.list_view, self.sidebar)
        self._saved_sizes: QByteArray | None = None

    def restore_sizes_when_shown(self, state: QByteArray | None) -> None:
        """Put the dividers back where they were, once the page has its size (so they land as
        they were left)."""
        self._saved_sizes = state

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        state, self._saved_sizes = self._saved_sizes, None
        if state is not None:
            self.restoreState(state)

    def current_objection_id(self) -> int | None:
        """The objection in the editor."""
        return self.editor.objection_id

    def selected_objection_ids(self) -> list[int]:
        """The objections selected in the list, in list order."""
        return self.browser.selected_ids()
