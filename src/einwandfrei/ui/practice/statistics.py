"""The practice statistics window (objectName `practiceStatistics`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from einwandfrei.drills.statistics import PracticeStatistics
from einwandfrei.ui.practice.charts import RetentionChart, ReviewsChart, WeakestChart
from einwandfrei.ui.practice.drill_page import _scaled_font
from einwandfrei.ui.practice.practice_wording import counted, objections_text, percent_text


class PracticeStatisticsDialog(QDialog):
    """Reviews per day, retention per week and the weakest objections, with a line of totals."""

    def __init__(self, statistics: PracticeStatistics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceStatistics")
        self.setWindowTitle(self.tr("Practice statistics"))
        self.totals = QLabel(self)
        self.totals.setObjectName("practiceTotals")
        self.totals.setWordWrap(True)
        self.reviews_chart = ReviewsChart(self)
        self.retention_chart = RetentionChart(self)
        self.weakest_chart = WeakestChart(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        for title, chart in (
            (self.tr("Drills per day (last 30 days)"), self.reviews_chart),
            (
                self.tr("Retention per week: answers recalled after a day or more"),
                self.retention_chart,
            ),
            (self.tr("Weakest objections"), self.weakest_chart),
        ):
            heading = QLabel(title, self)
            heading.setFont(_scaled_font(self, 1.05, bold=True))
            layout.addSpacing(8)
            layout.addWidget(heading)
            layout.addWidget(chart)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.show_statistics(statistics)
        self.resize(640, 720)

    def show_statistics(self, statistics: PracticeStatistics) -> None:
        """Draw `statistics`."""
        self.statistics = statistics
        parts = [
            counted(
                statistics.reviews,
                self.tr("1 drill in 30 days"),
                self.tr("%1 drills in 30 days"),
            ),
            self.tr("%1 drilled so far").replace(
                "%1", objections_text(statistics.drilled_objections)
            ),
        ]
        retention = statistics.retention
        if retention is not None:
            parts.append(
                self.tr("retention %1 over %2 recalls")
                .replace("%1", percent_text(retention))
                .replace("%2", str(statistics.recalls))
            )
        if statistics.leeches:
            parts.append(
                counted(
                    statistics.leeches,
                    self.tr("1 answer to rewrite"),
                    self.tr("%1 answers to rewrite"),
                )
            )
        self.totals.setText(" · ".join(parts))
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.reviews_chart.set_days(list(statistics.days))
        self.retention_chart.set_weeks(list(statistics.weeks), statistics.goal)
        self.weakest_chart.set_objections(list(statistics.weakest))
