"""Printing as a feature of the window: File ▸ Print…, Print Selection…, Export PDF….

Ctrl+P prints what is shown: several objections selected in the library, those; a plan selected
on the Calls page, its cheat sheet; else the whole library. The window stays open while a job
runs (it reads the library and paints into the printer); it can be cancelled in its progress
window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from einwandfrei.ui.shell.page_switch import Page

if TYPE_CHECKING:
    from einwandfrei.ui.printing.controller import PrintActions, PrintController
    from einwandfrei.ui.session import Session
    from einwandfrei.ui.shell.main_window import MainWindow

MESSAGE_MS = 8000


class PrintingFeature(QObject):
    """The print actions of the window and the controller behind them."""

    def __init__(
        self,
        selected_ids: Callable[[], Sequence[int]],
        current_plan_id: Callable[[], int | None],
    ) -> None:
        super().__init__()
        self.selected_ids = selected_ids
        self.current_plan_id = current_plan_id
        self.actions: PrintActions | None = None

    def install(self, window: MainWindow) -> None:
        """Nothing yet: printing loads once the library is open."""
        self.window = window
        self.setParent(window)

    def attach(self, session: Session) -> None:
        """Add the print actions to the File menu."""
        from einwandfrei.ui.printing.controller import create_print_actions

        window = self.window
        self.actions = create_print_actions(
            window,
            lambda: session.library,
            self.selected_ids,
            self.current_plan_id,
            prompts=session.prompts,
            print_shown=self.print_shown,
        )
        separator = QAction(window)
        separator.setSeparator(True)
        window.add_to_menu("file", [separator, *self.actions.actions])
        self.actions.controller.message.connect(lambda text: window.show_message(text, MESSAGE_MS))

    def may_close(self) -> bool:
        """Not while a job runs: it ends (or is cancelled) before the library closes."""
        if self.actions is None or not self.actions.controller.busy:
            return True
        self.window.show_message(
            self.tr("Please wait until printing ends, or cancel it."), MESSAGE_MS
        )
        return False

    @property
    def controller(self) -> PrintController | None:
        """What reads, lays out and prints (None until the library is open)."""
        return self.actions.controller if self.actions is not None else None

    def print_plan(self, plan_id: int) -> None:
        """Open the print dialog on a plan's cheat sheet (the Calls view's "Print")."""
        if self.actions is not None:
            self.actions.controller.print_plan(plan_id)

    def print_shown(self) -> None:
        """Ctrl+P: print what is shown."""
        from einwandfrei.ui.printing.options_dialog import Action, Contents

        if self.actions is None:
            return
        several = len(self.selected_ids()) > 1
        on_library = self.window.pages.current() is Page.LIBRARY
        contents = Contents.SELECTION if several and on_library else None
        self.actions.controller.open_dialog(contents=contents, default_action=Action.PRINT)
