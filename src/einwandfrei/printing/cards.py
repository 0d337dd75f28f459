"""Pocket cards: one objection per card, its best response below, large enough to read at a glance.

On card-sized paper (A6, index cards) each page is one card; on A4 or Letter four cards share a
sheet with dashed cutting lines around them (on a last sheet with fewer cards, only the lines those
cards need). With back sides, every sheet of fronts is followed by a sheet of backs (probing
questions, what is behind it, the other responses), mirrored for printing on both sides along the
long edge. A card whose text is too long is set a little smaller; if it still does not fit, it
continues on a second card marked "continued" — text is never cut off.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QRectF
from PySide6.QtGui import QPagedPaintDevice

from einwandfrei.planning.library_content import ObjectionRecord, ResponseRecord
from einwandfrei.printing.blocks import KEEP_MARK, Canvas
from einwandfrei.printing.composer import (
    Caption,
    Drawable,
    Line,
    Page,
    Piece,
    Placed,
    pieces,
)
from einwandfrei.printing.pieces import marker, no_response_html
from einwandfrei.printing.render import Tracker
from einwandfrei.printing.style import (
    GREY,
    RULE_GREY,
    TypeScale,
    base_font,
    escape,
    quoted,
    technique,
)
from einwandfrei.store.library.print_selection import best_response, other_responses

SCALE = TypeScale(large=16, body=11, small=7.5)
FIT_FACTORS = (1.0, 0.9, 0.8, 0.7)
CARD_MARGIN_MM = 7
MULTI_UP_FROM_MM = 180  # paper at least this wide holds 2 × 2 cards
_EPSILON = 0.5  # device pixels: closer than this is the same place


@dataclass(frozen=True, slots=True)
class Face:
    """One side of one physical card: text pieces relative to the card's inner corner."""

    pieces: tuple[Piece, ...]
    continued: bool = False


class PocketCards:
    """A deck of pocket cards, optionally with back sides for double-sided printing."""

    def __init__(
        self,
        objections: Sequence[ObjectionRecord],
        *,
        backs: bool = False,
        preferred: Mapping[int, ResponseRecord] | None = None,
    ) -> None:
        """`preferred` maps objection ids to the response to put on the front (a call plan's
        choice); the others show their best response."""
        self.objections = tuple(objections)
        self.backs = backs
        self.preferred = dict(preferred or {})

    def front_response(self, objection: ObjectionRecord) -> ResponseRecord | None:
        """The preferred response if there is one, else the best by success rate and position."""
        chosen = self.preferred.get(objection.id) if objection.id is not None else None
        return chosen if chosen is not None else best_response(objection.responses)

    @property
    def title(self) -> str:
        """ "Pocket cards"."""
        return QCoreApplication.translate("PocketCards", "Pocket cards")

    def work(self) -> int:
        """One step per card."""
        return len(self.objections)

    def compose(self, device: QPagedPaintDevice, paper: QRectF, tracker: Tracker) -> list[Page]:
        """Sheets of fronts (and backs), in printing order."""
        canvas = Canvas(device, SCALE)
        slots = _slots(canvas, paper)
        inner = canvas.inset(slots[0], CARD_MARGIN_MM)
        fitter = _Fitter(canvas, inner.width(), inner.height())
        cards: list[tuple[Face, Face | None, int]] = []
        for number, objection in enumerate(self.objections, start=1):
            response = self.front_response(objection)
            fronts = fitter.faces(front_html(objection, response))
            backs = fitter.faces(back_html(objection, response)) if self.backs else []
            for index in range(max(len(fronts), len(backs))):
                front = fronts[index] if index < len(fronts) else Face(())
                back = (backs[index] if index < len(backs) else Face(())) if self.backs else None
                cards.append((front, back, number))
            tracker.advance()
        total = len(self.objections)
        pages: list[Page] = []
        for start in range(0, len(cards), len(slots)):
            sheet = cards[start : start + len(slots)]
            front_page = Page()
            if len(slots) > 1:
                front_page.items.extend(
                    _cutting_lines(canvas, cut_lines(slots[: len(sheet)], paper))
                )
            for (front, _back, number), slot in zip(sheet, slots, strict=False):
                front_page.items.extend(_face_items(canvas, front, slot, f"{number} / {total}"))
            pages.append(front_page)
            if self.backs:
                back_page = Page()
                for (_front, back, number), slot in zip(
                    sheet, _mirrored(slots, paper), strict=False
                ):
                    assert back is not None
                    back_page.items.extend(_face_items(canvas, back, slot, f"{number} / {total}"))
                pages.append(back_page)
        return pages


class _Fitter:
    """Sets a face in the largest size that fits, continuing on more cards if need be."""

    def __init__(self, canvas: Canvas, width: float, height: float) -> None:
        self.canvases = [canvas.with_scale(SCALE.scaled(factor)) for factor in FIT_FACTORS]
        self.width = width
        self.height = height
        # Room for the number line at the foot of every card.
        self.room = height - canvas.pt(SCALE.small * 2.2)

    def faces(self, html: str) -> list[Face]:
        for canvas in self.canvases:
            block = canvas.text(html, self.width)
            if block.height <= self.room:
                return [Face((Piece(block, 0.0, block.height),))]
        continued = self.canvases[-1].pt(SCALE.small * 2)
        parts = pieces(block, self.room - continued)
        return [Face((part,), continued=index > 0) for index, part in enumerate(parts)]


