"""Blocks: pieces of laid-out text that pages are composed of.

A block is laid out once, at its final width, on the output device itself (so measuring and
painting agree to the pixel). It knows its height and the y positions between its lines, where
it may be cut if — and only if — it is taller than a whole column.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTextOption,
)

from einwandfrei.printing.style import RULE_GREY, TypeScale, base_font, stylesheet

# Put `KEEP_MARK` at the start of the first answer: a block cut across columns keeps everything
# above and including that line together.
KEEP_ANCHOR = "keep"
KEEP_MARK = f'<a name="{KEEP_ANCHOR}"></a>'


class Block(Protocol):
    """Something with a height that can paint itself, whole or a slice between two line breaks."""

    @property
    def height(self) -> float:
        """The height in device pixels."""
        ...

    def break_points(self) -> list[float]:
        """The y positions (ascending, the last one the height) where the block may be cut."""
        ...

    def keep_height(self) -> float:
        """How much of its top must stay together when it is cut (an objection and its answer's
        first line)."""
        ...

    def paint(self, painter: QPainter, origin: QPointF, top: float, bottom: float) -> None:
        """Paint the part between `top` and `bottom` with its top-left corner at `origin`."""
        ...


class Canvas:
    """The output device and the type scale that blocks are laid out for."""

    def __init__(self, device: QPaintDevice, scale: TypeScale) -> None:
        self.device = device
        self.dpi = float(device.logicalDpiY())
        self.scale = scale
        self._stylesheet = stylesheet(scale, device)
        self._font = base_font(scale.body)
        self._option = QTextOption()
        self._option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def mm(self, millimetres: float) -> float:
        """Millimetres in device pixels."""
        return millimetres * self.dpi / 25.4

    def pt(self, points: float) -> float:
        """Points in device pixels."""
        return points * self.dpi / 72

    def inset(self, rect: QRectF, millimetres: float) -> QRectF:
        """The part of `rect` inside a margin of `millimetres` on every side."""
        margin = self.mm(millimetres)
        return rect.adjusted(margin, margin, -margin, -margin)

    def with_scale(self, scale: TypeScale) -> Canvas:
        """The same device with another type scale."""
        return Canvas(self.device, scale)

    def text(self, html: str, width: float) -> TextBlock:
        """A block of rich text (escape user text first!) laid out at `width` pixels."""
        # (QTextDocument.clone() would skip parsing the stylesheet again, but PySide ties the
        # clones' lifetime to the original's.)
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDocumentMargin(0)
        document.setDefaultFont(self._font)
        document.setDefaultTextOption(self._option)
        document.setDefaultStyleSheet(self._stylesheet)
        # The width first: set after the text, it would lay everything out a second time.
        document.setTextWidth(width)
        document.setHtml(html)
        return TextBlock(document)


class TextBlock:
    """One QTextDocument, laid out."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self._height = document.size().height()
        self._break_points: list[float] | None = None

    @property
    def height(self) -> float:
        """The height in device pixels."""
        return self._height

    @property
    def width(self) -> float:
        """The width it was laid out at."""
        return self.document.textWidth()

    def natural_width(self) -> float:
        """The width of its longest line (for right-aligning short text)."""
        return self.document.idealWidth()

    def break_points(self) -> list[float]:
        """The bottom of every line: cutting there never cuts through text."""
        if self._break_points is None:
            self._break_points = self._line_bottoms()
        return self._break_points

    def _line_bottoms(self) -> list[float]:
        points: list[float] = []
        block = self.document.begin()
        while block.isValid():
            layout = block.layout()
            top = layout.position().y()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                points.append(top + line.y() + line.height())
            block = block.next()
        points = sorted(set(points))
        if not points or points[-1] < self._height:
            points.append(self._height)
        return points

    def keep_height(self) -> float:
        """Down to the first line of the paragraph with the `KEEP_ANCHOR` (else the first line)."""
        block = self.document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                if KEEP_ANCHOR in fragments.fragment().charFormat().anchorNames():
                    layout = block.layout()
                    line = layout.lineAt(0)
                    return layout.position().y() + line.y() + line.height()
                fragments += 1
            block = block.next()
        return self.break_points()[0]

    def paint(self, painter: QPainter, origin: QPointF, top: float, bottom: float) -> None:
        """Paint the lines between `top` and `bottom` at `origin`, in black whatever the theme."""
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor(0, 0, 0))
        whole = top <= 0 and bottom >= self._height
        painter.save()
        painter.translate(origin.x(), origin.y() - top)
        if not whole:
            clip = QRectF(-self.width, top, 3 * self.width, bottom - top)
            painter.setClipRect(clip)
            context.clip = clip
        self.document.documentLayout().draw(painter, context)
        painter.restore()


