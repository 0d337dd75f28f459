"""The team playbook wired into the library window.

- File ▸ Team Library… opens the team dialog (`dialog.TeamDialog`).
- A pull in the background once the library is open and every few minutes after (`jobs`: off the
  window's thread; the engine sends what waits first). What it changed goes on the window's change
  bus as one `Change`, so every view follows.
- The status bar says since when the team server is unreachable; the list shows the team's column
  (its "Team" mark and success rate) while the library has a team; the editor's team bar
  (`editor_bar.TeamBar`) shows where the objection stands and offers Suggest to Team… and, for a
  conflict, Compare Versions….

Nothing here loads psycopg: the engine does, in the background, once it reaches the server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from einwandfrei.planning.changes import Change
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.team.jobs import TeamJobs
from einwandfrei.ui.team.wording import offline_text
from einwandfrei.ui.widgets.secondary_text import SecondaryLabel

if TYPE_CHECKING:
    from pathlib import Path

    from einwandfrei.store.db.connection import Library
    from einwandfrei.team.roles import Rights
    from einwandfrei.team.status import TeamStatus
    from einwandfrei.team.sync import SyncResult
    from einwandfrei.ui.change_bus import ChangeBus
    from einwandfrei.ui.session import Session
    from einwandfrei.ui.shell.main_window import MainWindow
    from einwandfrei.ui.team.dialog import TeamDialog
    from einwandfrei.ui.team.editor_bar import TeamBar

PULL_INTERVAL_MS = 5 * 60 * 1000
MESSAGE_MS = 8000


class TeamFeature(QObject):
    """The team link of one window: its dialog, background pulls, marks and the editor's bar."""

    statusChanged = Signal()
    """The link, the last pull or what waits to go out may differ (the dialog reads again)."""
    pulled = Signal(object)  # SyncResult
    failed = Signal(str)
    """A background pull could not be done; the sentence says why."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("teamFeature")
        self.session: Session | None = None
        self.rights: Rights | None = None
        """The user's rights as the server last told them (None: not asked yet)."""
        self.last_sync: SyncResult | None = None
        self.status: TeamStatus | None = None
        self.dialog: TeamDialog | None = None
        self.bar: TeamBar | None = None
        self._closing = False  # the window is about to close: no new pull is timed

    # Feature ---------------------------------------------------------------------------------

    def install(self, window: MainWindow) -> None:
        """File ▸ Team Library… and the status bar's offline note (nothing of the engine loads)."""
        self.window = window
        self.setParent(window)
        self.jobs = TeamJobs(window, self._library_path)
        self.timer = QTimer(self)
        self.timer.setObjectName("teamPullTimer")
        self.timer.setInterval(PULL_INTERVAL_MS)
        self.timer.timeout.connect(self.pull_in_background)

        self.action = QAction(self.tr("&Team Library…"), window)
        self.action.setObjectName("actionTeamLibrary")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.action.setStatusTip(
            self.tr("Link this library to your team's playbook, pull, publish and suggest")
        )
        self.action.triggered.connect(self.open_dialog)
        window.add_to_menu("file", [self.action])

        self.offline = SecondaryLabel("", window)
        self.offline.setObjectName("teamOffline")
        self.offline.hide()
        window.statusBar().addPermanentWidget(self.offline)

    def attach(self, session: Session) -> None:
        """The editor's team bar, the list's team column; the first pull, in the background."""
        self.session = session
        self.bar = self._install_bar()
        session.bus.changed.connect(self._library_changed)
        self.refresh()
        self.pull_in_background()

    def may_close(self) -> bool:
        """A running pull ends first (the library closes with the window); what waits stays in
        the outbox for the next start."""
        self._closing = True
        self.timer.stop()
        self.jobs.wait()
        QTimer.singleShot(0, self, self._resume_if_open)  # the close may yet be called off
        return True

    def editor_bar(self) -> TeamBar:
        """The editor's team bar (the feature is attached)."""
        assert self.bar is not None
        return self.bar

    def _install_bar(self) -> TeamBar:
        from einwandfrei.ui.team.editor_bar import TeamBar

        editor = self.window.library_page.editor
        bar = TeamBar()
        editor.add_banner(bar)
        editor.shownChanged.connect(self.refresh_bar)
        bar.suggestRequested.connect(self.suggest_shown)
        bar.compareRequested.connect(self.compare_shown)
        return bar

    # State -----------------------------------------------------------------------------------

    @property
    def library(self) -> Library:
        """The open library (the feature is attached)."""
        assert self.session is not None
        return self.session.library

    def _library_path(self) -> Path | None:
        return None if self.session is None else self.session.library.path

    def library_bus(self) -> ChangeBus:
        """The window's one change bus."""
        assert self.session is not None
        return self.session.bus

    def linked(self) -> bool:
        """Whether the library is linked to a team."""
        return self.status is not None and self.status.link is not None

    def writable(self) -> bool:
        """Whether the library may change (not opened read-only): pulls and suggestions write."""
        return not self.library.read_only

    def refresh(self) -> None:
        """Read the link's state again: the status bar, the list's team column, the bar."""
        from einwandfrei.store.library.team_marks import has_team_items
        from einwandfrei.team.status import read_status

        self.status = read_status(self.library)
        with self.library.read() as connection:
            with_team = self.linked() or has_team_items(connection)
        page = self.window.library_page
        if page.browser.read_team_marks != with_team:
            page.browser.read_team_marks = with_team
            page.list_view.show_team_column(with_team)
        page.model.refresh_all()
        link = self.status.link
        if link is not None and link.offline_since is not None:
            self.offline.setText(offline_text(link.offline_since))
            self.offline.show()
        else:
            self.offline.hide()
        if self.linked() and self.writable() and not self._closing and not self.timer.isActive():
            self.timer.start()
        elif not self.linked():
            self.timer.stop()
            self.rights = None
        self.refresh_bar()
        self.statusChanged.emit()

    def refresh_bar(self) -> None:
        """Show the team standing of the objection in the editor."""
        from einwandfrei.team.item_state import objection_standing

        if self.bar is None:
            return
        editor = self.window.library_page.editor
        objection_id = editor.objection_id
        if objection_id is None or not self.linked() or editor.is_draft():
            self.bar.show_standing(None)
            return
        self.bar.show_standing(
            objection_standing(self.library, objection_id), actions=self.writable()
        )

    def _library_changed(self, change: Change) -> None:
        shown = self.window.library_page.editor.objection_id
        if change.everything:
            self.refresh()
        elif shown is not None and change.concerns_objection(shown):
            self.refresh_bar()

    # Pulling ---------------------------------------------------------------------------------

    def pull_in_background(self) -> None:
        """Send what waits and pull, off the window's thread (nothing when not linked, or when a
        pull is on its way already)."""
        from einwandfrei.team.sync import sync

        if self._closing or not self.linked() or not self.writable():
            return
        if self.jobs.is_queued("pull"):
            return
        self.jobs.run(sync, self._pulled, self._pull_failed, name="pull")

    def _pulled(self, result: SyncResult) -> None:
        self.last_sync = result
        report = result.report
        change = report.change()
        if change != Change():
            self.library_bus().publish(change.by(self))
        self.refresh()
        if report.changed_library:
            self.window.statusBar().showMessage(
                self.tr("Team library: %1 new, %2 changed, %3 removed (revision %4).")
                .replace("%1", str(len(report.added)))
                .replace("%2", str(len(report.updated)))
                .replace("%3", str(len(report.removed)))
                .replace("%4", str(report.revision_after)),
                MESSAGE_MS,
            )
        self.pulled.emit(result)

    def _pull_failed(self, error: BaseException) -> None:
        self.refresh()  # the engine noted since when the server is offline
        text = error_text(error)
        if not self.offline.isVisible():
            self.window.statusBar().showMessage(text, MESSAGE_MS)
        self.failed.emit(text)

    # Suggesting and settling -----------------------------------------------------------------

    def suggest_shown(self) -> None:
        """Ask for a reason and send the objection in the editor to the team's editors."""
        standing = None if self.bar is None else self.bar.standing
        objection_id = self.window.library_page.editor.objection_id
        if standing is None or objection_id is None or not standing.can_suggest:
            return
        from einwandfrei.team.item_state import Standing

        self.window.library_page.editor.flush()
        self.suggest(objection_id, new=standing.standing is Standing.PERSONAL)

    def suggest(self, objection_id: int, *, new: bool) -> None:
        """Ask for a reason, put the suggestion in the outbox and send it in the background."""
        from einwandfrei.team.errors import TeamError
        from einwandfrei.team.suggestions import suggest

        window = self.window
        reason = window.prompts.ask_text(
            window,
            self.tr("Suggest to the Team"),
            self.tr(
                "Why should the team's editors take it? They get this objection with its "
                "responses and your reason; nothing else leaves this computer."
            ),
        )
        if reason is None:
            return
        try:
            suggest(self.library, objection_id, reason, new=new)
        except TeamError as error:
            window.prompts.warn(window, self.tr("Not suggested"), error_text(error))
            return
        self.refresh()
        self.send_suggestions()

    def send_suggestions(self) -> None:
        """Send the outbox's suggestions now, in the background (they wait when offline)."""
        from einwandfrei.team.suggestions import send_now

        def sent(reached: bool) -> None:
            self.refresh()
            self.window.statusBar().showMessage(
                self.tr("Your suggestion went to the team's editors.")
                if reached
                else self.tr(
                    "The team library is offline: your suggestion waits and goes out with the "
                    "next pull."
                ),
                MESSAGE_MS,
            )

        def failed(error: BaseException) -> None:
            self.refresh()
            self.window.statusBar().showMessage(error_text(error), MESSAGE_MS)

        self.jobs.run(send_now, sent, failed, name="suggest")

    def compare_shown(self) -> None:
        """Show both versions of the conflicted objection in the editor."""
        from einwandfrei.team.errors import TeamError
        from einwandfrei.team.resolve import versions
        from einwandfrei.ui.team.conflict_dialog import ConflictDialog

        standing = None if self.bar is None else self.bar.standing
        if standing is None or not standing.uuid:
            return
        self.window.library_page.editor.flush()
        try:
            both = versions(self.library, standing.uuid)
        except TeamError as error:
            self.window.prompts.warn(self.window, self.tr("Nothing to compare"), error_text(error))
            self.refresh()
            return
        objection_id = self.window.library_page.editor.objection_id
        dialog = ConflictDialog(both, self.window)
        dialog.keepMine.connect(lambda: self.keep_mine(both.uuid))
        dialog.takeTeams.connect(lambda: self.take_teams(both.uuid))
        if objection_id is not None:
            dialog.suggestMine.connect(lambda: self.suggest(objection_id, new=False))
        self.window.prompts.show_dialog(dialog)

    def keep_mine(self, uuid: str) -> None:
        """Keep the rep's version of a conflicted item."""
        from einwandfrei.team.resolve import keep_mine

        keep_mine(self.library, uuid)
        self.refresh()
        self.window.statusBar().showMessage(
            self.tr("Your version stays; you can suggest it to the team at any time."), MESSAGE_MS
        )

    def take_teams(self, uuid: str) -> None:
        """Replace the rep's version of a conflicted item with the team's."""
        from einwandfrei.team.resolve import take_team

        change = take_team(self.library, uuid)
        self.library_bus().publish(change.by(self))
        self.refresh()

    # The dialog ------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        """Show File ▸ Team Library… (the one already open comes to the front)."""
        from einwandfrei.ui.team.dialog import TeamDialog

        if self.session is None:  # the library is not open yet
            return
        dialog = self.dialog
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return
        if dialog is None:
            dialog = self.dialog = TeamDialog(self)
        else:
            dialog.reopen()
        self.window.prompts.show_dialog(dialog)

    def run(self, work: Any, on_done: Any, on_error: Any, *, name: str = "") -> None:
        """Run team work in the background (see `jobs.TeamJobs.run`)."""
        self.jobs.run(work, on_done, on_error, name=name)

    def _resume_if_open(self) -> None:
        if not self.window.isVisible():
            return
        self._closing = False
        if self.linked() and self.writable():
            self.timer.start()
