"""The main window's actions and menus: File, Edit, View, Calls, Practice, Help.

Actions carry stable objectNames (`actionNewObjection`, …) and standard shortcuts. Calls and
Practice start empty: their features add their entries through `MainWindow.menu("calls")`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


def _unique(keys: list[QKeySequence | str]) -> list[QKeySequence]:
    """The key sequences in order, each once, empty ones left out."""
    unique: list[QKeySequence] = []
    for key in keys:
        sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique


class WindowActions(QObject):
    """Every action of the library window, and the menus holding them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_objection = self._action(
            "actionNewObjection", self.tr("&New Objection"), QKeySequence.StandardKey.New
        )
        self.import_file = self._action("actionImport", self.tr("&Import…"), "Ctrl+Shift+I")
        self.export_file = self._action("actionExport", self.tr("&Export…"), "Ctrl+Shift+E")
        self.backup_now = self._action("actionBackUpNow", self.tr("&Back Up Now"))
        self.restore_backup = self._action("actionRestoreBackup", self.tr("&Restore from Backup…"))
        self.quit = self._action("actionQuit", self.tr("&Quit"))
        # The platform's Quit keys are none on Windows and under the offscreen platform: Ctrl+Q
        # works everywhere (on macOS it is Cmd+Q, the platform's own, so it is not doubled).
        self.quit.setShortcuts(
            _unique([*QKeySequence.keyBindings(QKeySequence.StandardKey.Quit), "Ctrl+Q"])
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo = self._action("actionUndo", self.tr("&Undo"), QKeySequence.StandardKey.Undo)
        self.redo = self._action("actionRedo", self.tr("&Redo"), "Ctrl+Shift+Z")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.add_response = self._action(
            "actionAddResponse", self.tr("&Add Response"), "Ctrl+Shift+N"
        )
        self.move_response_up = self._action(
            "actionMoveResponseUp", self.tr("Move Response &Up"), "Alt+Up"
        )
        self.move_response_down = self._action(
            "actionMoveResponseDown", self.tr("Move Response &Down"), "Alt+Down"
        )
        self.delete = self._action(
            "actionDeleteObjection", self.tr("&Delete"), QKeySequence.StandardKey.Delete
        )
        # Delete acts on the list's selection, so only there: in a text field the key deletes text.
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.restore = self._action("actionRestoreObjection", self.tr("Restore from &Trash"))
        self.purge = self._action("actionPurgeObjection", self.tr("Delete for &Good…"), "Shift+Del")
        self.purge.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.empty_trash = self._action("actionEmptyTrash", self.tr("&Empty Trash…"))
        self.favourite = self._action("actionFavourite", self.tr("&Favourite"), "Ctrl+D")
        self.favourite.setCheckable(True)
        self.find = self._action("actionFind", self.tr("&Find"), QKeySequence.StandardKey.Find)
        self.categories = self._action("actionCategories", self.tr("&Categories…"))
        self.techniques = self._action("actionTechniques", self.tr("&Techniques…"))
        self.preferences = self._action("actionPreferences", self.tr("&Preferences…"), "Ctrl+,")
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.show_sidebar = self._action(
            "actionShowSidebar", self.tr("Show &Sidebar"), "Ctrl+Shift+L"
        )
        self.show_sidebar.setCheckable(True)
        self.show_sidebar.setChecked(True)
        self.library_order = self._action("actionLibraryOrder", self.tr("&Library Order"))
        self.full_screen = self._action(
            "actionFullScreen", self.tr("F&ull Screen"), QKeySequence.StandardKey.FullScreen
        )
        self.full_screen.setCheckable(True)

        self.about = self._action("actionAbout", self.tr("&About Einwandfrei"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.shortcuts = self._action("actionShortcuts", self.tr("&Keyboard Shortcuts"), "Ctrl+/")
        self.open_data_folder = self._action("actionOpenDataFolder", self.tr("Open &Data Folder"))
        self.menus = self._build_menus()

    def _action(
        self, name: str, text: str, shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.window.addAction(action)
        return action

    def _menu(self, name: str, title: str) -> QMenu:
        menu = self.window.menuBar().addMenu(title)
        menu.setObjectName(f"menu{name.capitalize()}")
        return menu

    def _build_menus(self) -> dict[str, QMenu]:
        menus = {
            "file": self._menu("file", self.tr("&File")),
            "edit": self._menu("edit", self.tr("&Edit")),
            "view": self._menu("view", self.tr("&View")),
            "calls": self._menu("calls", self.tr("&Calls")),
            "practice": self._menu("practice", self.tr("&Practice")),
            "help": self._menu("help", self.tr("&Help")),
        }
        file = menus["file"]
        file.addAction(self.new_objection)
        file.addSeparator()
        file.addActions([self.import_file, self.export_file])
        file.addSeparator()
        file.addActions([self.backup_now, self.restore_backup])
        self.quit_separator = file.addSeparator()
        file.addAction(self.quit)

        edit = menus["edit"]
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.add_response, self.move_response_up, self.move_response_down])
        edit.addSeparator()
        edit.addAction(self.favourite)
        self.move_to = edit.addMenu(self.tr("&Move to Category"))
        self.move_to.setObjectName("menuMoveTo")
        edit.addAction(self.delete)
        edit.addActions([self.restore, self.purge, self.empty_trash])
        edit.addSeparator()
        edit.addAction(self.find)
        edit.addSeparator()
        edit.addActions([self.categories, self.techniques])
        edit.addSeparator()
        edit.addAction(self.preferences)

        view = menus["view"]
        view.addAction(self.show_sidebar)
        self.sort_menu = view.addMenu(self.tr("&Sort By"))
        self.sort_menu.setObjectName("menuSortBy")
        self.sort_menu.addAction(self.library_order)
        view.addSeparator()
        view.addAction(self.full_screen)

        help_menu = menus["help"]
        help_menu.addActions([self.shortcuts, self.open_data_folder])
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        return menus
