"""The marks of objections whose answers keep slipping in drills ("leeches"): a small red badge
with an exclamation mark, drawn once, readable on light and dark lists, and a note below the
editor while one of them is chosen."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QStatusBar

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library
    from einwandfrei.ui.library.library_page import LibraryPage

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


class LeechMarks(QObject):
    """Marks the objections whose answers keep failing in drills (they want rewriting), and says
    so below the editor while one of them is chosen."""

    def __init__(self, page: LibraryPage, status: QStatusBar) -> None:
        super().__init__(page)
        self.page = page
        self.status = status
        self.leeches: frozenset[int] = frozenset()
        page.browser.currentChanged.connect(self._show_note)

    def refresh(self, library: Library) -> None:
        """Read which objections are leeches and mark them."""
        from einwandfrei.store.practice.review_state import leech_objection_ids

        with library.read() as connection:
            self.leeches = frozenset(leech_objection_ids(connection))
        self.page.model.set_marked(self.leeches, leech_icon(), self.note())
        self._show_note(self.page.browser.current_id())

    def note(self) -> str:
        """What the mark of a leech says."""
        return self.tr(
            "This answer keeps slipping in your drills: rewrite it in your own words rather "
            "than drilling it harder."
        )

    def _show_note(self, objection_id: int | None) -> None:
        # Below the editor while a leech is chosen, gone with the next objection.
        if objection_id is not None and objection_id in self.leeches:
            self.status.showMessage(self.note())
        elif self.status.currentMessage() == self.note():
            self.status.clearMessage()
