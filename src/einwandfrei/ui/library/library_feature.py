"""The library page as a feature of the window: listing, searching and editing the objections.

Installed, it puts `LibraryPage` on the window's Library page and wires the Edit and View menus,
the search field and the sort. Once the library is open it lists it first (`show_list`, so the
list paints as early as it can), then sets up editing (`attach`): edits go through the session's
`LibraryEditor` (one undo step each) and come back as changes on the bus, where the list, the
editor and the leech marks each take what concerns them. The editor never reads back the words it
has just written itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction

from einwandfrei.planning.library_part import LibraryPart
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.library.edit_menu import EditOperations
from einwandfrei.ui.library.leech_marks import LeechMarks
from einwandfrei.ui.library.library_page import LibraryPage
from einwandfrei.ui.library.objection_table_model import Column
from einwandfrei.ui.shell.page_switch import Page
from einwandfrei.ui.widgets.clear_button import enable_clear_button

if TYPE_CHECKING:
    from einwandfrei.planning.changes import Change
    from einwandfrei.store.library.objection_detail import ObjectionDetail
    from einwandfrei.ui.session import Session
    from einwandfrei.ui.shell.main_window import MainWindow

EDITOR_FOLLOWS_MS = 120
NOTICE_MS = 6000


class LibraryFeature(QObject):
    """The Library page: sidebar, list and editor, the Edit menu's work, search and sort."""

    def __init__(self) -> None:
        super().__init__()
        self.session: Session | None = None
        self._first_shown: ObjectionDetail | None = None
        self._searching = False
        self._editor_follows = QTimer(self)
        self._editor_follows.setSingleShot(True)
        self._editor_follows.setInterval(EDITOR_FOLLOWS_MS)
        self._editor_follows.timeout.connect(self._follow_search)

    # Feature ---------------------------------------------------------------------------------

    def install(self, window: MainWindow) -> None:
        """Put the page on the window and wire the menus, the search field and the sort."""
        self.window = window
        self.setParent(window)
        page = self.page = LibraryPage(window)
        self.editor, self.browser = page.editor, page.browser
        window.pages.set_page(Page.LIBRARY, page, focus=page.list_view)
        page.restore_sizes_when_shown(window.settings.splitter_state())
        actions = window.actions_
        # What works on the list or the editor brings the library page forward first.
        for action in (
            actions.new_objection,
            actions.add_response,
            actions.move_response_up,
            actions.move_response_down,
            actions.favourite,
            actions.restore,
            actions.purge,
            actions.empty_trash,
            actions.find,
            actions.library_order,
        ):
            action.triggered.connect(lambda _checked=False: self._bring_forward())
        window.search.textEdited.connect(lambda _text: self._bring_forward())
        self.edit_operations = EditOperations(page, actions, window.show_message)
        self.leeches = LeechMarks(page, window.statusBar())
        page.list_view.addAction(actions.delete)
        page.list_view.addAction(actions.purge)
        actions.find.triggered.connect(self.focus_search)
        actions.undo.triggered.connect(self.undo)
        actions.redo.triggered.connect(self.redo)
        actions.add_response.triggered.connect(self.editor.add_response)
        actions.move_response_up.triggered.connect(lambda: self.editor.move_focused_response(-1))
        actions.move_response_down.triggered.connect(lambda: self.editor.move_focused_response(1))
        visible = window.settings.sidebar_visible()
        actions.show_sidebar.setChecked(visible)
        page.sidebar.setVisible(visible)
        actions.show_sidebar.toggled.connect(page.sidebar.setVisible)
        self._add_sort_actions()
        window.search.searchChanged.connect(self._search_changed)
        window.search.leaveDown.connect(page.list_view.setFocus)
        window.pages.leaving.connect(self._page_leaving)
        window.closing.connect(self._remember)
        self.browser.currentChanged.connect(self._show_objection)
        self.editor.objectionCreated.connect(self._focus_objection)
        self.editor.notice.connect(lambda text: window.show_message(text, NOTICE_MS))

    def _add_sort_actions(self) -> None:
        sort_menu = self.window.actions_.sort_menu
        self.window.actions_.library_order.triggered.connect(lambda: self.browser.set_sort(None))
        labels = {
            Column.TEXT: self.tr("Objection"),
            Column.CATEGORY: self.tr("Category"),
            Column.RESPONSES: self.tr("Number of Responses"),
            Column.SUCCESS: self.tr("Success Rate"),
            Column.FAVOURITE: self.tr("Favourites First"),
        }
        for column, label in labels.items():
            action = QAction(label, self.window)
            action.setObjectName(f"actionSortBy{column.name.capitalize()}")
            action.triggered.connect(lambda _checked=False: self._bring_forward())
            action.triggered.connect(lambda _=False, c=column: self.browser.set_sort(int(c)))
            sort_menu.addAction(action)

    def show_list(self, session: Session) -> None:
        """List the open library as it was left (view, search, sort, selection)."""
        settings = self.window.settings
        self.browser.view = LibraryPart.from_key(settings.view_key())
        sort = settings.sort()
        if sort is not None:
            self.browser.sort_column, self.browser.descending = sort
            order = Qt.SortOrder.DescendingOrder if sort[1] else Qt.SortOrder.AscendingOrder
            self.page.list_view.horizontalHeader().setSortIndicator(sort[0], order)
        query = settings.query()
        search = self.window.search
        search.set_text_quietly(query)
        self.browser.query = query
        self.page.list_view.set_query(query)
        self.editor.set_query(query)
        self.browser.attach(session.library, select=settings.objection_id())
        # Read the objection the editor will show first now, while the start-up can still offer
        # a backup for a text that cannot be read (see startup_sequence).
        self._first_shown = self._read_detail(session, self.browser.current_id())
        search.setEnabled(True)
        enable_clear_button(search)  # its icon loads after the first paint
        self.window.actions_.find.setEnabled(True)

    def attach(self, session: Session) -> None:
        """Set up editing: the editor's page, its edits, the Edit menu, the leech marks."""
        self.session = session
        editing = session.editing
        self.edit_operations.attach(session)
        self.browser.selectionChanged.connect(self.edit_operations.update_actions)
        self.editor.ensure_page()
        editing.focusRequested.connect(self._focus_objection)
        editing.failed.connect(
            lambda message: session.prompts.warn(self.window, self.tr("That did not work"), message)
        )
        self.editor.set_requests(editing.acting_for(self.editor))
        session.bus.changed.connect(self._library_changed)
        self._refresh_editor_vocabulary()
        self._show_objection(self.browser.current_id())
        self.leeches.refresh(session.library)

    def may_close(self) -> bool:
        """Save what is being typed; if it cannot be saved, ask before losing it."""
        if self.editor.flush() or self.session is None:
            return True
        return self.session.prompts.confirm(
            self.window,
            self.tr("Changes not saved"),
            self.tr(
                "Your last edit could not be saved and is still in the editor. Close anyway and "
                "lose it?"
            ),
            self.tr("Close Without Saving"),
        )

    # Reading into the page -------------------------------------------------------------------

    def _refresh_editor_vocabulary(self) -> None:
        from einwandfrei.store.library.listing import list_categories, list_tags, list_techniques

        assert self.session is not None
        with self.session.library.read() as connection:
            categories = list_categories(connection)
            techniques = list_techniques(connection)
            tags = [tag.name for tag in list_tags(connection)]
        self.editor.set_vocabulary(categories, techniques, tags)
        self.page.list_view.fit_category_column([entry.name for entry in categories])

    def show_stored(self, objection_id: int | None) -> None:
        """Show an objection in the editor as the library holds it (None: none); a text that
        cannot be read is damage, offered the newest intact backup."""
        from einwandfrei.store.db.errors import DamagedLibraryError
        from einwandfrei.ui.shell.library_health import damage_found

        session = self.session
        if objection_id is None or session is None:
            if not self.editor.is_draft():
                self.editor.show_objection(None)
            return
        first, self._first_shown = self._first_shown, None
        if first is not None and first.id == objection_id:
            self.editor.show_objection(first)
            return
        try:
            detail = self._read_detail(session, objection_id)
        except DamagedLibraryError as error:
            self.editor.show_objection(None)
            damage_found(self.window, error_text(error))
            return
        self.editor.show_objection(detail)

    @staticmethod
    def _read_detail(session: Session, objection_id: int | None) -> ObjectionDetail | None:
        from einwandfrei.store.library.objection_detail import read_objection_detail

        if objection_id is None:
            return None
        with session.library.read() as connection:
            return read_objection_detail(connection, objection_id)

    def _show_objection(self, objection_id: int | None) -> None:
        if self.session is None or self._searching:
            return  # the editor is set up (or follows the search) a moment later
        self.editor.flush()
        self.show_stored(objection_id)
        self.edit_operations.update_actions()

    def _library_changed(self, change: Change) -> None:
        if change.touches_vocabulary():
            self._refresh_editor_vocabulary()
        self.browser.apply(change)
        shown = self.editor.objection_id
        # The editor shows the words it just wrote: their echo is not read back into it.
        echo = change.origin is self.editor and change.only_words()
        if shown is not None and change.concerns_objection(shown) and not echo:
            self.show_stored(shown)
        self.edit_operations.update_actions()
        if (change.drills or change.everything) and self.session is not None:
            self.leeches.refresh(self.session.library)

    def _focus_objection(self, objection_id: int) -> None:
        if self.browser.current_id() != objection_id:
            self.browser.select(objection_id)

    # Search, pages, undo ---------------------------------------------------------------------

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
        self.window.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.window.search.selectAll()

    def _bring_forward(self) -> None:
        self.window.pages.show_page(Page.LIBRARY)

    def _page_leaving(self, page: str) -> None:
        if page == Page.LIBRARY.value:
            self.editor.flush()  # what is being typed is saved before it is hidden

    def undo(self) -> None:
        """Undo the last change (after saving what is being typed)."""
        self.editor.flush()
        self.window.undo_stack.undo()

    def redo(self) -> None:
        """Redo the last undone change."""
        self.editor.flush()
        self.window.undo_stack.redo()

    def _remember(self) -> None:
        """The window closes: remember the layout, the view, the selection, the search, the
        sort."""
        if self.session is None:
            return
        settings = self.window.settings
        settings.save_library_layout(
            self.page.saveState(), self.window.actions_.show_sidebar.isChecked()
        )
        sort = self.browser.current_sort()
        settings.save_selection(
            self.browser.view.key(),
            self.browser.current_id(),
            self.browser.query,
            None if sort is None else (self.browser.sort_column or 0, self.browser.descending),
        )
