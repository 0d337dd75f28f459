"""Calendar, contacts and the Anki deck as a feature of the window.

Once the library is open, File gets Export Calendar… and Export Anki Deck… right after the
library's own Export…, and Calls gets Import Meetings from Calendar… and Import Contacts… at its
end (after the Calls page's own entries).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from einwandfrei.ui.exchange.actions import ExchangeActions
    from einwandfrei.ui.session import Session
    from einwandfrei.ui.shell.main_window import MainWindow

MESSAGE_MS = 8000


class ExchangeFeature(QObject):
    """The calendar, contacts and deck actions of the window."""

    def __init__(self) -> None:
        super().__init__()
        self.actions: ExchangeActions | None = None

    def install(self, window: MainWindow) -> None:
        """Nothing yet: the actions come once the library is open."""
        self.window = window
        self.setParent(window)

    def attach(self, session: Session) -> None:
        """Add the exports to the File menu and the imports to the Calls menu."""
        from einwandfrei.ui.exchange.actions import ExchangeActions

        window = self.window
        actions = ExchangeActions(window, lambda: session.library, session.bus, session.prompts)
        self.actions = actions
        file_menu = window.menu("file")
        entries = file_menu.actions()
        export = window.actions_.export_file
        if export in entries[:-1]:  # right after the library's own Export…
            file_menu.insertActions(entries[entries.index(export) + 1], actions.file_actions)
        else:
            window.add_to_menu("file", actions.file_actions)
        calls_menu = window.menu("calls")
        calls_menu.addSeparator()
        calls_menu.addActions(actions.calls_actions)
        actions.message.connect(lambda text: window.show_message(text, MESSAGE_MS))

    def may_close(self) -> bool:
        """Its dialogs write only when accepted."""
        return True
