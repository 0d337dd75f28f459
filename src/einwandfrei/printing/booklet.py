"""The library booklet: objections grouped by category, a contents page, page numbers.

Each entry holds the objection, what is behind it, the questions that probe it and every response
with its technique and follow-up question. Entries flow through two balanced columns (one on
card-sized paper) and are never split unless one is taller than a whole column. A page that goes
on with a category names it in its top margin ("Price (continued)").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLineF, QLocale, QRectF
from PySide6.QtGui import QFontMetricsF, QPagedPaintDevice

from einwandfrei.planning.library_content import ObjectionRecord, ResponseRecord
from einwandfrei.planning.library_part import PartKind
from einwandfrei.printing.blocks import KEEP_MARK, Block, Canvas, RowBlock
from einwandfrei.printing.composer import Caption, Composer, Drawable, Line, Page
from einwandfrei.printing.pieces import elided, footer_items, format_date, no_response_html
from einwandfrei.printing.render import Tracker
from einwandfrei.printing.style import (
    GREY,
    RULE_GREY,
    TypeScale,
    base_font,
    escape,
    quoted,
    span,
    technique,
)
from einwandfrei.store.library.print_selection import SelectedObjections

SCALE = TypeScale(large=14, body=8.5, small=7)
MARGIN_MM = 15
COLUMN_GAP_MM = 7
TWO_COLUMNS_FROM_MM = 120  # text areas at least this wide get two columns
HEADER_GAP_MM = 4  # between a continued page's running header and its text


def objection_count(count: int) -> str:
    """ "1 objection", "12 objections" (German plurals follow the same rule)."""
    if count == 1:
        return QCoreApplication.translate("Booklet", "1 objection")
    return QCoreApplication.translate("Booklet", "%1 objections").replace("%1", str(count))


def kind_label(kind: str) -> str:
    """How an objection is usually meant, as a short label ("" when unknown)."""
    if kind == "real":
        return QCoreApplication.translate("Booklet", "real objection")
    if kind == "smoke_screen":
        return QCoreApplication.translate("Booklet", "smoke screen")
    if kind == "brush_off":
        return QCoreApplication.translate("Booklet", "brush-off")
    return ""


@dataclass(frozen=True, slots=True)
class Group:
    """The objections of one category, in library order."""

    category: str | None
    objections: tuple[ObjectionRecord, ...]

    @property
    def heading(self) -> str:
        """The category's name, or "Without category"."""
        return self.category or QCoreApplication.translate("Booklet", "Without category")


def group_by_category(selected: SelectedObjections) -> list[Group]:
    """The selected objections grouped by category in the library's category order."""
    groups: dict[str | None, list[ObjectionRecord]] = {}
    for objection in selected.objections:
        groups.setdefault(objection.category, []).append(objection)
    position = {name.casefold(): index for index, name in enumerate(selected.category_order)}

    def order(category: str | None) -> tuple[int, int, str]:
        if category is None:
            return (2, 0, "")
        index = position.get(category.casefold())
        return (0, index, "") if index is not None else (1, 0, category.casefold())

    return [Group(category, tuple(groups[category])) for category in sorted(groups, key=order)]


class Booklet:
    """A booklet of the selected objections."""

    def __init__(
        self,
        selected: SelectedObjections,
        *,
        locale: QLocale | None = None,
        printed: datetime | None = None,
    ) -> None:
        self.selected = selected
        self.locale = locale or QLocale()
        self.printed = printed or datetime.now(UTC)
        self.groups = group_by_category(selected)

    @property
    def title(self) -> str:
        """What the booklet holds, as its title."""
        kind, name = self.selected.part.kind, self.selected.name
        if kind is PartKind.CATEGORY:
            return QCoreApplication.translate("Booklet", "Objections: %1").replace("%1", name)
        if kind is PartKind.TAG:
            return QCoreApplication.translate("Booklet", "Objections tagged “%1”").replace(
                "%1", name
            )
        if kind is PartKind.FAVOURITES:
            return QCoreApplication.translate("Booklet", "Favourite objections")
        if kind is PartKind.IDS:
            return QCoreApplication.translate("Booklet", "Selected objections")
        return QCoreApplication.translate("Booklet", "Objection library")

    def subtitle(self) -> str:
        """How many, and when printed."""
        count = objection_count(len(self.selected.objections))
        return f"{count} · {format_date(self.printed, self.locale)}"

    def work(self) -> int:
        """One step per objection and per category."""
        return len(self.selected.objections) + len(self.groups)

    def compose(self, device: QPagedPaintDevice, paper: QRectF, tracker: Tracker) -> list[Page]:
        """Title and contents, then the groups; page numbers in the footer."""
        return _Composition(self, Canvas(device, SCALE), paper, tracker).pages()


