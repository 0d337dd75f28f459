"""The window's dialogs: About, Keyboard Shortcuts, Preferences, Categories and Techniques.

Each is built when asked for and shown through the prompts, so tests receive it instead of a
window on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from einwandfrei.ui.shell.main_window import MainWindow


class DialogOperations(QObject):
    """Opens the dialogs of the Help and Edit menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        actions = window.actions_
        actions.about.triggered.connect(self.about)
        actions.shortcuts.triggered.connect(self.shortcuts)
        actions.preferences.triggered.connect(self.preferences)
        actions.categories.triggered.connect(lambda: self.named_list("categories"))
        actions.techniques.triggered.connect(lambda: self.named_list("techniques"))

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
        """Edit ▸ Preferences."""
        from einwandfrei.planning.changes import Change
        from einwandfrei.ui.shell.preferences_dialog import PreferencesDialog

        window = self.window
        dialog = PreferencesDialog(window, window.settings.qsettings, lambda: window.library)
        # What is due for drilling is counted again; the list stays as it is.
        dialog.drillSettingsChanged.connect(lambda: window.bus.publish(Change.drilled()))
        window.prompts.show_dialog(dialog)

    def named_list(self, table: str) -> None:
        """Edit ▸ Categories… or Edit ▸ Techniques…."""
        from einwandfrei.ui.library.named_list_dialog import NamedListDialog

        if self.window.library is not None and self.window.editing is not None:
            dialog = NamedListDialog(self.window, table)  # type: ignore[arg-type]
            self.window.prompts.show_dialog(dialog)
