"""File ▸ Team Library…: link this library to a team, see where it stands, read the changelog and
one's own suggestions; editors also publish and decide suggestions.

What reaches the server runs in the background (`TeamFeature.run`); the dialog stays usable and
says what it is doing in one line at the bottom. Only an editor's dialog has the Publish and
Suggestions to Decide tabs (the server's answer decides, not a setting here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from einwandfrei.ui.error_text import error_text, message_text
from einwandfrei.ui.team.decide_panel import DecidePanel
from einwandfrei.ui.team.link_pages import LinkPages
from einwandfrei.ui.team.publish_panel import PublishPanel
from einwandfrei.ui.team.wording import moment_text, privacy_note, status_lines

if TYPE_CHECKING:
    from einwandfrei.team.overview import ServerOverview
    from einwandfrei.team.publish import PublishReport
    from einwandfrei.team.sync import SyncResult
    from einwandfrei.ui.team.team_feature import TeamFeature


class TeamDialog(QDialog):
    """The team library: link, status, changelog, own suggestions; publishing and deciding for
    editors."""

    def __init__(self, feature: TeamFeature) -> None:
        super().__init__(feature.window)
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team Library"))
        self.feature = feature
        self._working = False

        privacy = QLabel(privacy_note(), self)
        privacy.setObjectName("teamPrivacy")
        privacy.setWordWrap(True)
        privacy.setFrameShape(QFrame.Shape.StyledPanel)
        privacy.setMargin(8)

        self.link_pages = LinkPages(self)
        pages = self.link_pages
        self.url, self.connect_button = pages.url, pages.connect_button
        self.link_text, self.pull_button = pages.link_text, pages.pull_button
        self.disconnect_button = pages.disconnect_button
        self.url.returnPressed.connect(self._connect)
        self.connect_button.clicked.connect(self._connect)
        self.pull_button.clicked.connect(self._pull)
        self.disconnect_button.clicked.connect(self._disconnect)
        self.status_text = QLabel(self)
        self.status_text.setObjectName("teamStatus")
        self.status_text.setWordWrap(True)
        self.status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("teamTabs")
        self.changelog = self._tree(
            "teamChangelog",
            self.tr("What changed on the team"),
            [self.tr("Revision"), self.tr("When"), self.tr("By"), self.tr("Message")],
        )
        self.own = self._tree(
            "teamOwnSuggestions",
            self.tr("Your suggestions"),
            [self.tr("Objection"), self.tr("Your reason"), self.tr("Outcome")],
        )
        # Tabs for editors only (`_set_rights_tabs`); hidden until then.
        self.publish_panel = PublishPanel(self)
        self.publish_panel.hide()
        self.publish_panel.publishRequested.connect(self._publish)
        self.decide_panel = DecidePanel(self)
        self.decide_panel.hide()
        self.decide_panel.approveRequested.connect(self._approve)
        self.decide_panel.rejectRequested.connect(self._reject)
        self.tabs.addTab(self.changelog, self.tr("&Changelog"))
        self.tabs.addTab(self.own, self.tr("&Your Suggestions"))

        self.message = QLabel(self)
        self.message.setObjectName("teamMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("teamButtons")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(privacy)
        layout.addWidget(self.link_pages)
        layout.addWidget(self.status_text)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 620)

        feature.statusChanged.connect(self.refresh)
        feature.pulled.connect(self._pulled)
        feature.failed.connect(self._say)
        feature.jobs.busyChanged.connect(self._busy_changed)
        self.reopen()

    def reopen(self) -> None:
        """Read everything again and ask the server for the rights (the dialog opens again)."""
        self._say("")
        self.refresh()
        self._set_rights_tabs()
        if self.feature.linked():
            self._ask_server()

    # Building --------------------------------------------------------------------------------

    def _tree(self, name: str, accessible: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setAccessibleName(accessible)
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels(headers)
        tree.setUniformRowHeights(True)
        tree.setWordWrap(False)
        return tree

    # What is shown ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the link, the status, the changelog and one's suggestions as the library has
        them (works offline)."""
        from einwandfrei.team.history import changelog, own_suggestions

        feature = self.feature
        status = feature.status
        linked = status is not None and status.link is not None
        self.link_pages.show_linked(linked)
        if status is not None and status.link is not None:
            link = status.link
            rights = feature.rights
            if rights is None:
                text = self.tr("Linked to the team library on %1.").replace("%1", link.url.where)
            else:
                role = self.tr("an editor") if rights.editor else self.tr("a member")
                text = (
                    self.tr("Linked to the team library on %1 as %2 (%3).")
                    .replace("%1", link.url.where)
                    .replace("%2", rights.user)
                    .replace("%3", role)
                )
            self.link_text.setText(text)
        self.status_text.setText("\n".join(status_lines(status)) if status is not None else "")
        self.status_text.setVisible(linked)
        library = feature.library
        self.changelog.clear()
        for revision in changelog(library):
            item = QTreeWidgetItem(
                [
                    str(revision.number),
                    moment_text(revision.created_at),
                    revision.author,
                    revision.message or self.tr("(no message)"),
                ]
            )
            if revision.new:
                font = item.font(0)
                font.setBold(True)
                for column in range(4):
                    item.setFont(column, font)
                item.setToolTip(0, self.tr("New with the last pull"))
            self.changelog.addTopLevelItem(item)
        self.own.clear()
        for suggestion in own_suggestions(library):
            item = QTreeWidgetItem([suggestion.text, suggestion.reason, self._outcome(suggestion)])
            for column in range(3):
                item.setToolTip(column, item.text(column))
            self.own.addTopLevelItem(item)
        for tree, widest in ((self.changelog, (80, 160)), (self.own, (240, 200))):
            for column, most in enumerate(widest):
                tree.resizeColumnToContents(column)
                tree.setColumnWidth(column, min(tree.columnWidth(column), most))
        self._enable()

    def _outcome(self, suggestion: Any) -> str:
        if not suggestion.sent:
            return self.tr("Waiting to be sent")
        if suggestion.status == "approved":
            return self.tr("Approved by %1").replace("%1", suggestion.decided_by)
        if suggestion.status == "rejected":
            return (
                self.tr("Rejected by %1: %2")
                .replace("%1", suggestion.decided_by)
                .replace("%2", suggestion.decision_reason)
            )
        return self.tr("Waiting for an editor")

    def _set_rights_tabs(self) -> None:
        """Publish and decide only for an editor (as the server said)."""
        rights = self.feature.rights
        editor = rights is not None and rights.editor and self.feature.linked()
        present = self.tabs.indexOf(self.publish_panel) >= 0
        if editor and not present:
            self._fill_categories()
            self.tabs.addTab(self.publish_panel, self.tr("P&ublish"))
            self.tabs.addTab(self.decide_panel, self.tr("Suggestions to &Decide"))
        elif not editor and present:
            self.tabs.removeTab(self.tabs.indexOf(self.decide_panel))
            self.tabs.removeTab(self.tabs.indexOf(self.publish_panel))

    def _fill_categories(self) -> None:
        from einwandfrei.store.library.listing import list_categories

        with self.feature.library.read() as connection:
            names = [entry.name for entry in list_categories(connection)]
        self.publish_panel.set_categories(names)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _busy_changed(self, busy: bool) -> None:
        self._working = busy
        self._enable()

    def _enable(self) -> None:
        idle = not self._working
        for widget in (
            self.connect_button,
            self.pull_button,
            self.disconnect_button,
            self.publish_panel.publish,
        ):
            widget.setEnabled(idle)
        self.decide_panel.setEnabled(idle)

    # Work with the server --------------------------------------------------------------------

    def _run(self, working: str, work: Any, done: Any, *, name: str = "") -> None:
        self._say(working)

        def failed(error: BaseException) -> None:
            self.feature.refresh()
            self._say(error_text(error))

        self.feature.run(work, done, failed, name=name)

    def _ask_server(self) -> None:
        from einwandfrei.team.overview import server_overview

        def done(overview: ServerOverview) -> None:
            self.feature.rights = overview.rights
            self.decide_panel.set_queue(overview.queue)
            self._set_rights_tabs()
            self.refresh()
            if self.message.text() == asking:
                self._say("")

        asking = self.tr("Asking the team server…")
        self._run(asking, server_overview, done, name="overview")

    def _connect(self) -> None:
        from einwandfrei.team.errors import TeamError
        from einwandfrei.team.setup import connect
        from einwandfrei.team.urls import parse, password_left_out

        try:
            url = parse(self.url.text())
        except TeamError as error:
            self._say(error_text(error))
            return
        note = message_text(password_left_out()) if url.had_password else ""

        def done(rights: Any) -> None:
            self.feature.rights = rights
            self.feature.refresh()
            self._set_rights_tabs()
            self._say(" ".join(part for part in (note, self.tr("Linked; pulling…")) if part))
            self.feature.pull_in_background()

        self._run(
            self.tr("Connecting to %1…").replace("%1", url.where),
            lambda library: connect(library, url),
            done,
            name="connect",
        )

    def _pull(self) -> None:
        self._say(self.tr("Pulling…"))
        self.feature.pull_in_background()

    def _pulled(self, result: SyncResult) -> None:
        report = result.report
        if report.revision_after == report.revision_before:
            text = self.tr("Up to date (team revision %1).").replace(
                "%1", str(report.revision_after)
            )
        else:
            text = (
                self.tr("Pulled team revisions up to %1: %2 new, %3 changed, %4 removed.")
                .replace("%1", str(report.revision_after))
                .replace("%2", str(len(report.added)))
                .replace("%3", str(len(report.updated)))
                .replace("%4", str(len(report.removed)))
            )
        if report.conflicts:
            text += " " + self.tr(
                "%1 objections you changed have a newer team version beside yours."
            ).replace("%1", str(len(report.conflicts)))
        self._say(text)
        if self.feature.rights is not None and self.feature.rights.editor:
            self._ask_server()

    def _disconnect(self) -> None:
        from einwandfrei.team.errors import TeamError
        from einwandfrei.team.setup import disconnect

        window = self.feature.window
        if not window.prompts.confirm(
            self,
            self.tr("Disconnect from the Team"),
            self.tr(
                "Unlink this library from the team? Every team objection stays here as your "
                "own; suggestions and answer counts not yet sent are dropped."
            ),
            self.tr("Disconnect"),
        ):
            return
        try:
            kept = disconnect(self.feature.library)
        except TeamError as error:
            self._say(error_text(error))
            return
        self.feature.rights = None
        self.feature.refresh()
        self._set_rights_tabs()
        self._say(
            self.tr("Disconnected; the %1 team items stay as your own.").replace("%1", str(kept))
        )

    def _publish(self, categories: list[str] | None, message: str) -> None:
        from einwandfrei.team.publish import publish

        if categories == []:
            self._say(self.tr("Choose the categories to publish, or publish everything."))
            return

        def done(report: PublishReport) -> None:
            self.feature.refresh()
            if report.revision is None:
                self._say(
                    self.tr("Nothing to publish: the chosen items are the same as the team's.")
                )
                return
            self.publish_panel.message.clear()
            self._say(
                self.tr("Published revision %1: %2 new, %3 changed, %4 deleted.")
                .replace("%1", str(report.revision))
                .replace("%2", str(report.added))
                .replace("%3", str(report.changed))
                .replace("%4", str(report.deleted))
            )

        self._run(
            self.tr("Publishing…"),
            lambda library: publish(library, categories=categories, message=message),
            done,
            name="publish",
        )

    def _approve(self, number: int) -> None:
        from einwandfrei.team.suggestions import approve

        def done(revision: int) -> None:
            self._say(
                self.tr("Suggestion %1 approved: team revision %2.")
                .replace("%1", str(number))
                .replace("%2", str(revision))
            )
            self.feature.pull_in_background()  # brings the new revision here too

        self._run(
            self.tr("Approving…"), lambda library: approve(library, number), done, name="decide"
        )

    def _reject(self, number: int, reason: str) -> None:
        from einwandfrei.team.suggestions import reject

        def done(_result: object) -> None:
            self.decide_panel.reason.clear()
            self._say(self.tr("Suggestion %1 rejected.").replace("%1", str(number)))
            self._ask_server()

        self._run(
            self.tr("Rejecting…"),
            lambda library: reject(library, number, reason),
            done,
            name="decide",
        )