class _Composition:
    def __init__(self, booklet: Booklet, canvas: Canvas, paper: QRectF, tracker: Tracker) -> None:
        self.booklet = booklet
        self.canvas = canvas
        self.tracker = tracker
        area = canvas.inset(paper, MARGIN_MM)
        self.left, self.width = area.left(), area.width()
        self.top, self.bottom = area.top(), area.bottom()
        footer = canvas.pt(SCALE.small * 1.6) + canvas.mm(3)
        self.body = QRectF(self.left, self.top, self.width, self.bottom - footer - self.top)
        self.columns = 2 if self.width >= canvas.mm(TWO_COLUMNS_FROM_MM) else 1
        self.continued: dict[int, str] = {}  # body page index → the category it goes on with

    def pages(self) -> list[Page]:
        with_contents = len(self.booklet.groups) > 1
        body = Composer(lambda _index: self.body)
        if not with_contents:
            self._add_title(body)
        starts = [
            self._add_group(body, group, first=index == 0 and not with_contents)
            for index, group in enumerate(self.booklet.groups)
        ]
        pages = body.pages
        for index, heading in self.continued.items():
            pages[index].items.append(self._running_header(heading))
        if with_contents:
            contents = self._contents(starts, 0)
            contents = self._contents(starts, len(contents))
            pages = contents + pages
        for number, page in enumerate(pages, start=1):
            page.items.extend(self._footer(number, len(pages)))
        return pages

    def _add_title(self, composer: Composer) -> None:
        canvas = self.canvas
        composer.add(canvas.text(f'<p class="title">{escape(self.booklet.title)}</p>', self.width))
        composer.add(
            canvas.text(f'<p class="quiet">{escape(self.booklet.subtitle())}</p>', self.width)
        )
        composer.y += canvas.mm(6)

    def _contents(self, starts: Sequence[int], contents_pages: int) -> list[Page]:
        canvas = self.canvas
        composer = Composer(lambda _index: self.body)
        self._add_title(composer)
        label = QCoreApplication.translate("Booklet", "CONTENTS")
        composer.add(canvas.text(f'<p class="label">{escape(label)}</p>', self.width))
        composer.y += canvas.mm(1.5)
        number_width = canvas.mm(12)
        count_width = canvas.mm(32)
        for group, start in zip(self.booklet.groups, starts, strict=True):
            name = canvas.text(
                f"<p>{escape(group.heading)}</p>", self.width - number_width - count_width
            )
            count = canvas.text(
                f'<p align="right" class="quiet">'
                f"{escape(objection_count(len(group.objections)))}</p>",
                count_width,
            )
            number = canvas.text(f'<p align="right">{contents_pages + start + 1}</p>', number_width)
            gap = canvas.mm(2)
            count_start = self.width - number_width - count.natural_width() - gap
            row = RowBlock(
                [
                    (0.0, name),
                    (self.width - number_width - count_width, count),
                    (self.width - number_width, number),
                ],
                leader=(name.natural_width() + gap, count_start),
                leader_width=canvas.pt(0.6),
            )
            composer.add(row, space_before=canvas.mm(1.2))
        composer.add(canvas.text(self._legend(), self.width), space_before=canvas.mm(10))
        return composer.pages

    def _legend(self) -> str:
        """How to read an entry, for whoever picks the booklet up."""
        translate = QCoreApplication.translate
        in_bold = translate("Booklet", "In bold")
        rows = [
            (
                f"<b>{quoted(in_bold)}</b>",
                translate("Booklet", "what the customer says"),
            ),
            (
                span("label", escape(translate("Booklet", "BEHIND IT"))),
                translate("Booklet", "what is really behind it"),
            ),
            (
                span("label", escape(translate("Booklet", "PROBE"))),
                translate("Booklet", "questions to ask before answering"),
            ),
            ("1.\u00a02.", translate("Booklet", "prepared answers, each with its technique")),
            ("<i>?</i>", translate("Booklet", "the question to ask after the answer")),
        ]
        heading = translate("Booklet", "HOW TO READ AN ENTRY")
        lines = "".join(f"<p>{term}\u2002{span('quiet', escape(text))}</p>" for term, text in rows)
        return f'<p class="label">{escape(heading)}</p>{lines}'

    def _add_group(self, composer: Composer, group: Group, *, first: bool) -> int:
        """Add one category: heading, rule, entries; returns the index of its first page."""
        canvas = self.canvas
        gap = canvas.mm(COLUMN_GAP_MM)
        width = composer.column_width(self.columns, gap)
        entries: list[Block] = []
        for objection in group.objections:
            entries.append(canvas.text(entry_html(objection), width))
            self.tracker.advance()
        heading = canvas.text(
            f'<p class="heading">{escape(group.heading)}'
            f'<span class="label">\u2003{escape(objection_count(len(group.objections)))}'
            "</span></p>",
            self.width,
        )
        rule_space = canvas.mm(1.6)
        keep = rule_space + (entries[0].height if entries else 0.0)
        if first and self.booklet.selected.part.kind is PartKind.CATEGORY:
            composer.y -= canvas.mm(4)  # the title names the category already: just the rule
        else:
            composer.add(heading, space_before=0.0 if first else canvas.mm(8), keep_with=keep)
        start = len(composer.pages) - 1
        y = composer.y + rule_space / 2
        composer.add_item(Line(QLineF(self.left, y, self.left + self.width, y), canvas.pt(0.8)))
        composer.y += rule_space
        hairline = canvas.pt(0.5)

        def rules(area: QRectF) -> None:
            if self.columns == 2:
                middle = area.left() + area.width() / 2
                composer.add_item(
                    Line(QLineF(middle, area.top(), middle, area.bottom()), hairline, RULE_GREY)
                )

        first_new_page = len(composer.pages)
        composer.add_columns(
            entries,
            columns=self.columns,
            gap=gap,
            spacing=canvas.mm(4),
            space_before=canvas.mm(1.5),
            on_page=rules,
        )
        mine = {id(entry) for entry in entries}
        for index in range(first_new_page, len(composer.pages)):
            if any(id(placed.piece.block) in mine for placed in composer.pages[index].placed()):
                self.continued[index] = group.heading
        self.tracker.advance()
        return start

    def _running_header(self, heading: str) -> Drawable:
        """ "Price (continued)" small and grey in the top margin of a page that goes on with it."""
        text = QCoreApplication.translate("Booklet", "%1 (continued)").replace("%1", heading)
        font = base_font(SCALE.small)
        metrics = QFontMetricsF(font, self.canvas.device)
        height = self.canvas.pt(SCALE.small * 1.5)
        rect = QRectF(
            self.left, self.top - self.canvas.mm(HEADER_GAP_MM) - height, self.width, height
        )
        return Caption(elided(text, metrics, self.width), rect, font, GREY)

    def _footer(self, number: int, count: int) -> list[Drawable]:
        return footer_items(
            self.canvas,
            self.left,
            self.width,
            self.bottom,
            number,
            count,
            note=self.booklet.title,
        )


