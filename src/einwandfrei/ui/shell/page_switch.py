"""The window's two pages, Library and Calls, and the switch between them.

View ▸ Library (Ctrl+1) and View ▸ Calls (Ctrl+2), also as a switch left of the search field.
The page shown is remembered. Whatever works on the library's list or editor (a new objection,
the search, …) brings the library page forward first, so nothing happens out of sight.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:
    from einwandfrei.ui.shell.main_window import MainWindow

PAGE_KEY = "window/page"

# Actions that work on the library's list or editor: they show the library page first.
LIBRARY_ACTIONS = (
    "actionNewObjection",
    "actionAddResponse",
    "actionMoveResponseUp",
    "actionMoveResponseDown",
    "actionFavourite",
    "actionRestoreObjection",
    "actionPurgeObjection",
    "actionEmptyTrash",
    "actionFind",
    "actionLibraryOrder",
)


class Page(enum.StrEnum):
    """The pages of the window."""

    LIBRARY = "library"
    CALLS = "calls"


class PageSwitch(QObject):
    """Puts the window's library and the Calls view on pages and switches between them."""

    pageChanged = Signal(str)  # the Page now shown

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("pageSwitch")
        self.window = window
        self.stack = QStackedWidget(window)
        self.stack.setObjectName("pages")
        library_page = window.takeCentralWidget()
        assert library_page is not None
        self.library_page = library_page
        self.stack.addWidget(library_page)
        window.setCentralWidget(self.stack)
        self.calls_page: QWidget | None = None
        self.calls_scroller: QScrollArea | None = None

        group = QActionGroup(self)
        group.setExclusive(True)
        self.library_action = self._action(
            group, "actionShowLibrary", self.tr("&Library"), "Ctrl+1", Page.LIBRARY
        )
        self.library_action.setChecked(True)
        self.calls_action = self._action(
            group, "actionShowCalls", self.tr("&Calls"), "Ctrl+2", Page.CALLS
        )
        self.calls_action.setEnabled(False)  # until the Calls view is there
        self.library_action.setToolTip(self.tr("Your objections and answers (Ctrl+1)"))
        self.calls_action.setToolTip(
            self.tr("Call plans, past calls and the follow-ups due (Ctrl+2)")
        )
        view = window.menu("view")
        first = view.actions()[0]  # Show Sidebar
        view.insertActions(first, [self.library_action, self.calls_action])
        view.insertSeparator(first)
        self.switch = self._switch_buttons()
        toolbar = window.findChild(QToolBar, "searchBar")
        if toolbar is not None and toolbar.actions():
            toolbar.insertWidget(toolbar.actions()[0], self.switch)

        for name in LIBRARY_ACTIONS:
            action = window.findChild(QAction, name)
            if action is not None:
                action.triggered.connect(lambda _checked=False: self.show_page(Page.LIBRARY))
        for action in window.actions_.sort_menu.actions():
            action.triggered.connect(lambda _checked=False: self.show_page(Page.LIBRARY))
        window.search.textEdited.connect(lambda _text: self.show_page(Page.LIBRARY))

    def _action(self, group: QActionGroup, name: str, text: str, keys: str, page: Page) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setCheckable(True)
        action.setActionGroup(group)
        action.triggered.connect(lambda _checked=False: self.show_page(page, focus=True))
        self.window.addAction(action)
        return action

    def _switch_buttons(self) -> QWidget:
        switch = QWidget(self.window)
        switch.setObjectName("pageButtons")
        layout = QHBoxLayout(switch)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(2)
        for name, action in (
            ("libraryPageButton", self.library_action),
            ("callsPageButton", self.calls_action),
        ):
            button = QToolButton(switch)
            button.setObjectName(name)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+1 / Ctrl+2 from the keyboard
            layout.addWidget(button)
        return switch

    def set_calls_page(self, calls_page: QWidget) -> None:
        """Put the Calls view on its page (once the library is open)."""
        self.calls_page = calls_page
        # Its row of buttons is wider than the library needs: in a narrow window the page
        # scrolls sideways rather than holding the whole window wide.
        scroller = QScrollArea(self.stack)
        scroller.setObjectName("callsPage")
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        scroller.setWidget(calls_page)
        self.calls_scroller = scroller
        self.stack.addWidget(scroller)
        self.calls_action.setEnabled(True)

    def current(self) -> Page:
        """The page shown."""
        if self.calls_page is not None and self.stack.currentWidget() is self.calls_scroller:
            return Page.CALLS
        return Page.LIBRARY

    def saved_page(self) -> Page:
        """The page shown when the window was last closed."""
        value = self.window.settings.qsettings.value(PAGE_KEY, Page.LIBRARY.value)
        return Page.CALLS if value == Page.CALLS.value else Page.LIBRARY

    def show_page(self, page: Page, *, focus: bool = False) -> None:
        """Show a page (and remember it); `focus` puts the keyboard into it."""
        target = self.calls_scroller if page is Page.CALLS else self.library_page
        if target is None:
            return
        if self.current() is not page:
            if page is Page.CALLS:
                self.window.editor.flush()  # what is being typed is saved before it is hidden
            self.stack.setCurrentWidget(target)
            self.window.settings.qsettings.setValue(PAGE_KEY, page.value)
            self.pageChanged.emit(page.value)
        (self.calls_action if page is Page.CALLS else self.library_action).setChecked(True)
        if focus:
            self._focus(page)

    def _focus(self, page: Page) -> None:
        if page is Page.LIBRARY:
            self.window.list_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        assert self.calls_page is not None
        table = self.calls_page.findChild(QWidget, "callsTable")
        (table or self.calls_page).setFocus(Qt.FocusReason.ShortcutFocusReason)
