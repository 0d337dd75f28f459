"""A library opened read-only (read-only media, file or folder): the window reads, never writes.

The title says "(read-only)", the status bar says why, the editor shows objections without letting
them change, and every action that would write stays disabled, also those features add later. What
only reads keeps working: search, the views, export, printing, quick-find, statistics.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from einwandfrei.paths import APP_NAME
from einwandfrei.ui.error_text import error_text

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library
    from einwandfrei.ui.shell.main_window import MainWindow

# Actions that only read the library (or touch none of it); every other one is disabled.
READING_ACTIONS = frozenset(
    {
        "actionAbout",
        "actionExport",
        "actionExportAnkiDeck",
        "actionExportCalendar",
        "actionExportPdf",
        "actionFind",
        "actionFullScreen",
        "actionLibraryOrder",
        "actionOpenDataFolder",
        "actionPracticeStatistics",
        "actionPreferences",
        "actionPrint",
        "actionPrintSelection",
        "actionQuickFind",
        "actionQuit",
        "actionShortcuts",
        "actionShowCalls",
        "actionShowLibrary",
        "actionShowSidebar",
    }
)
_READING_PREFIXES = ("actionSortBy",)


def reads_only(action: QAction) -> bool:
    """Whether `action` leaves the library as it is (a submenu's own action counts as such)."""
    name = action.objectName()
    return (
        action.menu() is not None
        or name in READING_ACTIONS
        or name.startswith(_READING_PREFIXES)
        or action.isSeparator()
    )


class ReadOnlyMode(QObject):
    """Keeps a window on a read-only library from offering to write (see the module)."""

    def __init__(self, window: MainWindow, library: Library) -> None:
        super().__init__(window)
        self.setObjectName("readOnlyMode")
        self.window = window
        window.setWindowTitle(self.tr("%1 (read-only)").replace("%1", APP_NAME))
        refusal = ""
        try:
            library.refuse_writing()
        except Exception as error:  # the sentence naming the read-only folder or file
            refusal = error_text(error)
        self.notice = QLabel(self.tr("Read-only"), window)
        self.notice.setObjectName("readOnlyNotice")
        self.notice.setToolTip(refusal)
        window.statusBar().addPermanentWidget(self.notice)
        window.statusBar().showMessage(refusal, 15000)
        window.library_page.editor.set_read_only(True)
        self._watched: list[QWidget] = [window, *window.actions_.menus.values()]
        for widget in list(self._watched):
            widget.installEventFilter(self)
            for action in widget.actions():
                self._hold(action)
        self._disable(window.actions_.move_to.menuAction())  # a submenu whose every entry writes

    def _hold(self, action: QAction) -> None:
        submenu = action.menu()
        if isinstance(submenu, QMenu) and submenu not in self._watched:
            self._watched.append(submenu)
            submenu.installEventFilter(self)
            for inner in submenu.actions():
                self._hold(inner)
        if not reads_only(action):
            self._disable(action)

    def _disable(self, action: QAction) -> None:
        if action.property("einwandfreiHeld"):
            return
        action.setProperty("einwandfreiHeld", True)
        action.setEnabled(False)
        # Whoever enables it later (a selection that changed, a feature set up late) is undone.
        action.changed.connect(lambda held=action: held.isEnabled() and held.setEnabled(False))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ActionAdded and isinstance(event, QActionEvent):
            action = event.action()
            if action is not None:
                self._hold(action)
        return False


def enter_read_only_mode(window: MainWindow, library: Library) -> ReadOnlyMode:
    """Put `window` in read-only mode for `library` (opened read-only)."""
    return ReadOnlyMode(window, library)
