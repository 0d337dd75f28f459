"""Everything practice brings to the main window, installed with one call.

`install_practice(window)` needs of the window: `library` (None until open), `menu("practice")`,
`add_status_widget(widget)`, the change bus `bus` and the prompt service `prompts`. It counts the
drills due at once, and again whenever a change on the bus may change what is due.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

from einwandfrei.ui.practice.actions import PracticeActions
from einwandfrei.ui.practice.practice_wording import due_drills_text
from einwandfrei.ui.practice.quickfind.actions import QuickFindAction


class DueDrillsButton(QToolButton):
    """ "12 drills due" beside the search; a click starts them."""

    def __init__(self, actions: PracticeActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceDueButton")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setDefaultAction(actions.practice)
        self.show_count(None)
        actions.dueCountChanged.connect(self.show_count)

    def show_count(self, count: int | None) -> None:
        """Show how many drills are due (None: not counted yet)."""
        self.setText("" if count is None else due_drills_text(count))
        self.setVisible(count is not None)


def install_practice(window: Any) -> PracticeActions:
    """Add the Practice menu's entries, quick-find and the due-drills count to `window`."""
    actions = PracticeActions(
        window, lambda: window.library, window.menu("practice"), window.bus, prompts=window.prompts
    )
    quick_find = QuickFindAction(window, lambda: window.library, window.bus)
    menu = window.menu("practice")
    menu.addSeparator()
    menu.addAction(quick_find.action)
    window.add_status_widget(DueDrillsButton(actions, window))
    actions.refresh_due_count()
    return actions
