"""Pocket cards: one objection per card, the best answer in front, the rest on the back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from einwandfrei.printing.jobs import LayoutKind, PrintRequest, build_layout
from einwandfrei.printing.paper import Paper
from einwandfrei.printing.render import render_pdf
from einwandfrei.store.library import Library
from einwandfrei.store.reading import read_objections
from einwandfrei.store.selection import Scope, Selection
from tests.printing.conftest import flat, page_sizes, pdf_pages
from tests.printing.samples import add_objection, add_plan

pytestmark = pytest.mark.usefixtures("qapp")


def render_cards(
    library: Library,
    path: Path,
    paper: Paper,
    *,
    backs: bool = False,
    selection: Selection | None = None,
    plan_id: int | None = None,
) -> int:
    request = PrintRequest(
        LayoutKind.CARDS,
        plan_id=plan_id,
        selection=selection or Selection(Scope.CATEGORY, "Price"),
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
    render_cards(library, pdf, Paper.A6, selection=Selection.of_ids([first.id or 0]))
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
    count = render_cards(library, pdf, Paper.A6, selection=Selection.of_ids([long_one]))
    pages = [flat(page) for page in pdf_pages(pdf)]
    assert count == len(pages) >= 2
    assert "continued" in pages[1]
    everything = "".join(pages)
    for index in range(300):
        assert f"Part{index}ofananswerthatgoeson." in everything
