"""Search matches made visible: in the list (an item delegate) and in the editor's text fields.

Both use `store.folding.match_spans`, the same folding the search uses, so "hartnackig" marks
"hartnäckig" and "strasse" marks "Straße".
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from einwandfrei.planning.folding import fold, match_spans, search_terms

_MARK_ALPHA = 120


@lru_cache(maxsize=4096)
def cached_spans(text: str, query: str) -> tuple[tuple[int, int], ...]:
    """`match_spans`, remembered: a list repaints the same rows for the same search often."""
    terms = search_terms(query)
    folded = fold(text)
    if not any(term in folded for term in terms):
        return ()  # the common miss, without mapping every character
    return tuple(match_spans(text, query))


_MARKED_TEXT = "#1a1a1a"


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def mark_colour(palette: QPalette) -> QColor:
    """The background of a search match: amber, readable on light and dark backgrounds."""
    dark = _is_dark(palette)
    colour = QColor("#b38600") if dark else QColor("#ffd24d")
    colour.setAlpha(_MARK_ALPHA if dark else 200)
    return colour


def mark_format(palette: QPalette) -> QTextCharFormat:
    """How a match looks: marked and bold."""
    marked = QTextCharFormat()
    marked.setBackground(mark_colour(palette))
    marked.setFontWeight(QFont.Weight.Bold)
    if not _is_dark(palette):
        # Light amber needs dark letters, also in a selected row (whose text is white).
        marked.setForeground(QColor(_MARKED_TEXT))
    return marked


class MatchDelegate(QStyledItemDelegate):
    """Paints the objection's text with the words of the search marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = ""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        area.adjust(3, 0, -3, 0)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if item.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = item.fontMetrics
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        layout = QTextLayout(elided, item.font)
        marked = mark_format(item.palette)
        ranges = []
        visible = len(elided) - (1 if elided != text else 0)
        # Only the visible part is searched for marks: a long text costs no more than a short one.
        for start, end in cached_spans(text[:visible], self.query):
            piece = QTextLayout.FormatRange()
            piece.start, piece.length, piece.format = start, min(end, visible) - start, marked
            ranges.append(piece)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(area.width() + metrics.averageCharWidth() * 4)
        layout.endLayout()
        painter.save()
        painter.setPen(item.palette.color(group, role))
        top = area.top() + (area.height() - line.height()) / 2
        layout.draw(painter, QPointF(area.left(), top))
        painter.restore()


class MatchHighlighter(QSyntaxHighlighter):
    """Marks the words of the search in a text field of the editor."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._query = ""
        self._format = mark_format(palette)

    def set_query(self, query: str) -> None:
        """Mark the words of `query` (nothing for an empty query)."""
        if query != self._query:
            self._query = query
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if not self._query:
            return
        for start, end in cached_spans(text, self._query):
            self.setFormat(start, end - start, self._format)
