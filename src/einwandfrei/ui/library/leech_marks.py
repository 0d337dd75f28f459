"""The mark of an objection whose answers keep slipping in drills (a "leech"): a small red badge
with an exclamation mark, drawn once, readable on light and dark lists."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

LEECH_COLOUR = "#c0392b"  # the practice charts' colour for leeches
_SIZE = 14


@cache
def leech_icon() -> QIcon:
    """The badge, at one and two times the screen's pixel density."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(_SIZE * scale, _SIZE * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(LEECH_COLOUR))
        painter.drawEllipse(QRectF(1, 1, _SIZE - 2, _SIZE - 2))
        font = QFont()
        font.setPixelSize(_SIZE - 4)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, _SIZE, _SIZE), int(Qt.AlignmentFlag.AlignCenter), "!")
        painter.end()
        icon.addPixmap(pixmap)
    return icon
