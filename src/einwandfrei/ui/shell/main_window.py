"""The library window: sidebar, objection list and editor under a search field.

The window only composes: the sidebar, list and search come together in `LibraryBrowser`, edits go
through `LibraryEditor` onto one undo stack, and the menus' work lives in `EditOperations` and
`FileOperations`. Other features plug in through `library`, `undo_stack`, `menu(name)`,
`add_status_widget`, `selected_objection_ids()` and the change bus `bus`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLockFile, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QWidget,
)

from einwandfrei.paths import APP_NAME
from einwandfrei.planning.changes import Change
from einwandfrei.planning.library_part import LibraryPart
from einwandfrei.ui.change_bus import ChangeBus
from einwandfrei.ui.library.browser import LibraryBrowser
from einwandfrei.ui.library.objection_editor import ObjectionEditor
from einwandfrei.ui.library.objection_list import ObjectionListView
from einwandfrei.ui.library.objection_table_model import Column, ObjectionTableModel
from einwandfrei.ui.library.search_field import SearchField
from einwandfrei.ui.library.sidebar import Sidebar
from einwandfrei.ui.prompts import Prompts
from einwandfrei.ui.shell.dialog_actions import DialogOperations
from einwandfrei.ui.shell.menus import WindowActions
from einwandfrei.ui.shell.window_settings import WindowSettings
from einwandfrei.ui.widgets.clear_button import enable_clear_button

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library
    from einwandfrei.ui.library.edit_menu import EditOperations
    from einwandfrei.ui.shell.file_menu import FileOperations
    from einwandfrei.ui.undo.library_steps import LibraryEditor


EDITOR_FOLLOWS_MS = 120


class MainWindow(QMainWindow):
    """The app's main window on one data folder."""

    libraryListed = Signal()
    libraryOpened = Signal()
    firstPainted = Signal()

    def __init__(self, data_dir: Path, *, settings: QSettings, prompts: Prompts) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.data_dir = data_dir
        self.settings = WindowSettings(settings)
        self.prompts = prompts
        self.library: Library | None = None
        self.editing: LibraryEditor | None = None
        self.edit_operations: EditOperations
        self.file_operations: FileOperations
        self.undo_stack = QUndoStack(self)
        self.bus = ChangeBus(self)
        self._lock: QLockFile | None = None
        self._painted = False
        self.translators: Sequence[QObject] = ()  # kept alive with the window
        self._splitter_state = self.settings.splitter_state()
        self._searching = False
        self._editor_follows = QTimer(self)
        self._editor_follows.setSingleShot(True)
        self._editor_follows.setInterval(EDITOR_FOLLOWS_MS)
        self._editor_follows.timeout.connect(self._follow_search)

        self.search = SearchField(self)
        self.status_area = QWidget(self)
        self.status_area.setObjectName("statusArea")
        status_layout = QHBoxLayout(self.status_area)
        status_layout.setContentsMargins(12, 0, 4, 0)
        status_layout.setSpacing(12)
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("searchBar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.addWidget(self.search)
        spacer = QWidget(toolbar)
        spacer.setMinimumWidth(12)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.status_area)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

        self.sidebar = Sidebar(self)
        self.model = ObjectionTableModel()
        self.list_view = ObjectionListView(self.model, self)
        self.editor = ObjectionEditor(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.setChildrenCollapsible(False)
        # Neither the list nor the editor is ever squeezed so far that its text is cut off.
        self.list_view.setMinimumWidth(300)
        self.editor.setMinimumWidth(380)
        for widget, stretch in ((self.sidebar, 0), (self.list_view, 1), (self.editor, 1)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setSizes([190, 540, 550])
        self.setCentralWidget(self.splitter)
        self.statusBar().setSizeGripEnabled(True)

        self.actions_ = WindowActions(self)
        self.browser = LibraryBrowser(self.list_view, self.sidebar)
        self._connect()
        self._add_sort_actions()
        self._set_library_actions_enabled(False)
        self._restore_layout()
        self.installEventFilter(self)

    # Composition -----------------------------------------------------------------------------

    def _connect(self) -> None:
        actions = self.actions_
        self.list_view.addAction(actions.delete)
        self.list_view.addAction(actions.purge)
        actions.find.triggered.connect(self.focus_search)
        actions.quit.triggered.connect(self.close)
        actions.undo.triggered.connect(self.undo)
        actions.redo.triggered.connect(self.redo)
        actions.add_response.triggered.connect(self.editor.add_response)
        actions.move_response_up.triggered.connect(lambda: self.editor.move_focused_response(-1))
        actions.move_response_down.triggered.connect(lambda: self.editor.move_focused_response(1))
        actions.show_sidebar.toggled.connect(self.sidebar.setVisible)
        actions.full_screen.toggled.connect(
            lambda on: self.showFullScreen() if on else self.showNormal()
        )
        self.undo_stack.canUndoChanged.connect(actions.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(actions.redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text)
        self.undo_stack.redoTextChanged.connect(self._redo_text)
        self._undo_text("")
        self._redo_text("")
        self.search.searchChanged.connect(self._search_changed)
        self.search.leaveDown.connect(self.list_view.setFocus)
        self.browser.currentChanged.connect(self._show_objection)
        self.editor.objectionCreated.connect(self._focus_objection)
        self.editor.notice.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.dialogs = DialogOperations(self)

    def _add_sort_actions(self) -> None:
        self.actions_.library_order.triggered.connect(lambda: self.browser.set_sort(None))
        labels = {
            Column.TEXT: self.tr("Objection"),
            Column.CATEGORY: self.tr("Category"),
            Column.RESPONSES: self.tr("Number of Responses"),
            Column.SUCCESS: self.tr("Success Rate"),
            Column.FAVOURITE: self.tr("Favourites First"),
        }
        for column, label in labels.items():
            action = QAction(label, self)
            action.setObjectName(f"actionSortBy{column.name.capitalize()}")
            action.triggered.connect(lambda _=False, c=column: self.browser.set_sort(int(c)))
            self.actions_.sort_menu.addAction(action)

    def _undo_text(self, text: str) -> None:
        label = self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo")
        self.actions_.undo.setText(label)

    def _redo_text(self, text: str) -> None:
        label = self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo")
        self.actions_.redo.setText(label)

    def _set_library_actions_enabled(self, enabled: bool) -> None:
        for action in self.actions():
            if action.objectName() not in ("actionQuit", "actionAbout", "actionShortcuts"):
                action.setEnabled(enabled)
        self.actions_.show_sidebar.setEnabled(True)
        self.actions_.full_screen.setEnabled(True)
        self.actions_.preferences.setEnabled(True)
        self.actions_.undo.setEnabled(enabled and self.undo_stack.canUndo())
        self.actions_.redo.setEnabled(enabled and self.undo_stack.canRedo())
        self.search.setEnabled(enabled)

    # The plug-in surface ---------------------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        """A menu by name: "file", "edit", "view", "calls", "practice" or "help"."""
        return self.actions_.menus[name]

    def add_to_menu(self, name: str, actions: Sequence[QAction]) -> None:
        """Add actions to a menu; in File they go above Quit, elsewhere at the end."""
        menu = self.menu(name)
        if name == "file":
            quit_separator = self.actions_.quit_separator
            menu.insertActions(quit_separator, list(actions))
        else:
            menu.addActions(list(actions))

    def add_status_widget(self, widget: QWidget) -> None:
        """Show a widget at the right of the search bar (for example what is due today)."""
        layout = self.status_area.layout()
        assert layout is not None
        layout.addWidget(widget)

    def selected_objection_ids(self) -> list[int]:
        """The objections selected in the list, in list order."""
        return self.browser.selected_ids()

    def current_objection_id(self) -> int | None:
        """The objection in the editor."""
        return self.editor.objection_id

    # The library -----------------------------------------------------------------------------

    def adopt_lock(self, lock: QLockFile | None) -> None:
        """Hold the data folder's lock until the window closes."""
        self._lock = lock

    def attach_library(self, library: Library, *, defer_editing: bool = False) -> None:
        """Fill the window from an open library: first the list, then the editor and edits.

        With `defer_editing`, the editor and everything that changes the library are set up in
        the next turn of the event loop, so the list shows (and can be searched) sooner.
        """
        self.library = library
        self.browser.view = LibraryPart.from_key(self.settings.view_key())
        sort = self.settings.sort()
        if sort is not None:
            self.browser.sort_column, self.browser.descending = sort
            order = Qt.SortOrder.DescendingOrder if sort[1] else Qt.SortOrder.AscendingOrder
            self.list_view.horizontalHeader().setSortIndicator(sort[0], order)
        query = self.settings.query()
        self.search.set_text_quietly(query)
        self.browser.query = query
        self.list_view.set_query(query)
        self.editor.set_query(query)
        self.browser.attach(library, select=self.settings.objection_id())
        self.search.setEnabled(True)
        enable_clear_button(self.search)  # its icon loads after the first paint
        self.actions_.find.setEnabled(True)
        self.libraryListed.emit()
        if defer_editing:
            QTimer.singleShot(0, self._set_up_editing)
        else:
            self._set_up_editing()

    def _set_up_editing(self) -> None:
        from einwandfrei.store.library.record_reading import read_meta
        from einwandfrei.ui.library.edit_menu import EditOperations
        from einwandfrei.ui.shell.file_menu import FileOperations
        from einwandfrei.ui.undo.library_steps import LibraryEditor

        library = self.library
        if library is None or self.editing is not None:
            return
        self.edit_operations = EditOperations(self)
        self.file_operations = FileOperations(self)
        self.browser.selectionChanged.connect(self.edit_operations.update_actions)
        self.editor.ensure_page()
        with library.read() as connection:
            language = read_meta(connection, "language")
        self.editing = LibraryEditor(library, self.undo_stack, self.bus, language)
        self.bus.changed.connect(self._after_change)
        self.editing.focusRequested.connect(self._focus_objection)
        self.editing.failed.connect(
            lambda message: self.prompts.warn(self, self.tr("That did not work"), message)
        )
        self.editor.set_requests(self.editing.acting_for(self.editor))
        self.edit_operations.attach(self.editing)
        self._set_library_actions_enabled(True)
        self._refresh_editor_vocabulary()
        self._show_objection(self.browser.current_id())
        self.libraryOpened.emit()

    def _refresh_editor_vocabulary(self) -> None:
        from einwandfrei.store.library.listing import list_categories, list_tags, list_techniques

        assert self.library is not None
        with self.library.read() as connection:
            categories = list_categories(connection)
            techniques = list_techniques(connection)
            tags = [tag.name for tag in list_tags(connection)]
        self.editor.set_vocabulary(categories, techniques, tags)
        self.list_view.fit_category_column([entry.name for entry in categories])

    def _show_objection(self, objection_id: int | None) -> None:
        from einwandfrei.store.library.objection_detail import read_objection_detail

        if self.editing is None or self._searching:
            return  # the editor is set up (or follows the search) a moment later
        self.editor.flush()
        if objection_id is None or self.library is None:
            if not self.editor.is_draft():
                self.editor.show_objection(None)
        else:
            with self.library.read() as connection:
                self.editor.show_objection(read_objection_detail(connection, objection_id))
        self.edit_operations.update_actions()

    def _after_change(self, change: Change) -> None:
        if change.touches_vocabulary():
            self._refresh_editor_vocabulary()
        self.browser.apply(change)
        shown = self.editor.objection_id
        # The editor shows the words it just wrote: their echo is not read back into it.
        echo = change.origin is self.editor and change.only_words()
        if shown is not None and change.concerns_objection(shown) and not echo:
            from einwandfrei.store.library.objection_detail import read_objection_detail

            assert self.library is not None
            with self.library.read() as connection:
                detail = read_objection_detail(connection, shown)
            self.editor.show_objection(detail)
        self.edit_operations.update_actions()

    def _focus_objection(self, objection_id: int) -> None:
        if self.browser.current_id() != objection_id:
            self.browser.select(objection_id)

    def _search_changed(self, query: str) -> None:
        # The list follows every keystroke; the editor follows once typing pauses.
        self.editor.flush()
        self._searching = True
        try:
            self.browser.set_query(query)
        finally:
            self._searching = False
        self._editor_follows.start()

    def _follow_search(self) -> None:
        self.editor.set_query(self.browser.query)
        self._show_objection(self.browser.current_id())

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def undo(self) -> None:
        """Undo the last change (after saving what is being typed)."""
        self.editor.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        """Redo the last undone change."""
        self.editor.flush()
        self.undo_stack.redo()

    # Window state ----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        visible = self.settings.sidebar_visible()
        self.actions_.show_sidebar.setChecked(visible)
        self.sidebar.setVisible(visible)

    def save_state(self) -> None:
        """Remember the layout, the view, the selection, the search and the sort."""
        self.settings.save_layout(
            self.saveGeometry(),
            self.saveState(),
            self.splitter.saveState(),
            self.actions_.show_sidebar.isChecked(),
        )
        sort = self.browser.current_sort()
        self.settings.save_selection(
            self.browser.view.key(),
            self.browser.current_id(),
            self.browser.query,
            None if sort is None else (self.browser.sort_column or 0, self.browser.descending),
        )
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Splitter positions are restored once the window has its size, so they land as left.
        splitter, self._splitter_state = self._splitter_state, None
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.firstPainted.emit()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        ready = self.editing is not None
        if ready and self.file_operations.busy():
            self.statusBar().showMessage(self.tr("Please wait until the work in progress ends."))
            event.ignore()
            return
        if not self.editor.flush() and not self.prompts.confirm(
            self,
            self.tr("Changes not saved"),
            self.tr(
                "Your last edit could not be saved and is still in the editor. Close anyway and "
                "lose it?"
            ),
            self.tr("Close Without Saving"),
        ):
            event.ignore()
            return
        if ready:
            self.file_operations.wait_for_background()
        if self.library is not None:
            self.save_state()
            self.library.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        super().closeEvent(event)
