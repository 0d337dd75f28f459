"""Three small charts drawn with QPainter: reviews per day, retention per week, weakest objections.

No chart library: bars, a few labels and a goal line are all these need. Colours come from the
palette, so the charts follow a dark theme too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from einwandfrei.drills.statistics import DayReviews, WeakObjection, WeekRetention
from einwandfrei.ui.practice.practice_wording import percent_text, quoted, translate

_LEFT = 52.0
_BOTTOM = 22.0
_TOP = 22.0
_LEECH_COLOUR = QColor("#c0392b")


def _short_date(day: date) -> str:
    return QLocale().toString(
        QDate(day.year, day.month, day.day),
        translate("PracticeCharts", "d MMM", "date under a chart"),
    )


class _Chart(QWidget):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 150)

    def sizeHint(self) -> QSize:
        return QSize(560, 170)

    def _muted(self) -> QColor:
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        colour.setAlphaF(0.55)
        return colour

    def _bar_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Highlight)

    def _empty(self, painter: QPainter, text: str) -> None:
        painter.setPen(self._muted())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)

    def _axis_label(self, painter: QPainter, centre: float, top: float, text: str) -> None:
        """A label under the x axis, centred on `centre` but kept inside the widget."""
        metrics = QFontMetrics(self.font())
        width = metrics.horizontalAdvance(text) + 2
        left = min(max(0.0, centre - width / 2), self.width() - width)
        painter.setPen(self._muted())
        painter.drawText(QRectF(left, top, width, _BOTTOM), Qt.AlignmentFlag.AlignLeft, text)

    def _plot(self) -> QRectF:
        return QRectF(_LEFT, _TOP, self.width() - _LEFT - 8, self.height() - _TOP - _BOTTOM)


class ReviewsChart(_Chart):
    """Drills per day, scheduled and cram stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("practiceReviewsChart", parent)
        self.days: list[DayReviews] = []

    def set_days(self, days: list[DayReviews]) -> None:
        """The days to draw, oldest first."""
        self.days = days
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not any(day.total for day in self.days):
            self._empty(painter, self.tr("No drills in this period yet."))
            return
        plot = self._plot()
        highest = max(day.total for day in self.days)
        painter.setPen(self._muted())
        metrics = QFontMetrics(self.font())
        for value in sorted({highest, (highest + 1) // 2, 0}):
            y = plot.bottom() - plot.height() * value / highest
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, _LEFT - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                QLocale().toString(value),
            )
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        slot = plot.width() / len(self.days)
        scheduled, cram = self._bar_colour(), QColor(self._bar_colour())
        cram.setAlphaF(0.4)
        for index, day in enumerate(self.days):
            x = plot.left() + index * slot + slot * 0.15
            width = max(1.0, slot * 0.7)
            for count, colour, below in (
                (day.scheduled, scheduled, 0),
                (day.cram, cram, day.scheduled),
            ):
                if count:
                    height = plot.height() * count / highest
                    bottom = plot.bottom() - plot.height() * below / highest
                    painter.fillRect(QRectF(x, bottom - height, width, height), colour)
            if index % 7 == (len(self.days) - 1) % 7:
                self._axis_label(painter, x + width / 2, plot.bottom() + 4, _short_date(day.day))
        self._legend(painter, [(scheduled, self.tr("Scheduled")), (cram, self.tr("Cram"))])

    def _legend(self, painter: QPainter, entries: list[tuple[QColor, str]]) -> None:
        metrics = QFontMetrics(self.font())
        x = float(self.width() - 8)
        for colour, label in reversed(entries):
            width = metrics.horizontalAdvance(label)
            x -= width
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(x, 2, width, metrics.height()), label)
            x -= 16
            painter.fillRect(QRectF(x, 2 + metrics.height() / 2 - 5, 10, 10), colour)
            x -= 14


class RetentionChart(_Chart):
    """The share of real recalls that succeeded, per week, against the desired retention."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("practiceRetentionChart", parent)
        self.weeks: list[WeekRetention] = []
        self.goal = 0.9

    def set_weeks(self, weeks: list[WeekRetention], goal: float | None = None) -> None:
        """The weeks to draw, oldest first, and the goal line (the library's desired retention)."""
        self.weeks = weeks
        if goal is not None:
            self.goal = goal
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not any(week.recalls for week in self.weeks):
            self._empty(
                painter,
                self.tr("Retention shows once you recall answers drilled on an earlier day."),
            )
            return
        plot = self._plot()
        metrics = QFontMetrics(self.font())
        painter.setPen(self._muted())
        for share in (0.0, 0.5, 1.0):
            y = plot.bottom() - plot.height() * share
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, _LEFT - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                percent_text(share),
            )
        slot = plot.width() / len(self.weeks)
        for index, week in enumerate(self.weeks):
            x = plot.left() + index * slot + slot * 0.2
            width = slot * 0.6
            rate = week.rate
            if rate is not None:
                height = plot.height() * rate
                painter.fillRect(
                    QRectF(x, plot.bottom() - height, width, height), self._bar_colour()
                )
                painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
                painter.drawText(
                    QRectF(
                        x - 20,
                        plot.bottom() - height - metrics.height() - 2,
                        width + 40,
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignHCenter,
                    percent_text(rate),
                )
            self._axis_label(
                painter, x + width / 2, plot.bottom() + 4, _short_date(week.week_start)
            )
        goal_y = plot.bottom() - plot.height() * self.goal
        pen = QPen(_LEECH_COLOUR, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(int(plot.left()), int(goal_y), int(plot.right()), int(goal_y))
        painter.drawText(
            QRectF(plot.left(), 2, plot.width(), metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            self.tr("Goal %1").replace("%1", percent_text(self.goal)),
        )


class WeakestChart(_Chart):
    """The objections whose answers fail most often, as horizontal bars."""

    ROW = 28

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("practiceWeakestChart", parent)
        self.objections: list[WeakObjection] = []

    def set_objections(self, objections: list[WeakObjection]) -> None:
        """The weakest objections, weakest first."""
        self.objections = objections
        self.updateGeometry()
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(360, max(60, self.ROW * len(self.objections) + 8))

    def sizeHint(self) -> QSize:
        return QSize(560, max(60, self.ROW * len(self.objections) + 8))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.objections:
            self._empty(painter, self.tr("No answer has failed twice yet."))
            return
        metrics = QFontMetrics(self.font())
        text_width = self.width() * 0.5
        bar_left = text_width + 12
        bar_space = self.width() - bar_left - 8
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for row, weak in enumerate(self.objections):
            top = 4 + row * self.ROW
            label = metrics.elidedText(
                quoted(weak.text), Qt.TextElideMode.ElideRight, int(text_width)
            )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, top, text_width, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            caption = (
                self.tr("%1 of %2 failed")
                .replace("%1", str(weak.failures))
                .replace("%2", str(weak.reviews))
            )
            if weak.leech:
                caption += " · " + self.tr("rewrite it")
            caption_width = metrics.horizontalAdvance(caption) + 8
            width = max(2.0, (bar_space - caption_width) * weak.failure_rate)
            colour = _LEECH_COLOUR if weak.leech else self._bar_colour()
            painter.fillRect(QRectF(bar_left, top + 7, width, self.ROW - 14), colour)
            painter.setPen(_LEECH_COLOUR if weak.leech else self._muted())
            painter.drawText(
                QRectF(bar_left + width + 6, top, caption_width, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                caption,
            )
