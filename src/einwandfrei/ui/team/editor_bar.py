"""The editor's team bar: the "Team" mark, where the objection stands with the team, and the way
to send it to the editors (Suggest to Team…) or to settle a conflict (Compare Versions…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from einwandfrei.team.item_state import Standing
from einwandfrei.ui.library.team_mark import team_pill_pixmap
from einwandfrei.ui.widgets.secondary_text import SecondaryLabel

if TYPE_CHECKING:
    from einwandfrei.team.item_state import ObjectionStanding


class TeamBar(QFrame):
    """Shows one objection's team standing above its text; hidden when there is no team."""

    suggestRequested = Signal()
    compareRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamBar")
        self.setAccessibleName(self.tr("Team"))
        self.standing: ObjectionStanding | None = None
        self.mark = QLabel(self)
        self.mark.setObjectName("teamMark")
        self.mark.setAccessibleName(self.tr("Team objection"))
        self.note = SecondaryLabel("", self)
        self.note.setObjectName("teamNote")
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.suggest = QPushButton(self.tr("Suggest to Team…"), self)
        self.suggest.setObjectName("suggestToTeam")
        self.suggest.setToolTip(
            self.tr("Send this objection with its responses to the team's editors, with a reason")
        )
        self.suggest.clicked.connect(self.suggestRequested)
        self.compare = QPushButton(self.tr("Compare Versions…"), self)
        self.compare.setObjectName("compareWithTeam")
        self.compare.setToolTip(
            self.tr("See your version and the team's side by side, then keep one or suggest yours")
        )
        self.compare.clicked.connect(self.compareRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(8)
        layout.addWidget(self.mark)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.compare)
        layout.addWidget(self.suggest)
        self.hide()

    def show_standing(self, standing: ObjectionStanding | None, *, actions: bool = True) -> None:
        """Show where the objection stands (None or not linked: the bar hides); without
        `actions` (a library opened read-only) the buttons stay hidden."""
        self.standing = standing
        if standing is None or standing.standing is Standing.NOT_LINKED:
            self.hide()
            return
        kind = standing.standing
        is_team = kind is not Standing.PERSONAL
        if is_team:
            self.mark.setPixmap(team_pill_pixmap(self.tr("Team"), kind is Standing.CONFLICT))
        self.mark.setVisible(is_team)
        self.note.setText(self._sentence(standing))
        self.suggest.setVisible(actions and kind in (Standing.PERSONAL, Standing.CHANGED))
        self.compare.setVisible(actions and kind is Standing.CONFLICT)
        self.show()

    def _sentence(self, standing: ObjectionStanding) -> str:
        kind = standing.standing
        revision = str(standing.revision or 0)
        if kind is Standing.PERSONAL:
            sentence = self.tr("Your own objection; the team playbook does not have it.")
        elif kind is Standing.TEAM:
            sentence = self.tr("From the team playbook (revision %1).").replace("%1", revision)
        elif kind is Standing.CHANGED:
            sentence = self.tr(
                "You changed this team objection; the team's version is revision %1."
            ).replace("%1", revision)
        else:
            sentence = self.tr(
                "The team changed this objection too (revision %1) while you changed it here: "
                "compare both versions, then keep yours, take the team's or suggest yours."
            ).replace("%1", str(standing.waiting_revision or 0))
        rate = standing.team_rate
        if rate is not None and kind is not Standing.PERSONAL:
            sentence += " " + self.tr(
                "Across the team its responses worked in %1% of %2 uses."
            ).replace("%1", str(round(rate * 100))).replace("%2", str(standing.team_used))
        if standing.suggestion_pending:
            sentence += " " + self.tr("Your suggestion waits for an editor.")
        return sentence
