"""The end of a session: what was drilled, what comes next, which answers want rewriting."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from einwandfrei.drills.session import SessionSummary
from einwandfrei.ui.practice.drill_page import GRADES, _scaled_font
from einwandfrei.ui.practice.practice_wording import (
    counted,
    day_text,
    duration_text,
    objections_text,
    quoted,
    rating_name,
)


class SummaryPage(QWidget):
    """Shown when a session is over, or when there was nothing to drill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceSummary")
        self.title = QLabel(self)
        self.title.setObjectName("practiceSummaryTitle")
        self.title.setFont(_scaled_font(self, 1.6, bold=True))
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setObjectName("practiceSummaryText")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setFont(_scaled_font(self, 1.1))

        self.undo_button = QPushButton(self.tr("&Take back the last grade"), self)
        self.undo_button.setObjectName("practiceUndo")
        self.statistics_button = QPushButton(self.tr("&Statistics…"), self)
        self.statistics_button.setObjectName("practiceShowStatistics")
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setObjectName("practiceClose")
        for button in (self.undo_button, self.statistics_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.statistics_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 12)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

    def show_summary(
        self,
        summary: SessionSummary,
        forecast: list[tuple[date, int]],
        leeches: list[str],
        today: date,
        *,
        can_undo: bool,
    ) -> None:
        """Fill the page for a session that ended (or never began: no reviews in `summary`)."""
        paragraphs: list[str] = []
        if summary.reviews:
            self.title.setText(self.tr("Well done — the session is complete."))
            paragraphs.append(
                self.tr("You drilled %1 in %2.")
                .replace("%1", objections_text(summary.drilled))
                .replace("%2", duration_text(summary.duration_ms))
            )
            paragraphs.append(
                " · ".join(
                    f"{rating_name(rating)} {summary.ratings[rating]}"
                    for rating in GRADES
                    if summary.ratings[rating]
                )
            )
        else:
            self.title.setText(self.tr("Nothing to drill right now."))
            paragraphs.append(
                self.tr(
                    "Every answer here is fresh. Choose a category, your favourites or an upcoming "
                    "call in the Practice menu to cram anyway — cramming leaves the schedule alone."
                )
            )
        paragraphs.append(self._next_drills(forecast, today))
        text = "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs)
        if leeches:
            text += "<p><b>{}</b></p><ul>{}</ul>".format(
                html.escape(
                    self.tr("You keep forgetting these answers — rewrite them in your own words:")
                ),
                "".join(f"<li>{html.escape(quoted(words))}</li>" for words in leeches),
            )
        self.body.setText(text)
        self.undo_button.setVisible(can_undo)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next_drills(self, forecast: list[tuple[date, int]], today: date) -> str:
        for day, count in forecast:
            if count:
                return (
                    self.tr("Next drills: %1 (%2).")
                    .replace("%1", day_text(day, today))
                    .replace("%2", str(count))
                )
        days = len(forecast)
        return counted(
            days,
            self.tr("No drills are scheduled for tomorrow."),
            self.tr("No drills are scheduled for the next %1 days."),
        )
