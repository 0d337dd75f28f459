"""`actionQuickFind` (Ctrl+Shift+F): opens or raises the window's one quick-find window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from einwandfrei.ui.practice.quickfind.window import QuickFindWindow

if TYPE_CHECKING:
    from einwandfrei.planning.changes import Change
    from einwandfrei.store.db.connection import Library
    from einwandfrei.ui.change_bus import ChangeBus


class QuickFindAction(QObject):
    """The action and the quick-find window it opens, searching the main window's library."""

    def __init__(
        self,
        window: QWidget,
        library: Library | Callable[[], Library | None],
        bus: ChangeBus | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._library = library
        self.settings = settings
        self._bus = bus
        self.quick_find: QuickFindWindow | None = None
        self.action = QAction(self.tr("&Quick-Find…"), window)
        self.action.setObjectName("actionQuickFind")
        self.action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_F))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(lambda _checked=False: self.open())
        window.addAction(self.action)
        if bus is not None:
            bus.changed.connect(self.library_changed)

    def open(self) -> QuickFindWindow | None:
        """Show the quick-find window (created on first use) with the cursor in its field.

        Nothing happens while the window has no library yet.
        """
        if self.quick_find is None:
            library = self._library() if callable(self._library) else self._library
            if library is None:
                return None
            self.quick_find = QuickFindWindow(library, self.window, settings=self.settings)
            self._learn_into_main_window(library)
        self.quick_find.show()
        self.quick_find.raise_()
        self.quick_find.activateWindow()
        self.quick_find.field.setFocus()
        self.quick_find.field.selectAll()
        return self.quick_find

    def _learn_into_main_window(self, library: Library) -> None:
        """What quick-find remembers is a step on the main window's undo stack, announced on its
        change bus (the editor and the list follow)."""
        undo_stack = getattr(self.window, "undo_stack", None)
        bus = self._bus
        if self.quick_find is None or undo_stack is None or bus is None:
            return
        from einwandfrei.ui.undo.library_steps import LibraryEditor

        editor = LibraryEditor(library, undo_stack, bus, origin=None)
        editor.setParent(self.quick_find)
        editor.failed.connect(self.quick_find.status.setText)
        self.quick_find.learning.set_editor(editor)

    def library_changed(self, change: Change) -> None:
        """Search again if objections or answers may have changed."""
        if self.quick_find is not None and change.touches_objections():
            self.quick_find.invalidate()


def create_quick_find_action(
    window: QWidget,
    library: Library | Callable[[], Library | None],
    bus: ChangeBus | None = None,
    settings: QSettings | None = None,
) -> QAction:
    """`actionQuickFind` for `window`; the quick-find window searches `library`."""
    holder = QuickFindAction(window, library, bus, settings)
    return holder.action
