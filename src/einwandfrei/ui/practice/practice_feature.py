"""Practice as a feature of the window: the Practice menu, quick-find and "12 drills due".

Nothing of drills or quick-find is loaded before the library is open (about 50 ms of modules,
after the first paint); then `attach` fills the Practice menu and counts what is due.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from einwandfrei.ui.practice.actions import PracticeActions
    from einwandfrei.ui.session import Session
    from einwandfrei.ui.shell.main_window import MainWindow


class PracticeFeature(QObject):
    """The drills and quick-find of the window."""

    def __init__(self) -> None:
        super().__init__()
        self.actions: PracticeActions | None = None

    def install(self, window: MainWindow) -> None:
        """Nothing yet: the Practice menu fills once the library is open."""
        self.window = window
        self.setParent(window)

    def attach(self, session: Session) -> None:
        """Fill the Practice menu, add quick-find and the due-drills count."""
        from einwandfrei.ui.practice.install import install_practice

        self.actions = install_practice(self.window)

    def may_close(self) -> bool:
        """Drills save each grade as it is given."""
        return True

    def practise_plan(self, plan_id: int) -> object:
        """Drill the objections expected in a call plan (the Calls view's "Practise")."""
        if self.actions is None:
            return None
        return self.actions.practise_plan(plan_id)
