"""The window's dialogs: About, Keyboard Shortcuts, Preferences, Categories and Techniques.

Each is built when asked for and shown through the prompt service, so tests receive it instead of
a window on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from einwandfrei.planning.changes import Change

if TYPE_CHECKING:
    from einwandfrei.ui.session import Session
    from einwandfrei.ui.shell.main_window import MainWindow


class DialogOperations(QObject):
    """Opens the dialogs of the Help and Edit menus (a feature of the window)."""

    def __init__(self) -> None:
        super().__init__()
        self.session: Session | None = None

    def install(self, window: MainWindow) -> None:
        """Wire Help ▸ About and Keyboard Shortcuts, Edit ▸ Preferences and the named lists."""
        self.window = window
        self.setParent(window)
        actions = window.actions_
        actions.about.triggered.connect(self.about)
        actions.shortcuts.triggered.connect(self.shortcuts)
        actions.preferences.triggered.connect(self.preferences)
        actions.categories.triggered.connect(lambda: self.named_list("categories"))
        actions.techniques.triggered.connect(lambda: self.named_list("techniques"))

    def attach(self, session: Session) -> None:
        """The named lists are edited in the open library."""
        self.session = session

    def may_close(self) -> bool:
        """The dialogs hold nothing unsaved."""
        return True

    def about(self) -> None:
        """Help ▸ About: the version and the data folder."""
        from einwandfrei.ui.shell.help_dialogs import AboutDialog

        window = self.window
        window.prompts.show_dialog(
            AboutDialog(
                window, window.data_dir, lambda: window.prompts.open_folder(window.data_dir)
            )
        )

    def shortcuts(self) -> None:
        """Help ▸ Keyboard Shortcuts."""
        from einwandfrei.ui.shell.help_dialogs import ShortcutsDialog

        self.window.prompts.show_dialog(ShortcutsDialog(self.window, self.window.actions()))

    def preferences(self) -> None:
        """Edit ▸ Preferences (the drill settings need the library; the rest do not)."""
        from einwandfrei.ui.shell.preferences_dialog import PreferencesDialog

        window = self.window
        dialog = PreferencesDialog(window, window.settings.qsettings, lambda: window.library)
        # What is due for drilling is counted again; the list stays as it is.
        dialog.drillSettingsChanged.connect(lambda: window.bus.publish(Change.drilled()))
        window.prompts.show_dialog(dialog)

    def named_list(self, table: str) -> None:
        """Edit ▸ Categories… or Edit ▸ Techniques…."""
        from einwandfrei.ui.library.named_list_dialog import NamedListDialog

        if self.session is not None:
            dialog = NamedListDialog(self.session, table, self.window)  # type: ignore[arg-type]
            self.window.prompts.show_dialog(dialog)
