"""The Calls page as a feature of the window: plans, past calls, customers and the follow-ups due.

Installed, it adds the "follow-ups due" button beside the search; once the library is open it
puts the Calls view on its page, fills the Calls menu and, once a day when follow-ups are due,
opens on the Calls page. The view and the wizard work on the session's library, undo stack, change
bus and prompt service; printing a cheat sheet and drilling a plan's objections go to the callbacks
the window hands in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QToolButton

from einwandfrei.ui.shell.page_switch import Page

if TYPE_CHECKING:
    from einwandfrei.ui.calls.actions import CallsActions
    from einwandfrei.ui.calls.calls_view import CallsView
    from einwandfrei.ui.session import Session
    from einwandfrei.ui.shell.main_window import MainWindow

DUE_SHOWN_KEY = "calls/dueShownOn"


class CallsFeature(QObject):
    """The Calls page, its menu and the follow-ups due."""

    def __init__(
        self, on_print: Callable[[int], object], on_practise: Callable[[int], object]
    ) -> None:
        super().__init__()
        self.on_print = on_print
        self.on_practise = on_practise
        self.view: CallsView | None = None
        self.actions: CallsActions | None = None

    def install(self, window: MainWindow) -> None:
        """The "follow-ups due" button beside the search (hidden while none are due)."""
        self.window = window
        self.setParent(window)
        self.follow_ups = QToolButton(window)
        self.follow_ups.setObjectName("dueFollowUps")
        self.follow_ups.setAutoRaise(True)
        self.follow_ups.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.follow_ups.setToolTip(self.tr("Show the follow-ups due in the Calls view (Ctrl+2)"))
        self.follow_ups.clicked.connect(lambda: window.pages.show_page(Page.CALLS, focus=True))
        self.follow_ups.hide()
        window.add_status_widget(self.follow_ups)
        window.pages.pageChanged.connect(lambda _page: self._enable_plan_actions())

    def attach(self, session: Session) -> None:
        """Put the Calls view on its page and fill the Calls menu."""
        from einwandfrei.ui.calls.actions import create_calls_actions
        from einwandfrei.ui.calls.calls_context import CallsContext
        from einwandfrei.ui.calls.calls_view import CallsView

        window = self.window
        context = CallsContext(
            session.library,
            session.undo_stack,
            session.prompts,
            session.bus,
            on_print=self.on_print,
            on_practise=self.on_practise,
        )
        # Its row of buttons is wider than the library needs: in a narrow window the page
        # scrolls sideways rather than holding the whole window wide.
        scroller = QScrollArea(window.pages.stack)
        scroller.setObjectName("callsPage")
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        view = CallsView(session.library, session.undo_stack, scroller, context=context)
        scroller.setWidget(view)
        self.view = view
        window.pages.set_page(Page.CALLS, scroller, focus=view.table)
        view.dueCountChanged.connect(self._show_due_count)
        self.actions = create_calls_actions(window, window.menu("calls"), view)
        self._show_due_count(view.due_count())
        self._enable_plan_actions()
        self._show_page_at_start(session)

    def may_close(self) -> bool:
        """A wizard or a log still open keeps its own unsaved work (it asks when closed)."""
        return True

    def current_plan_id(self) -> int | None:
        """The plan selected in the Calls view while it is shown (printing's cheat sheet)."""
        if self.view is None or self.window.pages.current() is not Page.CALLS:
            return None
        return self.view.selected_plan_id()

    def _show_page_at_start(self, session: Session) -> None:
        """The remembered page; the Calls view once a day when follow-ups are due."""
        pages = self.window.pages
        page = pages.saved_page()
        today = date.today().isoformat()
        due = self.view is not None and self.view.due_count() > 0
        if due and session.settings.value(DUE_SHOWN_KEY, "") != today:
            session.settings.setValue(DUE_SHOWN_KEY, today)
            page = Page.CALLS
        pages.show_page(page)

    def _show_due_count(self, count: int) -> None:
        from einwandfrei.ui.calls.plan_wording import due_text

        self.follow_ups.setText(due_text(count))
        self.follow_ups.setVisible(count > 0)

    def _enable_plan_actions(self) -> None:
        # Logging, carrying forward and deleting act on the plan selected in the Calls view:
        # only while it is in sight.
        actions = self.actions
        if actions is None:
            return
        on_calls = self.window.pages.current() is Page.CALLS
        for action in (actions.log_call, actions.prepare_next, actions.delete_plan):
            action.setEnabled(on_calls)