def front_html(objection: ObjectionRecord, response: ResponseRecord | None) -> str:
    """The front: category, the objection large, the response with technique and follow-up."""
    head = marker(objection) + f'<p class="objection-large">{quoted(objection.text)}</p>'
    if response is None:
        return head + f'<p class="gap"></p>{no_response_html()}'
    return head + _response(response, first=True)


def back_html(objection: ObjectionRecord, front: ResponseRecord | None) -> str:
    """The back: which objection, what is behind it, how to probe it, the other responses."""
    parts = [f'<p class="label">{quoted(objection.text)}</p>']
    if objection.concern.strip():
        parts.append(_section(QCoreApplication.translate("PocketCards", "BEHIND IT")))
        parts.append(f"<p>{KEEP_MARK}{escape(objection.concern)}</p>")
    if objection.probing_questions:
        parts.append(_section(QCoreApplication.translate("PocketCards", "PROBE")))
        parts.extend(
            f'<p class="bullet">?\u00a0{escape(question)}</p>'
            for question in objection.probing_questions
        )
    others = other_responses(objection.responses, front)
    if others:
        parts.append(_section(QCoreApplication.translate("PocketCards", "OTHER RESPONSES")))
        parts.extend(_response(response, first=False) for response in others)
    if len(parts) == 1:
        note = QCoreApplication.translate(
            "PocketCards", "No probing questions or other responses yet."
        )
        parts.append(f'<p class="gap"><span class="none">{escape(note)}</span></p>')
    return "".join(parts)


def _section(label: str) -> str:
    return f'<p class="label section gap">{escape(label)}</p>'


def _response(response: ResponseRecord, *, first: bool) -> str:
    label = (
        f'<p class="gap">{technique(response.technique)}</p>'
        if response.technique
        else '<p class="gap"></p>'
    )
    keep = KEEP_MARK if first else ""
    text = f'<p class="response">{keep}→\u00a0{escape(response.text)}</p>'
    follow_up = (
        f'<p class="follow-up">?\u00a0{escape(response.follow_up)}</p>'
        if response.follow_up.strip()
        else ""
    )
    return label + text + follow_up


def _slots(canvas: Canvas, paper: QRectF) -> list[QRectF]:
    """Where the cards sit on a sheet: the whole page, or a 2 × 2 grid."""
    if paper.width() < canvas.mm(MULTI_UP_FROM_MM):
        return [QRectF(paper)]
    width, height = paper.width() / 2, paper.height() / 2
    return [
        QRectF(paper.left() + column * width, paper.top() + row * height, width, height)
        for row in range(2)
        for column in range(2)
    ]


def _mirrored(slots: Sequence[QRectF], paper: QRectF) -> list[QRectF]:
    """The slots as seen from the back of the sheet (turned over along its long edge)."""
    return [
        QRectF(paper.right() - slot.right() + paper.left(), slot.top(), slot.width(), slot.height())
        for slot in slots
    ]


def _face_items(canvas: Canvas, face: Face, slot: QRectF, number: str) -> list[Drawable]:
    inner = canvas.inset(slot, CARD_MARGIN_MM)
    items: list[Drawable] = []
    y = inner.top()
    font = base_font(SCALE.small)
    line = canvas.pt(SCALE.small * 1.5)
    if face.continued:
        text = QCoreApplication.translate("PocketCards", "continued")
        items.append(Caption(text, QRectF(inner.left(), y, inner.width(), line), font, GREY))
        y += canvas.pt(SCALE.small * 2)
    for piece in face.pieces:
        items.append(Placed(piece, inner.left(), y))
        y += piece.height
    if face.pieces:
        foot = QRectF(inner.left(), inner.bottom() - line, inner.width(), line)
        items.append(Caption(number, foot, font, GREY, right_aligned=True))
    return items


def cut_lines(cards: Sequence[QRectF], paper: QRectF) -> list[QLineF]:
    """Where to cut the `cards` (the slots that hold one) out of the sheet.

    Every edge of a card that is not the paper's edge, each shared edge once and collinear edges
    joined: a full cross for four cards, only the lines around them for fewer — none around an
    empty slot.
    """
    vertical: dict[float, list[tuple[float, float]]] = {}
    horizontal: dict[float, list[tuple[float, float]]] = {}
    for card in cards:
        for x in (card.left(), card.right()):
            if paper.left() + _EPSILON < x < paper.right() - _EPSILON:
                vertical.setdefault(round(x, 3), []).append((card.top(), card.bottom()))
        for y in (card.top(), card.bottom()):
            if paper.top() + _EPSILON < y < paper.bottom() - _EPSILON:
                horizontal.setdefault(round(y, 3), []).append((card.left(), card.right()))
    lines = [
        QLineF(x, start, x, end)
        for x, spans in sorted(vertical.items())
        for start, end in _joined(spans)
    ]
    lines += [
        QLineF(start, y, end, y)
        for y, spans in sorted(horizontal.items())
        for start, end in _joined(spans)
    ]
    return lines


def _joined(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Overlapping or touching spans on one line as one."""
    joined: list[tuple[float, float]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1] + _EPSILON:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def _cutting_lines(canvas: Canvas, lines: Sequence[QLineF]) -> list[Drawable]:
    width = canvas.pt(0.4)
    return [Line(line, width, RULE_GREY, True) for line in lines]
