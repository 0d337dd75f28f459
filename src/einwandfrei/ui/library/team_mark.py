"""The small "Team" mark of team objections, in the list's team column and the editor's bar.

Outlined in the team's blue; filled in amber with "!" while the team's newer version waits
beside the rep's own (that one wants attention). Drawn at twice its size, sharp on dense screens,
in colours that keep 4.5:1 against light and dark palettes.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)

TEAM_COLOUR = "#2b62a8"  # 5.9:1 on white
TEAM_COLOUR_DARK = "#8ab4f0"  # on a dark palette's base
TEAM_PILL_HEIGHT = 16
TEAM_WAITING_COLOUR = "#9c5700"  # white on it: 5.3:1


def _dark_palette() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def team_pill_pixmap(label: str, waiting: bool) -> QPixmap:
    """The mark, "!" added while the team's newer version waits beside the rep's own."""
    return _team_pill(label, waiting, _dark_palette())


@cache
def _team_pill(label: str, waiting: bool, dark: bool) -> QPixmap:
    text = f"{label} !" if waiting else label
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
    font.setBold(waiting)
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(text) + 10
    height = min(metrics.height() + 1, TEAM_PILL_HEIGHT)
    scale = 2
    pixmap = QPixmap(width * scale, height * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    area = QRectF(0.5, 0.5, width - 1, height - 1)
    if waiting:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TEAM_WAITING_COLOUR))
        text_colour = QColor("#ffffff")
    else:
        text_colour = QColor(TEAM_COLOUR_DARK if dark else TEAM_COLOUR)
        painter.setPen(QPen(text_colour, 1))
        painter.setBrush(QColor(0, 0, 0, 0))
    painter.drawRoundedRect(area, height / 2, height / 2)
    painter.setFont(font)
    painter.setPen(text_colour)
    painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return pixmap


def team_pill(label: str, waiting: bool) -> QIcon:
    """`team_pill_pixmap` as an icon (the list's team column)."""
    return _team_pill_icon(label, waiting, _dark_palette())


@cache
def _team_pill_icon(label: str, waiting: bool, dark: bool) -> QIcon:
    return QIcon(_team_pill(label, waiting, dark))
