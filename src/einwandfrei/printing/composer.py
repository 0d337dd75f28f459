"""Composing blocks into pages: full-width runs, balanced columns, a foot; never cutting text.

Qt's own pagination of a QTextDocument cuts wherever a page ends. Here each block is placed
whole: a block that does not fit in what is left of a column moves on to the next column or page.
Only a block taller than an entire column is cut, and then only between two of its lines, starting
at the top of a fresh column (so an objection always stands with the start of its response).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from einwandfrei.printing.blocks import Block

_EPSILON = 0.5


class Drawable(Protocol):
    """Anything a page holds."""

    def paint(self, painter: QPainter) -> None:
        """Paint it in page coordinates (device pixels from the paper's top-left corner)."""
        ...


@dataclass(frozen=True, slots=True)
class Piece:
    """A block, or the part of it between two line breaks."""

    block: Block
    top: float
    bottom: float
    cut: bool = False  # part of a block that had to be cut: starts at the top of a column

    @property
    def height(self) -> float:
        """The height of this part."""
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Placed:
    """A piece at its place on the page."""

    piece: Piece
    x: float
    y: float

    def paint(self, painter: QPainter) -> None:
        """Paint the piece."""
        piece = self.piece
        piece.block.paint(painter, QPointF(self.x, self.y), piece.top, piece.bottom)

    @property
    def rect(self) -> QRectF:
        """Where the piece sits (its width is unknown to the piece; only the height counts)."""
        return QRectF(self.x, self.y, 0, self.piece.height)


@dataclass(frozen=True, slots=True)
class Line:
    """A rule: solid or dashed, in black or grey."""

    line: QLineF
    width: float
    colour: str = "#000000"
    dashed: bool = False

    def paint(self, painter: QPainter) -> None:
        """Paint the rule."""
        pen = QPen(QColor(self.colour), self.width)
        if self.dashed:
            pen.setDashPattern([6.0, 4.0])
        painter.save()
        painter.setPen(pen)
        painter.drawLine(self.line)
        painter.restore()


@dataclass(frozen=True, slots=True)
class Frame:
    """A rectangle outline."""

    rect: QRectF
    width: float

    def paint(self, painter: QPainter) -> None:
        """Paint the outline."""
        painter.save()
        painter.setPen(QPen(QColor("#000000"), self.width))
        painter.setBrush(QBrush())
        painter.drawRect(self.rect)
        painter.restore()


@dataclass(frozen=True, slots=True)
class Caption:
    """A single line of plain text drawn straight onto the page (footers: cheaper than a block)."""

    text: str
    rect: QRectF
    font: QFont
    colour: str
    right_aligned: bool = False

    def paint(self, painter: QPainter) -> None:
        """Draw the text on the bottom of its rectangle, left or right aligned."""
        metrics = QFontMetricsF(self.font, painter.device())
        x = self.rect.left()
        if self.right_aligned:
            x = self.rect.right() - metrics.horizontalAdvance(self.text)
        baseline = self.rect.bottom() - metrics.descent()
        painter.save()
        painter.setFont(self.font)
        painter.setPen(QColor(self.colour))
        painter.drawText(QPointF(x, baseline), self.text)
        painter.restore()


@dataclass
class Page:
    """What one page holds, in painting order."""

    items: list[Drawable] = field(default_factory=list)

    def paint(self, painter: QPainter) -> None:
        """Paint every item."""
        for item in self.items:
            item.paint(painter)

    def placed(self) -> list[Placed]:
        """The text pieces on this page (for tests)."""
        return [item for item in self.items if isinstance(item, Placed)]


def pieces(block: Block, limit: float) -> list[Piece]:
    """`block` whole if it is at most `limit` high, else cut between lines into parts that fit."""
    result: list[Piece] = []
    rest: Piece | None = Piece(block, 0.0, block.height)
    while rest is not None:
        head, rest = split(rest, limit, force=True)
        assert head is not None
        result.append(head)
    return result


def split(piece: Piece, space: float, *, force: bool = False) -> tuple[Piece | None, Piece | None]:
    """The largest top part of `piece` that fits in `space`, cut between two lines, and the rest.

    The first part of a block holds at least its `keep_height` (else there is no head). With
    `force`, a single line taller than `space` is cut anyway (no other way to print it).
    """
    if piece.height <= space + _EPSILON:
        return piece, None
    block = piece.block
    points = block.break_points()
    lowest = block.keep_height() if piece.top <= 0 else piece.top + _EPSILON
    index = bisect.bisect_right(points, piece.top + space + _EPSILON) - 1
    if index >= 0 and points[index] > piece.top + _EPSILON and points[index] >= lowest - _EPSILON:
        bottom = points[index]
    elif force:
        bottom = min(block.height, piece.top + space)
        fitting = [point for point in points if piece.top + _EPSILON < point <= bottom + _EPSILON]
        bottom = fitting[-1] if fitting else bottom
        if bottom <= piece.top + _EPSILON:  # no room at all (a header filling the page): one line
            later = [point for point in points if point > piece.top + _EPSILON]
            bottom = later[0] if later else piece.bottom
    else:
        return None, piece
    if bottom >= piece.bottom - _EPSILON:
        return piece, None
    return Piece(block, piece.top, bottom, cut=True), Piece(block, bottom, piece.bottom, cut=True)


def pack(units: Sequence[Piece], columns: int, capacity: float, spacing: float) -> list[int]:
    """Fill columns of height `capacity` in order; the column of each unit placed (maybe fewer)."""
    assignment: list[int] = []
    column, used = 0, 0.0
    for unit in units:
        needed = unit.height if used == 0 else used + spacing + unit.height
        if used > 0 and needed > capacity + _EPSILON:
            column, used = column + 1, 0.0
            needed = unit.height
        if column >= columns or needed > capacity + _EPSILON:
            break
        assignment.append(column)
        used = needed
    return assignment


def balanced_height(
    units: Sequence[Piece], columns: int, available: float, spacing: float
) -> float | None:
    """The lowest column height that holds all `units`, or None if even `available` does not."""
    if len(pack(units, columns, available, spacing)) < len(units):
        return None
    low = max(unit.height for unit in units)
    high = available
    if len(pack(units, columns, low, spacing)) == len(units):
        return low
    while high - low > 1.0:
        middle = (low + high) / 2
        if len(pack(units, columns, middle, spacing)) == len(units):
            high = middle
        else:
            low = middle
    return high


class Composer:
    """Places blocks on pages from top to bottom; `body(page_index)` is each page's text area."""

    def __init__(self, body: Callable[[int], QRectF]) -> None:
        self._body = body
        self.pages: list[Page] = []
        self.y = 0.0
        self.new_page()

    @property
    def page(self) -> Page:
        """The page being filled."""
        return self.pages[-1]

    @property
    def body(self) -> QRectF:
        """The text area of the page being filled."""
        return self._body(len(self.pages) - 1)

    def new_page(self) -> None:
        """Continue on a new page."""
        self.pages.append(Page())
        self.y = self.body.top()

    def at_top(self) -> bool:
        """Whether nothing is on the current page's text area yet."""
        return self.y <= self.body.top() + _EPSILON

    def column_width(self, columns: int, gap: float) -> float:
        """The width of one of `columns` columns with `gap` between them."""
        return (self.body.width() - gap * (columns - 1)) / columns

    def add(self, block: Block, *, space_before: float = 0.0, keep_with: float = 0.0) -> None:
        """Place `block` across the text area; `keep_with` is the height that must follow it."""
        before = 0.0 if self.at_top() else space_before
        if not self.at_top() and self.y + before + block.height + keep_with > self.body.bottom():
            self.new_page()
            before = 0.0
        for index, piece in enumerate(pieces(block, self.body.height())):
            if index:
                self.new_page()
            self.page.items.append(Placed(piece, self.body.left(), self.y + before))
            self.y += before + piece.height
            before = 0.0

    def add_at_foot(self, block: Block, *, space_before: float = 0.0) -> None:
        """Place `block` at the bottom of the text area (on a new page if it does not fit)."""
        if self.y + space_before + block.height > self.body.bottom() + _EPSILON:
            self.new_page()
            if block.height > self.body.height():
                self.add(block)
                return
        y = self.body.bottom() - block.height
        self.page.items.append(Placed(Piece(block, 0.0, block.height), self.body.left(), y))
        self.y = self.body.bottom()

    def add_columns(
        self,
        blocks: Sequence[Block],
        *,
        columns: int,
        gap: float,
        spacing: float,
        space_before: float = 0.0,
        on_page: Callable[[QRectF], None] | None = None,
    ) -> None:
        """Flow `blocks` (laid out at `column_width`) through columns, balanced on the last page.

        A block that does not fit in what is left of a column moves to the next column. Only a
        block taller than a whole column is cut — between lines, keeping its `keep_height`
        together. `on_page(rect)` is told the area the columns took on each page (for rules).
        """
        remaining = [Piece(block, 0.0, block.height) for block in blocks]
        top = self.y if self.at_top() else self.y + space_before
        width = self.column_width(columns, gap)
        while remaining:
            available = self.body.bottom() - top
            if all(unit.height <= available + _EPSILON for unit in remaining):
                height = balanced_height(remaining, columns, available, spacing)
                if height is not None:
                    assignment = pack(remaining, columns, height, spacing)
                    used = self._place(remaining, assignment, columns, width, gap, spacing, top)
                    self.y = top + used
                    if on_page is not None:
                        on_page(QRectF(self.body.left(), top, self.body.width(), used))
                    return
            used = self._fill(remaining, columns, width, gap, spacing, top, available)
            if used > 0 and on_page is not None:
                on_page(QRectF(self.body.left(), top, self.body.width(), used))
            if not remaining:  # the last ones fitted after all: what follows goes below them
                self.y = top + used
                return
            self.new_page()
            top = self.y

    def _fill(
        self,
        remaining: list[Piece],
        columns: int,
        width: float,
        gap: float,
        spacing: float,
        top: float,
        available: float,
    ) -> float:
        """Fill this page's columns from `remaining` (consumed in place); the height used."""
        tallest = 0.0
        full_column = top <= self.body.top() + _EPSILON
        for column in range(columns):
            used = 0.0
            x = self.body.left() + column * (width + gap)
            while remaining:
                unit = remaining[0]
                offset = used + spacing if used > 0 else 0.0
                space = available - offset
                head: Piece | None
                rest: Piece | None
                if unit.height <= space + _EPSILON:
                    head, rest = unit, None
                elif unit.cut or unit.block.height > self.body.height() + _EPSILON:
                    # Too tall for any column: cut here if its top part fits, else start afresh.
                    head, rest = split(unit, space, force=full_column and used == 0)
                else:
                    head, rest = None, unit  # fits a fresh column: never cut it
                if head is None:
                    break
                self.page.items.append(Placed(head, x, top + offset))
                used = offset + head.height
                tallest = max(tallest, used)
                if rest is not None:
                    remaining[0] = rest
                    break
                remaining.pop(0)
        return tallest

    def _place(
        self,
        units: Sequence[Piece],
        assignment: Sequence[int],
        columns: int,
        width: float,
        gap: float,
        spacing: float,
        top: float,
    ) -> float:
        used_height = 0.0
        y: list[float] = [0.0] * columns
        for unit, column in zip(units, assignment, strict=False):
            offset = y[column] + (spacing if y[column] > 0 else 0.0)
            x = self.body.left() + column * (width + gap)
            self.page.items.append(Placed(unit, x, top + offset))
            y[column] = offset + unit.height
            used_height = max(used_height, y[column])
        return used_height

    def add_item(self, item: Drawable) -> None:
        """Add a rule or frame to the current page."""
        self.page.items.append(item)