def entry_html(objection: ObjectionRecord) -> str:
    """One booklet entry: objection, marker line, concern, probing questions, every response."""
    star = '<span class="quiet">\u2002★</span>' if objection.favorite else ""
    parts = [f'<p class="objection">{quoted(objection.text)}{star}</p>']
    notes = [kind_label(objection.kind).upper(), *(f"#{tag}" for tag in objection.tags)]
    if any(notes):
        parts.append(f'<p class="marker">{escape(" · ".join(note for note in notes if note))}</p>')
    if objection.concern.strip():
        label = QCoreApplication.translate("Booklet", "BEHIND IT")
        parts.append(
            f'<p class="gap">{span("label", escape(label))}\u2002{escape(objection.concern)}</p>'
        )
    if objection.probing_questions:
        questions = "\u2003".join(escape(question) for question in objection.probing_questions)
        label = QCoreApplication.translate("Booklet", "PROBE")
        parts.append(f"<p>{span('label', escape(label))}\u2002{questions}</p>")
    parts.append(_responses_html(objection.responses))
    return "".join(parts)


def _responses_html(responses: Sequence[ResponseRecord]) -> str:
    if not responses:
        return no_response_html()
    parts = []
    for number, response in enumerate(responses, start=1):
        technique_html = "\u2002" + technique(response.technique) if response.technique else ""
        css, keep = ("numbered gap", KEEP_MARK) if number == 1 else ("numbered", "")
        parts.append(
            f'<p class="{css}">{keep}{number}.\u00a0{escape(response.text)}{technique_html}</p>'
        )
        if response.follow_up.strip():
            parts.append(f'<p class="under-number">?\u00a0{escape(response.follow_up)}</p>')
    return "".join(parts)
