"""The call sheet's working parts: how to reach the customer, the open checklist as a grid of
boxes, ruled lines for notes during the call, and the minimum goal as the last thing to ask for.

    PHONE +41 44 123 45 67   EMAIL anna.keller@mueller.example          (under the title)
    STILL OPEN ON THE CHECKLIST
    ☐ CRM notes of the last call read      ☐ Reference customer ready   (a grid, row by row)
    NOTES DURING THE CALL
    ─────────────────────────────────────────────────────────────────   (the page's free space)
    ┌ BEFORE YOU HANG UP  At least: their OK to call back on 18 March ┐ (the foot of the last page)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from einwandfrei.printing.blocks import Canvas, GridBlock, LabelledBlock, TextBlock
from einwandfrei.printing.composer import Drawable, Frame
from einwandfrei.printing.style import BOX, RULE_GREY, escape

# A checklist column is at least this wide; an item may wrap onto two lines in it, not more.
CHECKLIST_COLUMN_MM = 58
CHECKLIST_MAX_LINES = 2
# Ruled lines for handwriting: this far apart, and only where at least this much room is left.
NOTE_LINE_PITCH_MM = 8
NOTES_MIN_MM = 30
BAND_PADDING_MM = 2.4


def contact_block(
    canvas: Canvas, phone: str, email: str, width: float, *, right: bool = False
) -> TextBlock | None:
    """ "PHONE +41 44 … EMAIL anna@…" (the number bold: it is dialled from the sheet), aligned
    left or `right` in `width`, or None when the customer has neither."""
    parts = []
    if phone.strip():
        label = QCoreApplication.translate("CallSheet", "PHONE")
        parts.append(f'<span class="label">{escape(label)}</span>\u00a0<b>{escape(phone)}</b>')
    if email.strip():
        label = QCoreApplication.translate("CallSheet", "EMAIL")
        parts.append(f'<span class="label">{escape(label)}</span>\u00a0{escape(email)}')
    if not parts:
        return None
    align = ' align="right"' if right else ""
    return canvas.text(f"<p{align}>" + "\u2003 ".join(parts) + "</p>", width)


def checklist_grid(canvas: Canvas, items: Sequence[str], width: float) -> GridBlock | None:
    """The checklist items still open as boxes in as many columns as keep each item short, under
    the heading "STILL OPEN ON THE CHECKLIST"; None when nothing is open."""
    if not items:
        return None
    gap = canvas.mm(6)
    columns = max(1, min(len(items), int((width + gap) // (canvas.mm(CHECKLIST_COLUMN_MM) + gap))))
    while True:
        column_width = (width - gap * (columns - 1)) / columns
        cells = [
            canvas.text(f'<p class="box">{BOX}\u00a0{escape(item)}</p>', column_width)
            for item in items
        ]
        if columns == 1 or all(len(cell.break_points()) <= CHECKLIST_MAX_LINES for cell in cells):
            break
        columns -= 1
    text = QCoreApplication.translate("CallSheet", "STILL OPEN ON THE CHECKLIST")
    heading = canvas.text(f'<p class="label">{escape(text)}</p>', width)
    return GridBlock(
        cells,
        columns=columns,
        column_width=column_width,
        gap=gap,
        row_gap=canvas.mm(1.2),
        heading=heading,
        heading_gap=canvas.mm(1),
    )


@dataclass(frozen=True, slots=True)
class _Fixed:
    """A block painted whole at a fixed place, outside the text flow (like the header)."""

    block: LabelledBlock
    origin: QPointF

    def paint(self, painter: QPainter) -> None:
        self.block.paint(painter, self.origin, 0, self.block.height)


@dataclass(frozen=True, slots=True)
class NotesArea:
    """A labelled area of ruled lines to write on during the call."""

    label: TextBlock
    rect: QRectF
    pitch: float
    rule: float

    def paint(self, painter: QPainter) -> None:
        """The label at the top, then a grey line every `pitch` down to the bottom."""
        self.label.paint(painter, self.rect.topLeft(), 0, self.label.height)
        painter.save()
        painter.setPen(QPen(QColor(RULE_GREY), self.rule))
        y = self.rect.top() + self.label.height + self.pitch
        while y <= self.rect.bottom() + 0.5:
            painter.drawLine(QLineF(self.rect.left(), y, self.rect.right(), y))
            y += self.pitch
        painter.restore()

    def line_count(self) -> int:
        """How many lines there are to write on."""
        room = self.rect.height() - self.label.height
        return max(0, int((room + 0.5) // self.pitch))


def notes_area(canvas: Canvas, rect: QRectF) -> NotesArea | None:
    """Ruled lines in `rect` under "NOTES DURING THE CALL", or None if `rect` is too low."""
    if rect.height() < canvas.mm(NOTES_MIN_MM):
        return None
    text = QCoreApplication.translate("CallSheet", "NOTES DURING THE CALL")
    label = canvas.text(f'<p class="label">{escape(text)}</p>', rect.width())
    return NotesArea(label, rect, canvas.mm(NOTE_LINE_PITCH_MM), canvas.pt(0.4))


class LastAsk:
    """The minimum goal once more, boxed at the foot of the last page: what to ask for before
    hanging up, whatever else the call brought."""

    def __init__(self, canvas: Canvas, minimum_goal: str, width: float) -> None:
        self.width = width
        self.padding = canvas.mm(BAND_PADDING_MM)
        self.rule = canvas.pt(0.9)
        inner = width - 2 * self.padding
        text = QCoreApplication.translate("CallSheet", "BEFORE YOU HANG UP")
        label = canvas.text(f'<p class="label">{escape(text)}</p>', inner)
        label_width = label.natural_width() + canvas.mm(2.5)
        wording = QCoreApplication.translate("CallSheet", "At least: %1")
        body = wording.replace("%1", f'<span class="goal">{escape(minimum_goal)}</span>')
        self.block = LabelledBlock(
            label, canvas.text(f"<p>{body}</p>", inner - label_width), label_width
        )
        self.height = self.block.height + 2 * self.padding

    def items(self, left: float, top: float) -> list[Drawable]:
        """The frame and the text with the frame's top-left corner at (`left`, `top`)."""
        frame = Frame(QRectF(left, top, self.width, self.height), self.rule)
        return [frame, _Fixed(self.block, QPointF(left + self.padding, top + self.padding))]


def last_ask(canvas: Canvas, minimum_goal: str, width: float) -> LastAsk | None:
    """The boxed minimum goal for the foot, or None without a minimum goal."""
    return LastAsk(canvas, minimum_goal, width) if minimum_goal.strip() else None
