"""The features around the library, installed into the main window: one desktop program.

`install_features(window)` is called right after the window is built (before its library opens):

- at once, cheaply (a few milliseconds, no SQLAlchemy): the Library/Calls page switch, the
  "follow-ups due" button and the close guard;
- once the library is open (`libraryOpened`; with `deferred`, in the next turn of the event loop,
  so the window paints and lists first): the Practice menu with quick-find and the "drills due"
  button, the Calls view and its menu, printing in the File menu, and the marks on objections
  whose answers keep failing in drills (leeches).

Tests reach the parts through `features_of(window)`; every dialog they open goes through the
window's one prompt service (`window.prompts`), which tests replace.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from einwandfrei.planning.changes import Change
from einwandfrei.ui.shell.page_switch import Page, PageSwitch

if TYPE_CHECKING:
    from einwandfrei.ui.calls.actions import CallsActions
    from einwandfrei.ui.calls.calls_view import CallsView
    from einwandfrei.ui.exchange.actions import ExchangeActions
    from einwandfrei.ui.practice import PracticeActions
    from einwandfrei.ui.printing import PrintActions
    from einwandfrei.ui.shell.main_window import MainWindow

DUE_SHOWN_KEY = "calls/dueShownOn"
MESSAGE_MS = 8000


class Features(QObject):
    """Calls, printing and practice, wired into one main window."""

    def __init__(self, window: MainWindow, *, deferred: bool = False) -> None:
        super().__init__(window)
        self.setObjectName("features")
        self.window = window
        self.deferred = deferred
        self.practice: PracticeActions | None = None
        self.calls_view: CallsView | None = None
        self.calls_actions: CallsActions | None = None
        self.printing: PrintActions | None = None
        self.exchange: ExchangeActions | None = None
        self.leeches: frozenset[int] = frozenset()

        self.pages = PageSwitch(window)
        self.pages.pageChanged.connect(lambda _page: self._enable_plan_actions())
        self.follow_ups = QToolButton(window)
        self.follow_ups.setObjectName("dueFollowUps")
        self.follow_ups.setAutoRaise(True)
        self.follow_ups.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.follow_ups.setToolTip(self.tr("Show the follow-ups due in the Calls view (Ctrl+2)"))
        self.follow_ups.clicked.connect(lambda: self.pages.show_page(Page.CALLS, focus=True))
        self.follow_ups.hide()
        window.add_status_widget(self.follow_ups)
        window.bus.changed.connect(self._library_changed)
        window.browser.currentChanged.connect(self._show_leech_note)
        window.installEventFilter(self)
        if window.editing is not None:
            self._install_library_parts()
        else:
            window.libraryOpened.connect(self._library_opened)

    # Once the library is open ----------------------------------------------------------------

    def _library_opened(self) -> None:
        if self.deferred:
            QTimer.singleShot(0, self, self._install_library_parts)
        else:
            self._install_library_parts()

    def _install_library_parts(self) -> None:
        window = self.window
        if window.library is None or self.calls_view is not None:
            return
        if self.deferred and not window.isVisible():
            return  # closed before it was its turn
        self._install_practice()
        self._install_calls()
        self._install_printing()
        self._install_exchange()
        self.refresh_leeches()
        self._show_page_at_start()

    def _install_practice(self) -> None:
        # Drills and quick-find load about 50 ms of modules: after the first paint, not before.
        from einwandfrei.ui.practice import install_practice

        self.practice = install_practice(self.window)  # counts the drills due at once

    def _install_calls(self) -> None:
        from einwandfrei.ui.calls.actions import create_calls_actions
        from einwandfrei.ui.calls.calls_context import CallsContext
        from einwandfrei.ui.calls.calls_view import CallsView

        window = self.window
        assert window.library is not None
        context = CallsContext(window.library, window.undo_stack, window.prompts, window.bus)
        view = CallsView(window.library, window.undo_stack, self.pages.stack, context=context)
        self.calls_view = view
        self.pages.set_calls_page(view)
        view.dueCountChanged.connect(self._show_due_count)
        if self.practice is not None:
            view.set_practise_handler(self.practice.practise_plan)
        self.calls_actions = create_calls_actions(window, window.menu("calls"), view)
        self._show_due_count(view.due_count())
        self._enable_plan_actions()

    def _install_exchange(self) -> None:
        """Calendar export and import, contacts import and the Anki deck: File and Calls."""
        from einwandfrei.ui.exchange.actions import ExchangeActions

        window = self.window
        exchange = ExchangeActions(window, lambda: window.library, window.bus, window.prompts)
        self.exchange = exchange
        file_menu = window.menu("file")
        entries = file_menu.actions()
        export = window.actions_.export_file
        if export in entries[:-1]:  # right after the library's own Export…
            file_menu.insertActions(entries[entries.index(export) + 1], exchange.file_actions)
        else:
            window.add_to_menu("file", exchange.file_actions)
        calls_menu = window.menu("calls")
        calls_menu.addSeparator()
        calls_menu.addActions(exchange.calls_actions)
        exchange.message.connect(lambda text: window.statusBar().showMessage(text, MESSAGE_MS))

    def _install_printing(self) -> None:
        from einwandfrei.ui.printing import create_print_actions
        from einwandfrei.ui.printing.options_dialog import Action, Contents

        window = self.window
        printing = create_print_actions(
            window,
            lambda: window.library,
            window.selected_objection_ids,
            self.current_plan_id,
            prompts=window.prompts,
        )
        self.printing = printing
        separator = QAction(window)
        separator.setSeparator(True)
        window.add_to_menu("file", [separator, *printing.actions])
        controller = printing.controller
        controller.message.connect(lambda text: window.statusBar().showMessage(text, MESSAGE_MS))
        if self.calls_view is not None:
            self.calls_view.set_print_handler(controller.print_plan)

        def print_what_is_shown() -> None:
            # Several objections selected in the library: print those; a plan in the Calls
            # view: its cheat sheet (through `current_plan_id`); else the whole library.
            several = len(window.selected_objection_ids()) > 1
            on_library = self.pages.current() is Page.LIBRARY
            contents = Contents.SELECTION if several and on_library else None
            controller.open_dialog(contents=contents, default_action=Action.PRINT)

        # Ctrl+P prints what is shown, in place of the controller's own "whole library" handler.
        printing.print_action.triggered.disconnect()
        printing.print_action.triggered.connect(lambda _checked=False: print_what_is_shown())

    def _show_page_at_start(self) -> None:
        """The remembered page; the Calls view once a day when follow-ups are due."""
        page = self.pages.saved_page()
        settings = self.window.settings.qsettings
        today = date.today().isoformat()
        due = self.calls_view is not None and self.calls_view.due_count() > 0
        if due and settings.value(DUE_SHOWN_KEY, "") != today:
            settings.setValue(DUE_SHOWN_KEY, today)
            page = Page.CALLS
        self.pages.show_page(page)

    # What the parts tell each other ----------------------------------------------------------

    def current_plan_id(self) -> int | None:
        """The plan selected in the Calls view while it is shown (printing's cheat sheet)."""
        if self.calls_view is None or self.pages.current() is not Page.CALLS:
            return None
        return self.calls_view.selected_plan_id()

    def _show_due_count(self, count: int) -> None:
        from einwandfrei.ui.calls.plan_wording import due_text

        self.follow_ups.setText(due_text(count))
        self.follow_ups.setVisible(count > 0)

    def _enable_plan_actions(self) -> None:
        # Logging, carrying forward and deleting act on the plan selected in the Calls view:
        # only while it is in sight.
        actions = self.calls_actions
        if actions is None:
            return
        on_calls = self.pages.current() is Page.CALLS
        for action in (actions.log_call, actions.prepare_next, actions.delete_plan):
            action.setEnabled(on_calls)

    def _library_changed(self, change: Change) -> None:
        if change.drills or change.everything:
            self.refresh_leeches()

    def refresh_leeches(self) -> None:
        """Mark the objections whose answers keep failing in drills (they want rewriting)."""
        from einwandfrei.store.practice.review_state import leech_objection_ids
        from einwandfrei.ui.library.leech_marks import leech_icon

        library = self.window.library
        if library is None:
            return
        with library.read() as connection:
            self.leeches = frozenset(leech_objection_ids(connection))
        self.window.model.set_marked(self.leeches, leech_icon(), self.leech_note())
        self._show_leech_note(self.window.browser.current_id())

    def leech_note(self) -> str:
        """What the mark of a leech says."""
        return self.tr(
            "This answer keeps slipping in your drills: rewrite it in your own words rather "
            "than drilling it harder."
        )

    def _show_leech_note(self, objection_id: int | None) -> None:
        # Below the editor while a leech is chosen, gone with the next objection.
        status = self.window.statusBar()
        if objection_id is not None and objection_id in self.leeches:
            status.showMessage(self.leech_note())
        elif status.currentMessage() == self.leech_note():
            status.clearMessage()

    # Closing ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            printing = self.printing
            if printing is not None and printing.controller.busy:
                # The job reads the library and paints into the printer: it ends (or is
                # cancelled in its progress window) before the library closes.
                event.ignore()
                self.window.statusBar().showMessage(
                    self.tr("Please wait until printing ends, or cancel it."), MESSAGE_MS
                )
                return True
        return super().eventFilter(watched, event)


def install_features(window: MainWindow, *, deferred: bool = False) -> Features:
    """Wire calls, printing and practice into `window` (call it before its library opens)."""
    return Features(window, deferred=deferred)


def features_of(window: MainWindow) -> Features:
    """The features installed into `window`."""
    features = window.findChild(Features, "features")
    assert features is not None, "install_features(window) was not called"
    return features
