"""The window's two pages, Library and Calls, and the switch between them.

View ▸ Library (Ctrl+1) and View ▸ Calls (Ctrl+2), also as a switch left of the search field.
The page shown is remembered. Each feature puts its page here (`set_page`); whatever works on the
library's list or editor brings the library page forward first (the library feature sees to it),
so nothing happens out of sight.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QWidget,
)

PAGE_KEY = "window/page"


class Page(enum.StrEnum):
    """The pages of the window."""

    LIBRARY = "library"
    CALLS = "calls"


class PageSwitch(QObject):
    """The window's pages on a stack, the actions and buttons that switch between them."""

    pageChanged = Signal(str)  # the Page now shown
    leaving = Signal(str)  # the Page about to be hidden: what is typed there is saved first

    def __init__(self, window: QMainWindow, view_menu: QMenu, settings: QSettings) -> None:
        super().__init__(window)
        self.setObjectName("pageSwitch")
        self.window = window
        self.settings = settings
        self.stack = QStackedWidget(window)
        self.stack.setObjectName("pages")
        self._pages: dict[Page, QWidget] = {}
        self._focus: dict[Page, QWidget] = {}

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
        first = view_menu.actions()[0]  # Show Sidebar
        view_menu.insertActions(first, [self.library_action, self.calls_action])
        view_menu.insertSeparator(first)
        self.switch = self._switch_buttons()

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

    def set_page(self, page: Page, widget: QWidget, *, focus: QWidget | None = None) -> None:
        """Put a feature's page on the stack; `focus` takes the keyboard when it is switched to."""
        self._pages[page] = widget
        self._focus[page] = focus or widget
        self.stack.addWidget(widget)
        if page is Page.CALLS:
            self.calls_action.setEnabled(True)

    def current(self) -> Page:
        """The page shown."""
        shown = self.stack.currentWidget()
        return next((page for page, widget in self._pages.items() if widget is shown), Page.LIBRARY)

    def saved_page(self) -> Page:
        """The page shown when the window was last closed."""
        value = self.settings.value(PAGE_KEY, Page.LIBRARY.value)
        return Page.CALLS if value == Page.CALLS.value else Page.LIBRARY

    def show_page(self, page: Page, *, focus: bool = False) -> None:
        """Show a page (and remember it); `focus` puts the keyboard into it."""
        target = self._pages.get(page)
        if target is None:
            return
        current = self.current()
        if current is not page:
            self.leaving.emit(current.value)
            self.stack.setCurrentWidget(target)
            self.settings.setValue(PAGE_KEY, page.value)
            self.pageChanged.emit(page.value)
        (self.calls_action if page is Page.CALLS else self.library_action).setChecked(True)
        if focus:
            self._focus[page].setFocus(Qt.FocusReason.ShortcutFocusReason)