class LabelledBlock:
    """A small label in a left column beside a text block ("GOAL  Pilot agreed for Q1")."""

    def __init__(self, label: TextBlock, body: TextBlock, body_offset: float) -> None:
        self.label = label
        self.body = body
        self.body_offset = body_offset
        # Both sit on the first line's baseline: the small label is nudged down to the body's.
        self.label_shift = max(0.0, _first_ascent(body) - _first_ascent(label))

    @property
    def height(self) -> float:
        """The taller of label and body."""
        return max(self.label.height + self.label_shift, self.body.height)

    def break_points(self) -> list[float]:
        """The body's line breaks (the label is one line at the top)."""
        first_allowed = self.label.height + self.label_shift
        points = [point for point in self.body.break_points() if point >= first_allowed]
        return points or [self.height]

    def keep_height(self) -> float:
        """The first line."""
        return self.break_points()[0]

    def paint(self, painter: QPainter, origin: QPointF, top: float, bottom: float) -> None:
        """Paint the label (on the part holding the first line) and the body."""
        if top <= 0:
            label_origin = QPointF(origin.x(), origin.y() + self.label_shift)
            self.label.paint(painter, label_origin, 0, self.label.height)
        body_origin = QPointF(origin.x() + self.body_offset, origin.y())
        self.body.paint(painter, body_origin, top, min(bottom, self.body.height))


def _first_ascent(block: TextBlock) -> float:
    first = block.document.begin()
    layout = first.layout()
    if layout is None or layout.lineCount() == 0:
        return 0.0
    return layout.position().y() + layout.lineAt(0).ascent()


class RowBlock:
    """Text blocks side by side on one line, with an optional dotted leader between the first two.

    `cells` are (x offset, block); blocks laid out right-aligned in their width end flush right.
    """

    def __init__(
        self,
        cells: list[tuple[float, TextBlock]],
        *,
        leader: tuple[float, float] | None = None,
        leader_width: float = 1.0,
    ) -> None:
        self.cells = cells
        self.leader = leader  # (start x, end x) of the dotted line, on the first line's baseline
        self.leader_width = leader_width
        self._height = max((block.height for _, block in cells), default=0.0)

    @property
    def height(self) -> float:
        """The tallest cell."""
        return self._height

    def break_points(self) -> list[float]:
        """A row is never cut."""
        return [self._height]

    def keep_height(self) -> float:
        """All of it."""
        return self._height

    def paint(self, painter: QPainter, origin: QPointF, top: float, bottom: float) -> None:
        """Paint every cell and the leader."""
        for offset, block in self.cells:
            block.paint(painter, QPointF(origin.x() + offset, origin.y()), 0, block.height)
        if self.leader is not None and self.cells:
            start, end = self.leader
            if end - start > 4 * self.leader_width:
                baseline = origin.y() + _first_ascent(self.cells[0][1])
                pen = QPen(QColor(RULE_GREY), self.leader_width)
                pen.setDashPattern([1.0, 2.5])
                painter.save()
                painter.setPen(pen)
                painter.drawLine(
                    QPointF(origin.x() + start, baseline), QPointF(origin.x() + end, baseline)
                )
                painter.restore()


class GridBlock:
    """Cells in rows and columns, filled row by row, each row as tall as its tallest cell, with an
    optional heading above; it may be cut between rows (the heading stays with the first row)."""

    def __init__(
        self,
        cells: list[TextBlock],
        *,
        columns: int,
        column_width: float,
        gap: float,
        row_gap: float,
        heading: TextBlock | None = None,
        heading_gap: float = 0.0,
    ) -> None:
        self.cells = cells
        self.columns = max(1, columns)
        self.column_width = column_width
        self.gap = gap
        self.heading = heading
        y = heading.height + heading_gap if heading is not None else 0.0
        # (top, bottom) of each row
        self.rows: list[tuple[float, float]] = []
        for start in range(0, len(cells), self.columns):
            row = cells[start : start + self.columns]
            height = max(cell.height for cell in row)
            top = y + (row_gap if self.rows else 0.0)
            self.rows.append((top, top + height))
            y = top + height
        self._height = y

    @property
    def height(self) -> float:
        """Heading and every row."""
        return self._height

    def break_points(self) -> list[float]:
        """The bottom of every row."""
        return [bottom for _, bottom in self.rows] or [self._height]

    def keep_height(self) -> float:
        """The heading and the first row."""
        return self.break_points()[0]

    def paint(self, painter: QPainter, origin: QPointF, top: float, bottom: float) -> None:
        """Paint the heading (on the part holding it) and the rows between `top` and `bottom`."""
        if self.heading is not None and top <= 0:
            self.heading.paint(painter, origin, 0, self.heading.height)
        for index, cell in enumerate(self.cells):
            row_top, row_bottom = self.rows[index // self.columns]
            if row_top < top - 0.5 or row_bottom > bottom + 0.5:
                continue
            x = origin.x() + (index % self.columns) * (self.column_width + self.gap)
            cell.paint(painter, QPointF(x, origin.y() + row_top - top), 0, cell.height)
