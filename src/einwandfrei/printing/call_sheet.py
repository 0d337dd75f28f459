"""The call cheat sheet: one page for one call, whenever it fits.

    ┌──────────────────────────────────────────────────────────────┐
    │ Call with Anna Keller                   Tue 3 Dec 2024, 10:00 │
    │ Müller AG · Head of Purchasing                               │
    │ Müller AG · Head of Purchasing  PHONE +41 44 … EMAIL anna@…   │
    │ ┌ GOAL  Pilot agreed for Q1 ──┬ MINIMUM  OK to call back ───┐ │
    │ REPEAT  • 30% less set-up time                                │
    │ OPENER  Is now a good moment, or shall I call at 14:00?       │
    │ ASK     1. …  2. …  3. …                                      │
    │ ─────────────────────────────────────────────────────────────│
    │ PRICE                          │ BRUSH-OFF                    │
    │ “Too expensive.”               │ “Send me an email.”          │
    │ → Compared to what? …          │ → Gladly — so that …         │
    │ ? What do you compare with?    │ ? …                          │
    │ STILL OPEN ON THE CHECKLIST                                   │
    │ ☐ CRM notes read          ☐ Reference ready    ☐ …            │
    │ NOTES DURING THE CALL                                         │
    │ ───────────────────────────────────────────────────────────── │
    │ ───────────────────────────────────────────────────────────── │
    │ ┌ BEFORE YOU HANG UP  At least: OK to call back on 18.12 ───┐ │
    │                                       Einwandfrei · page 1 of 1│
    └──────────────────────────────────────────────────────────────┘

The header (who, how to reach them, when, goal and minimum goal) repeats on every page. An
objection block holds the objection, its response and the follow-up question and is never split
across pages. The checklist lists only what is still open (items the plan covers itself are ticked
by it, see `planning.checklist_coverage`); the free space of the last page is ruled for notes, and
the minimum goal closes it as the last thing to ask for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeGuard

from PySide6.QtCore import QCoreApplication, QLineF, QLocale, QRectF
from PySide6.QtGui import QPagedPaintDevice

from einwandfrei.printing.blocks import Block, Canvas, GridBlock, LabelledBlock, TextBlock
from einwandfrei.printing.composer import Composer, Drawable, Frame, Line, Page, Piece, Placed
from einwandfrei.printing.pieces import (
    footer_items,
    format_when,
    objection_with_response,
)
from einwandfrei.printing.render import Tracker
from einwandfrei.printing.sheet_parts import (
    LastAsk,
    checklist_grid,
    contact_block,
    last_ask,
    notes_area,
)
from einwandfrei.printing.style import RULE_GREY, TypeScale, cut_for_print, escape
from einwandfrei.store.calls.printable_plan import PlanForPrinting

SCALE = TypeScale(large=13, body=8.5, small=7)
# Shrinking a sheet that spills a little onto another page, before letting it continue there.
FIT_FACTORS = (0.93, 0.86)
MARGIN_MM = 13
COLUMN_GAP_MM = 7
# A header taller than this share of the page (a goal pages long) is not repeated on every page.
MAX_HEADER_SHARE = 0.4


# The header stands in place on every page: a name, company or role longer than this is cut.
HEADER_TEXT_LIMIT = 120


class CallSheet:
    """The cheat sheet for one call plan."""

    def __init__(self, plan: PlanForPrinting, *, locale: QLocale | None = None) -> None:
        self.plan = plan
        self.locale = locale or QLocale()

    @property
    def title(self) -> str:
        """ "Call with <name>"."""
        return QCoreApplication.translate("CallSheet", "Call with %1").replace(
            "%1", self.plan.customer_name
        )

    def work(self) -> int:
        """One step per objection, plus the header and sections."""
        return len(self.plan.objections) + 4

    def compose(self, device: QPagedPaintDevice, paper: QRectF, tracker: Tracker) -> list[Page]:
        """The pages: one when it fits (shrinking the type a little if that saves the last page
        of a sheet that spills onto it only a little)."""
        pages = _Composition(self, Canvas(device, SCALE), paper, tracker).pages()
        if len(pages) >= 2 and _last_page_fill(pages) < 0.4:
            for factor in FIT_FACTORS:
                canvas = Canvas(device, SCALE.scaled(factor))
                smaller = _Composition(self, canvas, paper, Tracker(None, 1)).pages()
                if len(smaller) < len(pages):
                    return smaller
        return pages


def _last_page_fill(pages: Sequence[Page]) -> float:
    first, last = pages[0].placed(), pages[-1].placed()
    if not first or not last:
        return 1.0
    top = min(item.y for item in first)
    bottom = max(item.y + item.piece.height for item in first)
    last_bottom = max(item.y + item.piece.height for item in last)
    last_top = min(item.y for item in last)
    return (last_bottom - last_top) / max(1.0, bottom - top)


class _Composition:
    """One attempt at laying the sheet out with a given type scale."""

    def __init__(self, sheet: CallSheet, canvas: Canvas, paper: QRectF, tracker: Tracker) -> None:
        self.sheet = sheet
        self.plan = sheet.plan
        self.canvas = canvas
        self.paper = paper
        self.tracker = tracker
        area = canvas.inset(paper, MARGIN_MM)
        self.left, self.width = area.left(), area.width()
        self.top, self.bottom = area.top(), area.bottom()

    def pages(self) -> list[Page]:
        canvas = self.canvas
        header, header_height = self._header(with_band=True)
        band_in_flow = header_height > MAX_HEADER_SHARE * (self.bottom - self.top)
        if band_in_flow:  # goals of novel length: the band flows with the text, uncut
            header, header_height = self._header(with_band=False)
        self.tracker.advance()
        footer_height = canvas.pt(canvas.scale.small * 1.6)
        foot = last_ask(canvas, self.plan.minimum_goal, self.width)
        # Room for the boxed minimum goal is kept on every page: only the last one shows it, but
        # which page is last is known only at the end.
        foot_room = foot.height + canvas.mm(3) if foot is not None else 0.0
        body_top = self.top + header_height + canvas.mm(3.5)
        body_bottom = self.bottom - footer_height - foot_room
        body = QRectF(self.left, body_top, self.width, body_bottom - body_top)
        composer = Composer(lambda _index: body)
        if band_in_flow:
            for cell in self._band_cells(self.width):
                composer.add(cell, space_before=canvas.mm(1.6))
            composer.y += canvas.mm(2)
        sections = self._sections()
        has_sections = bool(sections)
        for index, section in enumerate(sections):
            composer.add(section, space_before=canvas.mm(1.6) if index else 0.0)
        self.tracker.advance()
        self._objections(composer, has_sections=has_sections)
        grid = checklist_grid(canvas, self.plan.open_checklist, self.width)
        if grid is not None:
            self._add_rule_above(composer, grid, has_sections or bool(self.plan.objections))
        self._finish_last_page(composer, foot)
        pages = composer.pages
        for number, page in enumerate(pages, start=1):
            page.items[:0] = header
            page.items.extend(
                footer_items(canvas, self.left, self.width, self.bottom, number, len(pages))
            )
        self.tracker.advance()
        return pages

    # The header: who and when, then the boxed GOAL / MINIMUM band.

    def _header(self, *, with_band: bool) -> tuple[list[Drawable], float]:
        canvas, plan = self.canvas, self.plan
        items: list[Drawable] = []
        when = format_when(plan.scheduled_at, self.sheet.locale)
        when_block = canvas.text(
            f'<p align="right" class="subtitle">{escape(when)}</p>', self.width
        )
        when_width = when_block.natural_width() if when else 0.0
        name = QCoreApplication.translate("CallSheet", "Call with %1").replace(
            "%1", escape(cut_for_print(plan.customer_name, HEADER_TEXT_LIMIT))
        )
        title_width = self.width - when_width - (canvas.mm(6) if when else 0.0)
        title = canvas.text(f'<p class="title">{name}</p>', title_width)
        items.append(_placed(title, self.left, self.top))
        if when:
            items.append(_placed(when_block, self.left, self.top))
        y = self.top + max(title.height, when_block.height if when else 0.0)
        who = " · ".join(
            escape(cut_for_print(part, HEADER_TEXT_LIMIT))
            for part in (plan.customer_company, plan.customer_role)
            if part.strip()
        )
        line = canvas.text(f'<p class="quiet">{who}</p>', self.width) if who else None
        phone, email = (
            cut_for_print(plan.customer_phone, HEADER_TEXT_LIMIT),
            cut_for_print(plan.customer_email, HEADER_TEXT_LIMIT),
        )
        contact = contact_block(canvas, phone, email, self.width)
        if line is not None and contact is not None:
            room = self.width - line.natural_width() - canvas.mm(6)
            if contact.natural_width() <= room:  # side by side: the contact flush right
                contact = contact_block(canvas, phone, email, self.width, right=True)
                assert contact is not None
                items.append(_placed(contact, self.left, y))
                items.append(_placed(line, self.left, y))
                y += max(line.height, contact.height)
                line = contact = None
        for block in (line, contact):
            if block is not None:
                items.append(_placed(block, self.left, y))
                y += block.height
        if not with_band:
            return items, y - self.top
        y += canvas.mm(2.2)
        band, band_height = self._band(y)
        items.extend(band)
        return items, y + band_height - self.top

    def _band(self, top: float) -> tuple[list[Drawable], float]:
        canvas = self.canvas
        padding = canvas.mm(2.4)
        cell_width = self.width / 2
        cells = self._band_cells(cell_width - 2 * padding)
        height = max(cell.height for cell in cells) + 2 * padding
        rule = canvas.pt(0.9)
        items: list[Drawable] = [Frame(QRectF(self.left, top, self.width, height), rule)]
        middle = self.left + cell_width
        items.append(Line(QLineF(middle, top, middle, top + height), rule))
        for index, cell in enumerate(cells):
            x = self.left + index * cell_width + padding
            items.append(Placed(Piece(cell, 0, cell.height), x, top + padding))
        return items, height

    def _band_cells(self, width: float) -> list[LabelledBlock]:
        """GOAL and MINIMUM, each a label beside its bold text, `width` wide."""
        canvas = self.canvas
        cells = []
        labels = [
            QCoreApplication.translate("CallSheet", "GOAL"),
            QCoreApplication.translate("CallSheet", "MINIMUM"),
        ]
        for label_text, text in zip(labels, [self.plan.goal, self.plan.minimum_goal], strict=True):
            label = canvas.text(f'<p class="label">{escape(label_text)}</p>', width)
            label_width = label.natural_width() + canvas.mm(2.5)
            goal = f'<p class="goal">{escape(text) or "—"}</p>'
            cells.append(LabelledBlock(label, canvas.text(goal, width - label_width), label_width))
        return cells

    # The sections before the objections: what to repeat, how to open, what to ask.

    def _sections(self) -> list[Block]:
        plan = self.plan
        entries: list[tuple[str, str]] = []
        if plan.key_messages:
            entries.append(
                (
                    QCoreApplication.translate("CallSheet", "REPEAT"),
                    "".join(_bullet(message) for message in plan.key_messages),
                )
            )
        if plan.opener.strip():
            entries.append(
                (QCoreApplication.translate("CallSheet", "OPENER"), f"<p>{escape(plan.opener)}</p>")
            )
        if plan.fallback.strip():
            entries.append(
                (
                    QCoreApplication.translate("CallSheet", "IF BUSY"),
                    f"<p>{escape(plan.fallback)}</p>",
                )
            )
        if plan.timing_notes.strip():
            entries.append(
                (
                    QCoreApplication.translate("CallSheet", "TIMING"),
                    f"<p>{escape(plan.timing_notes)}</p>",
                )
            )
        if plan.questions:
            entries.append(
                (
                    QCoreApplication.translate("CallSheet", "ASK"),
                    "".join(
                        f'<p class="numbered">{number}.\u00a0{escape(question)}</p>'
                        for number, question in enumerate(plan.questions, start=1)
                    ),
                )
            )
        if not entries:
            return []
        canvas = self.canvas
        labels = [
            canvas.text(f'<p class="label">{escape(label)}</p>', self.width) for label, _ in entries
        ]
        label_width = max(label.natural_width() for label in labels) + canvas.mm(3)
        return [
            LabelledBlock(label, canvas.text(body, self.width - label_width), label_width)
            for label, (_, body) in zip(labels, entries, strict=True)
        ]

    # The objections: two balanced columns with a hairline between them.

    def _objections(self, composer: Composer, *, has_sections: bool) -> None:
        plan, canvas = self.plan, self.canvas
        if not plan.objections:
            return
        gap = canvas.mm(COLUMN_GAP_MM)
        width = composer.column_width(2, gap)
        blocks: list[Block] = []
        for planned in plan.objections:
            html = objection_with_response(planned.objection, planned.response)
            blocks.append(canvas.text(html, width))
            self.tracker.advance()
        hairline = canvas.pt(0.5)

        def rules(area: QRectF) -> None:
            middle = area.left() + area.width() / 2
            composer.add_item(
                Line(QLineF(middle, area.top(), middle, area.bottom()), hairline, RULE_GREY)
            )

        space = canvas.mm(3.2)
        if has_sections:
            y = composer.y + space / 2
            composer.add_item(
                Line(QLineF(self.left, y, self.left + self.width, y), hairline, RULE_GREY)
            )
        composer.add_columns(
            blocks,
            columns=2,
            gap=gap,
            spacing=canvas.mm(3),
            space_before=space if has_sections else 0.0,
            on_page=rules,
        )

    # After the objections: what is still open on the checklist, ruled lines for notes, and the
    # minimum goal as the last thing to ask for.

    def _add_rule_above(self, composer: Composer, grid: GridBlock, rule: bool) -> None:
        """Add the checklist grid to the flow, with a hairline above it unless it starts a page."""
        canvas = self.canvas
        space = canvas.mm(3.5)
        before = len(composer.pages) - 1
        composer.add(grid, space_before=space)
        for page in composer.pages[before:]:
            first = next((item for item in page.items if _holds(item, grid)), None)
            if first is None:
                continue
            y = first.y - space / 2
            if rule and first.y > composer.body.top() + 0.5:
                line = QLineF(self.left, y, self.left + self.width, y)
                page.items.append(Line(line, canvas.pt(0.5), RULE_GREY))
            return

    def _finish_last_page(self, composer: Composer, foot: LastAsk | None) -> None:
        """Rule the free space of the last page for notes and put the minimum goal at its foot."""
        canvas = self.canvas
        body = composer.body
        space = canvas.mm(4)
        top = composer.y + (0.0 if composer.at_top() else space)
        notes = notes_area(canvas, QRectF(self.left, top, self.width, body.bottom() - top))
        if notes is not None:
            composer.add_item(notes)
        if foot is not None:
            composer.page.items.extend(foot.items(self.left, body.bottom() + canvas.mm(3)))


def _holds(item: Drawable, block: GridBlock) -> TypeGuard[Placed]:
    return isinstance(item, Placed) and item.piece.block is block and item.piece.top <= 0


def _placed(block: TextBlock | LabelledBlock, x: float, y: float) -> Placed:
    return Placed(Piece(block, 0.0, block.height), x, y)


def _bullet(text: str) -> str:
    return f'<p class="bullet">•\u00a0{escape(text)}</p>'
