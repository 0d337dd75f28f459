"""Both versions of an objection the rep and the team each changed, side by side, with the three
ways out: Keep Mine, Take the Team's, Suggest Mine."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.team.content import TeamObjection, TeamResponse, TeamText
from einwandfrei.ui.widgets.secondary_text import SecondaryLabel

if TYPE_CHECKING:
    from einwandfrei.team.content import Content
    from einwandfrei.team.resolve import Versions

_CHANGED_STYLE = "background-color: rgba(230, 160, 0, 0.18);"


class ConflictDialog(QDialog):
    """Your version and the team's; the choice is reported through the three signals."""

    keepMine = Signal()
    takeTeams = Signal()
    suggestMine = Signal()

    def __init__(self, versions: Versions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamConflictDialog")
        self.setWindowTitle(self.tr("Your Version and the Team's"))
        self.versions = versions
        intro = QLabel(
            self.tr(
                "You changed this objection, and the team changed it too (revision %1). "
                "Parts that differ are marked."
            ).replace("%1", str(versions.team_revision)),
            self,
        )
        intro.setWordWrap(True)
        self.mine = self._browser("mineVersion", self.tr("Your version"))
        self.team = self._browser("teamVersion", self.tr("The team's version"))
        self.mine.setHtml(self._render(versions.mine, versions.team))
        self.team.setHtml(self._render(versions.team, versions.mine))
        grid = QGridLayout()
        yours = self.tr("Yours")
        grid.addWidget(QLabel(f"<b>{html.escape(yours)}</b>", self), 0, 0)
        team_heading = self.tr("The team's (revision %1)").replace(
            "%1", str(versions.team_revision)
        )
        grid.addWidget(QLabel(f"<b>{html.escape(team_heading)}</b>", self), 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.team, 1, 1)

        self.keep_button = QPushButton(self.tr("Keep Mine"), self)
        self.keep_button.setObjectName("keepMine")
        self.keep_button.setToolTip(self.tr("Keep your version here; the team's stays on the team"))
        self.take_button = QPushButton(self.tr("Take the Team's"), self)
        self.take_button.setObjectName("takeTeams")
        self.take_button.setToolTip(self.tr("Replace your version with the team's"))
        self.suggest_button = QPushButton(self.tr("Suggest Mine…"), self)
        self.suggest_button.setObjectName("suggestMine")
        self.suggest_button.setToolTip(
            self.tr("Keep your version and send it to the team's editors, with a reason")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("conflictButtons")
        for button in (self.keep_button, self.take_button, self.suggest_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.keep_button.clicked.connect(lambda: self._chosen(self.keepMine))
        self.take_button.clicked.connect(lambda: self._chosen(self.takeTeams))
        self.suggest_button.clicked.connect(lambda: self._chosen(self.suggestMine))
        note = SecondaryLabel(
            self.tr("Whichever you choose, nothing is lost: the team's version stays on the team."),
            self,
        )
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setTabOrder(self.keep_button, self.take_button)
        self.setTabOrder(self.take_button, self.suggest_button)
        self.resize(860, 560)
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _browser(self, name: str, accessible: str) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setObjectName(name)
        browser.setAccessibleName(accessible)
        browser.setOpenLinks(False)
        return browser

    def _chosen(self, signal: SignalInstance) -> None:
        self.accept()  # closed first: what the choice starts may open another window
        signal.emit()

    def _response_html(self, response: TeamResponse, changed: bool) -> str:
        style = _CHANGED_STYLE if changed else ""
        parts = [html.escape(response.text)]
        if response.technique:
            parts.append(f"<i>{html.escape(response.technique)}</i>")
        if response.follow_up:
            follow = self.tr("Then ask: %1").replace("%1", response.follow_up)
            parts.append(html.escape(follow))
        return f"<li style='{style}'>{'<br>'.join(parts)}</li>"

    def _render(self, content: Content | None, other: Content | None) -> str:
        """`content` as HTML, parts that differ from `other` marked."""
        if content is None:
            deleted = self.tr("Deleted")
            return f"<p><i>{html.escape(deleted)}</i></p>"
        if isinstance(content, TeamText):
            other_text = other.text if isinstance(other, TeamText) else None
            return _paragraph(content.text, content.text != other_text, big=True)
        theirs = other if isinstance(other, TeamObjection) else TeamObjection("")
        details = [content.category or self.tr("No category"), ", ".join(content.tags)]
        theirs_details = [theirs.category or self.tr("No category"), ", ".join(theirs.tags)]
        parts = [
            _paragraph(content.text, content.text != theirs.text, big=True),
            _paragraph(
                " · ".join(part for part in details if part),
                details != theirs_details,
            ),
            _paragraph(
                content.concern, content.concern != theirs.concern, heading=self.tr("Behind it")
            ),
            _paragraph(
                "\n".join(content.probing_questions),
                content.probing_questions != theirs.probing_questions,
                heading=self.tr("Probe with"),
            ),
        ]
        their_responses = {response.uuid: response for response in theirs.responses}
        items = "".join(
            self._response_html(response, their_responses.get(response.uuid) != response)
            for response in content.responses
        )
        heading = self.tr("Responses")
        parts.append(f"<p><b>{html.escape(heading)}</b></p><ol>{items}</ol>")
        return "".join(parts)


def _paragraph(text: str, changed: bool, *, heading: str = "", big: bool = False) -> str:
    style = _CHANGED_STYLE if changed else ""
    body = html.escape(text).replace("\n", "<br>") or "—"
    if big:
        body = f"<span style='font-size: large; font-weight: 600'>{body}</span>"
    label = f"<b>{html.escape(heading)}</b><br>" if heading else ""
    return f"<p style='{style}'>{label}{body}</p>"
