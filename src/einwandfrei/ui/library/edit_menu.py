"""The Edit menu's work on the list's selection: new, delete, restore, purge, favourite, move.

Each operation goes through `LibraryEditor`, so it is one undo step; deleting for good asks first.
Which actions are enabled follows the selection and the view (the Trash has its own).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from einwandfrei.planning.library_part import LibraryPart, PartKind

if TYPE_CHECKING:
    from einwandfrei.ui.library.library_page import LibraryPage
    from einwandfrei.ui.session import Session
    from einwandfrei.ui.shell.menus import WindowActions
    from einwandfrei.ui.undo.library_steps import LibraryEditor


class EditOperations(QObject):
    """Carries out the Edit menu and the sidebar's drops."""

    def __init__(
        self, page: LibraryPage, actions: WindowActions, show_message: Callable[[str, int], None]
    ) -> None:
        super().__init__(page)
        self.page = page
        self.actions = actions
        self.show_message = show_message
        self.session: Session | None = None
        self.editing: LibraryEditor | None = None
        actions.new_objection.triggered.connect(self.new_objection)
        actions.delete.triggered.connect(self.delete_selected)
        actions.restore.triggered.connect(self.restore_selected)
        actions.purge.triggered.connect(self.purge_selected)
        actions.empty_trash.triggered.connect(self.empty_trash)
        actions.favourite.triggered.connect(self.toggle_favourite)
        actions.move_to.aboutToShow.connect(self._fill_move_menu)
        page.sidebar.sidebar_model.objectionsDropped.connect(self.dropped)
        page.editor.restoreRequested.connect(lambda objection_id: self.restore([objection_id]))
        page.editor.newCategoryRequested.connect(self.new_category_for_editor)
        page.list_view.customContextMenuRequested.connect(self._context_menu)

    def attach(self, session: Session) -> None:
        """Make changes through the session's editing."""
        self.session = session
        self.editing = session.editing

    def _selected(self) -> list[int]:
        return self.page.browser.selected_ids()

    def _in_trash(self) -> bool:
        return self.page.browser.view.is_trash

    def update_actions(self) -> None:
        """Enable what makes sense for the selection and the view."""
        actions = self.actions
        opened = self.editing is not None
        selected = self._selected()
        trash = self._in_trash()
        actions.delete.setEnabled(opened and bool(selected))
        actions.delete.setText(self.tr("Delete for &Good…") if trash else self.tr("&Delete"))
        actions.restore.setEnabled(opened and trash and bool(selected))
        actions.purge.setEnabled(opened and trash and bool(selected))
        actions.empty_trash.setEnabled(opened and trash and self.page.model.total() > 0)
        actions.favourite.setEnabled(opened and bool(selected) and not trash)
        actions.move_to.setEnabled(opened and bool(selected) and not trash)
        shown = self.page.editor.objection_id
        row = self.page.model.row_data(shown) if shown is not None else None
        actions.favourite.setChecked(bool(row and row.favourite))
        has_objection = opened and shown is not None and not trash
        for action in (actions.add_response, actions.move_response_up, actions.move_response_down):
            action.setEnabled(has_objection)

    def new_objection(self) -> None:
        """Start writing a new objection (in the category being viewed)."""
        page = self.page
        page.editor.flush()
        view = page.browser.view
        if view.is_trash:
            page.sidebar.select_view(LibraryPart())
        page.browser.clear_selection()
        category = view.target_id if view.kind is PartKind.CATEGORY else None
        page.editor.start_draft(category)
        self.show_message(self.tr("Type what the customer says; it is saved as you type."), 6000)

    def delete_selected(self) -> None:
        """Move the selection to the Trash (in the Trash: delete it for good, after asking)."""
        if self._in_trash():
            self.purge_selected()
            return
        ids = self._selected()
        if ids and self.editing is not None and self.editing.delete(ids):
            self.show_message(
                self.tr(
                    "Moved %n objection(s) to the Trash. Ctrl+Z brings them back.", "", len(ids)
                ),
                8000,
            )

    def restore(self, ids: Sequence[int]) -> None:
        """Take objections out of the Trash."""
        if ids and self.editing is not None and self.editing.restore(ids):
            self.show_message(
                self.tr("Restored %n objection(s) from the Trash.", "", len(ids)), 6000
            )

    def restore_selected(self) -> None:
        """Take the selection out of the Trash."""
        self.restore(self._selected())

    def purge_selected(self) -> None:
        """Delete the selected objections in the Trash for good, after asking."""
        self._purge(self._selected())

    def empty_trash(self) -> None:
        """Delete everything in the Trash for good, after asking."""
        self._purge(self.page.model.ids())

    def _purge(self, ids: Sequence[int]) -> None:
        if not ids or self.editing is None or self.session is None:
            return
        if self.session.prompts.confirm(
            self.page.window(),
            self.tr("Delete for good?"),
            self.tr(
                "%n objection(s) and their responses will be deleted for good. You can still "
                "undo this until you close Einwandfrei.",
                "",
                len(ids),
            ),
            self.tr("Delete for Good"),
        ):
            self.editing.purge(ids)

    def toggle_favourite(self) -> None:
        """Make the selection favourites (or, if all are, not)."""
        ids = self._selected()
        if not ids or self.editing is None:
            return
        rows = [self.page.model.row_data(i) for i in ids]
        favourite = not all(row is not None and row.favourite for row in rows)
        self.editing.set_favourite(ids, favourite)

    def move_to(self, category_id: int | None) -> None:
        """Move the selection to a category."""
        ids = self._selected()
        if ids and self.editing is not None:
            self.editing.set_category(ids, category_id)

    def dropped(self, ids: list[int], view: LibraryPart) -> None:
        """Objections dropped on a sidebar entry."""
        if self.editing is None:
            return
        if view.kind is PartKind.CATEGORY:
            self.editing.set_category(ids, view.target_id)
        elif view.kind is PartKind.UNCATEGORISED:
            self.editing.set_category(ids, None)
        elif view.kind is PartKind.FAVOURITES:
            self.editing.set_favourite(ids, True)
        elif view.kind is PartKind.TRASH:
            self.editing.delete(ids)

    def _fill_move_menu(self) -> None:
        from einwandfrei.store.library.listing import list_categories

        menu = self.actions.move_to
        menu.clear()
        if self.session is None:
            return
        library = self.session.library
        with library.read() as connection:
            categories = list_categories(connection)
        for entry in categories:
            action = menu.addAction(entry.name)
            action.triggered.connect(lambda _=False, c=entry.id: self.move_to(c))
        menu.addSeparator()
        none = menu.addAction(self.tr("No Category"))
        none.triggered.connect(lambda: self.move_to(None))

    def new_category_for_editor(self) -> None:
        """The editor's "New category…": ask for a name, add it, put the objection there."""
        if self.editing is None or self.session is None:
            return
        name = self.session.prompts.ask_text(
            self.page.window(), self.tr("New Category"), self.tr("Name of the new category:")
        )
        if name and name.strip():
            category_id = self.editing.create_category(name)
            if category_id is not None:
                self.page.editor.choose_category(category_id)

    def _context_menu(self, position: QPoint) -> None:
        actions = self.actions
        menu = QMenu(self.page)
        entries: list[QAction | QMenu | None]
        if self._in_trash():
            entries = [actions.restore, actions.purge]
        else:
            entries = [
                actions.new_objection,
                None,
                actions.favourite,
                actions.move_to,
                None,
                actions.delete,
            ]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, QMenu):
                menu.addMenu(entry)
            else:
                menu.addAction(entry)
        menu.popup(self.page.list_view.viewport().mapToGlobal(position))
