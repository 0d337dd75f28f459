"""Pocket cards: one objection per card, the best answer in front, the rest on the back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPdfWriter
from sqlalchemy import text

from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.printing.cards import PocketCards, cut_lines
from einwandfrei.printing.composer import Line, Page
from einwandfrei.printing.jobs import LayoutKind, PrintRequest, build_layout
from einwandfrei.printing.paper import Paper
from einwandfrei.printing.render import PDF_RESOLUTION, Tracker, render_pdf
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.record_reading import read_objections
from tests.printing.conftest import flat, page_sizes, pdf_pages
from tests.printing.samples import add_objection, add_plan

pytestmark = pytest.mark.usefixtures("qapp")


def render_cards(
    library: Library,
    path: Path,
    paper: Paper,
    *,
    backs: bool = False,
    part: LibraryPart | None = None,
    plan_id: int | None = None,
) -> int:
    request = PrintRequest(
        LayoutKind.CARDS,
        plan_id=plan_id,
        part=part or LibraryPart(PartKind.CATEGORY, name="Price"),
        paper=paper,
        backs=backs,
    )
    with library.read() as connection:
        layout = build_layout(connection, request)
    return render_pdf(path, layout, paper)


def price_objections(library: Library) -> list:  # type: ignore[type-arg]
    with library.read() as connection:
        return [r for r in read_objections(connection) if r.category == "Price"]


def test_one_card_per_a6_page_with_the_first_answer_in_front(
    library: Library, tmp_path: Path
) -> None:
    objections = price_objections(library)
    pdf = tmp_path / "cards.pdf"
    assert render_cards(library, pdf, Paper.A6) == len(objections)
    assert all(abs(w - 298) <= 1 and abs(h - 420) <= 1 for w, h in page_sizes(pdf))
    for number, (record, page) in enumerate(zip(objections, pdf_pages(pdf), strict=True), 1):
        front = flat(page)
        assert flat(record.text) in front
        assert flat(record.responses[0].text) in front  # none used yet: the first one
        assert flat(record.responses[0].follow_up) in front
        assert flat(record.responses[1].text) not in front
        assert f"{number}/{len(objections)}" in front


def test_back_sides_hold_the_rest_mirrored_four_to_an_a4_sheet(
    library: Library, tmp_path: Path
) -> None:
    objections = price_objections(library)
    pdf = tmp_path / "duplex.pdf"
    sheets = -(-len(objections) // 4)
    assert render_cards(library, pdf, Paper.A4, backs=True) == 2 * sheets
    pages = pdf_pages(pdf)
    for index, record in enumerate(objections):
        front, back = flat(pages[2 * (index // 4)]), flat(pages[2 * (index // 4) + 1])
        assert flat(record.text) in front
        assert flat(record.concern) in back
        for question in record.probing_questions:
            assert flat(question) in back
        for response in record.responses[1:]:
            assert flat(response.text) in back
        assert flat(record.responses[0].text) not in back


def test_the_front_shows_the_answer_that_worked_best(library: Library, tmp_path: Path) -> None:
    first = price_objections(library)[0]
    third = first.responses[2]
    with library.write() as connection:
        connection.execute(
            text("UPDATE responses SET times_used = 5, times_worked = 4 WHERE id = :id"),
            {"id": third.id},
        )
    pdf = tmp_path / "best.pdf"
    render_cards(library, pdf, Paper.A6, part=LibraryPart.of_ids([first.id or 0]))
    assert flat(third.text) in flat(pdf_pages(pdf)[0])


def test_a_plans_cards_show_the_chosen_answers(library: Library, tmp_path: Path) -> None:
    first = price_objections(library)[0]
    chosen = first.responses[1]
    plan_id = add_plan(library, [first.id or 0], chosen={first.id or 0: chosen.id or 0})
    pdf = tmp_path / "plan-cards.pdf"
    render_cards(library, pdf, Paper.A6, plan_id=plan_id, backs=True)
    front, back = (flat(page) for page in pdf_pages(pdf))
    assert flat(chosen.text) in front
    assert flat(first.responses[0].text) in back


def test_a_card_too_long_for_one_continues_on_the_next(library: Library, tmp_path: Path) -> None:
    speech = " ".join(f"Part {index} of an answer that goes on." for index in range(300))
    long_one = add_objection(library, "Tell me everything.", [(speech, "")], category="Price")
    pdf = tmp_path / "long.pdf"
    count = render_cards(library, pdf, Paper.A6, part=LibraryPart.of_ids([long_one]))
    pages = [flat(page) for page in pdf_pages(pdf)]
    assert count == len(pages) >= 2
    assert "continued" in pages[1]
    everything = "".join(pages)
    for index in range(300):
        assert f"Part{index}ofananswerthatgoeson." in everything


PAPER = QRectF(0, 0, 200, 300)
GRID = [QRectF(0, 0, 100, 150), QRectF(100, 0, 100, 150)]
GRID += [QRectF(0, 150, 100, 150), QRectF(100, 150, 100, 150)]
VERTICAL_TOP, VERTICAL_ALL = QLineF(100, 0, 100, 150), QLineF(100, 0, 100, 300)
HORIZONTAL_LEFT, HORIZONTAL_ALL = QLineF(0, 150, 100, 150), QLineF(0, 150, 200, 150)


@pytest.mark.parametrize(
    ("cards", "expected"),
    [
        (4, [VERTICAL_ALL, HORIZONTAL_ALL]),
        (3, [VERTICAL_ALL, HORIZONTAL_ALL]),  # the third card's right edge, the second's foot
        (2, [VERTICAL_TOP, HORIZONTAL_ALL]),  # nothing between the two empty slots below
        (1, [VERTICAL_TOP, HORIZONTAL_LEFT]),  # only around the one card
        (0, []),
    ],
)
def test_cutting_lines_only_around_the_cards_on_the_sheet(
    cards: int, expected: list[QLineF]
) -> None:
    assert cut_lines(GRID[:cards], PAPER) == expected


def test_a_card_alone_on_its_paper_needs_no_cutting() -> None:
    assert cut_lines([PAPER], PAPER) == []


def compose(layout: PocketCards, paper: Paper, tmp_path: Path) -> tuple[list[Page], QRectF]:
    """The pages of `layout` as composed for a PDF (not painted)."""
    writer = QPdfWriter(str(tmp_path / "composed.pdf"))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(paper.page_layout())
    full = writer.pageLayout().fullRectPixels(writer.logicalDpiX())
    sheet = QRectF(0, 0, full.width(), full.height())
    return layout.compose(writer, sheet, Tracker(None, 1)), sheet


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_the_last_sheet_has_no_cutting_lines_around_empty_slots(
    library: Library, tmp_path: Path, paper: Paper
) -> None:
    objections = price_objections(library)[:6]  # four on the first sheet, two on the second
    pages, sheet = compose(PocketCards(objections), paper, tmp_path)
    assert len(pages) == 2
    middle_x, middle_y = round(sheet.center().x()), round(sheet.center().y())
    width, height = round(sheet.width()), round(sheet.height())

    def cutting(page: Page) -> list[QLineF]:
        return [item.line for item in page.items if isinstance(item, Line) and item.dashed]

    def spans(lines: list[QLineF]) -> list[tuple[int, ...]]:
        return sorted(tuple(round(v) for v in line.toTuple()) for line in lines)

    full = [(middle_x, 0, middle_x, height), (0, middle_y, width, middle_y)]
    assert spans(cutting(pages[0])) == sorted(full)
    # Two cards side by side at the top: the line between them and the line under them.
    half = [(middle_x, 0, middle_x, middle_y), (0, middle_y, width, middle_y)]
    assert spans(cutting(pages[1])) == sorted(half)
    assert all(placed.y < middle_y for placed in pages[1].placed())  # the cards are up there
