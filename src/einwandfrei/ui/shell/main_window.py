"""The app's main window: menus, the search bar, the pages, the status bar — a frame for features.

The window itself shows no library: `composition.build_window` installs the features (the library
page, Calls, practice, printing, the File menu's work, the window's dialogs) and
`startup_sequence` opens the library into it. Features plug in through `menu(name)`,
`add_to_menu`, `add_status_widget`, `pages` and `search`; once the library is open, `session`
holds it. Closing asks every feature
whether it may (`may_close`), then `closing` lets them finish before the library closes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLockFile, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMenu, QToolBar, QWidget

from einwandfrei.paths import APP_NAME
from einwandfrei.ui.change_bus import ChangeBus
from einwandfrei.ui.library.search_field import SearchField
from einwandfrei.ui.prompts import Prompts
from einwandfrei.ui.shell.menus import WindowActions
from einwandfrei.ui.shell.page_switch import PageSwitch
from einwandfrei.ui.shell.window_settings import WindowSettings

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library
    from einwandfrei.ui.library.library_page import LibraryPage
    from einwandfrei.ui.session import Session
    from einwandfrei.ui.shell.composition import WindowFeatures
    from einwandfrei.ui.shell.startup_sequence import StartupSequence

# Actions that work without a library: the rest wait until it is open.
ALWAYS_ENABLED = (
    "actionQuit",
    "actionAbout",
    "actionShortcuts",
    "actionShowSidebar",
    "actionFullScreen",
    "actionPreferences",
)


class MainWindow(QMainWindow):
    """The app's main window on one data folder."""

    firstPainted = Signal()
    closing = Signal()  # every feature agreed: finish, remember, let go of the library

    def __init__(
        self, data_dir: Path, *, settings: QSettings, prompts: Prompts, features: WindowFeatures
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.data_dir = data_dir
        self.settings = WindowSettings(settings)
        self.prompts = prompts
        self.undo_stack = QUndoStack(self)
        self.bus = ChangeBus(self)
        self.session: Session | None = None
        self.features = features  # installed by `composition.build_window`
        self.startup: StartupSequence | None = None  # set by the start-up that opens it
        self.translators: Sequence[QObject] = ()  # kept alive with the window
        self._lock: QLockFile | None = None
        self._painted = False

        self.actions_ = WindowActions(self)
        self.search = SearchField(self)
        self.status_area = QWidget(self)
        self.status_area.setObjectName("statusArea")
        status_layout = QHBoxLayout(self.status_area)
        status_layout.setContentsMargins(12, 0, 4, 0)
        status_layout.setSpacing(12)
        self.pages = PageSwitch(self, self.menu("view"), settings)
        self._add_search_bar()
        self.setCentralWidget(self.pages.stack)
        self.statusBar().setSizeGripEnabled(True)
        self._connect()
        self.set_library_actions_enabled(False)
        self._restore_layout()
        self.installEventFilter(self)

    def _add_search_bar(self) -> None:
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("searchBar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.addWidget(self.pages.switch)
        toolbar.addWidget(self.search)
        spacer = QWidget(toolbar)
        spacer.setMinimumWidth(12)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.status_area)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _connect(self) -> None:
        actions = self.actions_
        actions.quit.triggered.connect(self.close)
        actions.full_screen.toggled.connect(
            lambda on: self.showFullScreen() if on else self.showNormal()
        )
        self.undo_stack.canUndoChanged.connect(actions.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(actions.redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text)
        self.undo_stack.redoTextChanged.connect(self._redo_text)
        self._undo_text("")
        self._redo_text("")

    def _undo_text(self, text: str) -> None:
        label = self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo")
        self.actions_.undo.setText(label)

    def _redo_text(self, text: str) -> None:
        label = self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo")
        self.actions_.redo.setText(label)

    def set_library_actions_enabled(self, enabled: bool) -> None:
        """Enable what needs the library (the undo actions as the stack allows)."""
        for action in self.actions():
            if action.objectName() not in ALWAYS_ENABLED:
                action.setEnabled(enabled)
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
            menu.insertActions(self.actions_.quit_separator, list(actions))
        else:
            menu.addActions(list(actions))

    def add_status_widget(self, widget: QWidget) -> None:
        """Show a widget at the right of the search bar (for example what is due today)."""
        layout = self.status_area.layout()
        assert layout is not None
        layout.addWidget(widget)

    def show_message(self, text: str, milliseconds: int = 0) -> None:
        """One sentence in the status bar (for a while, or until the next)."""
        self.statusBar().showMessage(text, milliseconds)

    @property
    def library(self) -> Library | None:
        """The open library (None until the start-up opened it)."""
        return self.session.library if self.session is not None else None

    @property
    def library_page(self) -> LibraryPage:
        """The library page's widgets: sidebar, list, editor (tests and screenshots)."""
        return self.features.library.page

    def open_session(self, session: Session) -> None:
        """Work on an open library from now on."""
        self.session = session

    def adopt_lock(self, lock: QLockFile | None) -> None:
        """Hold the data folder's lock until the window closes."""
        self._lock = lock

    def holds_lock(self) -> bool:
        """Whether the window holds its data folder's lock."""
        return self._lock is not None

    # Window state ----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.firstPainted.emit()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(feature.may_close() for feature in self.features.closing_order()):
            event.ignore()
            return
        self.closing.emit()
        if self.session is not None:
            self.settings.save_window(self.saveGeometry(), self.saveState())
            self.settings.sync()
            self.session.library.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        super().closeEvent(event)
