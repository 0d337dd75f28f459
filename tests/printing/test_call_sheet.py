"""The call cheat sheet as a PDF: every field, one page when it fits, never an objection cut off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication

from einwandfrei.printing.blocks import GridBlock
from einwandfrei.printing.call_sheet import CallSheet
from einwandfrei.printing.composer import Frame, Page
from einwandfrei.printing.jobs import LayoutKind, PrintRequest, build_layout
from einwandfrei.printing.paper import Paper
from einwandfrei.printing.render import PDF_RESOLUTION, Tracker, render_pdf
from einwandfrei.printing.sheet_parts import NotesArea
from einwandfrei.printing.translation import install_print_translator
from einwandfrei.store.calls.printable_plan import read_plan
from einwandfrei.store.db.connection import Library
from tests.printing.conftest import flat, page_sizes, pdf_pages
from tests.printing.samples import add_objection, add_plan, objection_ids

pytestmark = pytest.mark.usefixtures("qapp")


def render_sheet(library: Library, plan_id: int, path: Path, paper: Paper = Paper.A4) -> int:
    with library.read() as connection:
        layout = build_layout(
            connection, PrintRequest(LayoutKind.SHEET, plan_id=plan_id), locale=QLocale("en_GB")
        )
    return render_pdf(path, layout, paper)


def test_one_page_holds_the_whole_plan(library: Library, plan_id: int, tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    assert render_sheet(library, plan_id, pdf) == 1
    [text] = pdf_pages(pdf)
    with library.read() as connection:
        plan = read_plan(connection, plan_id)
    expected = [
        "Call with Anna Keller",
        "Müller AG · Head of Purchasing",
        "Pilot agreed for Q2",
        "Their OK to call back on 18 March",
        "GOAL",
        "MINIMUM",
        "REPEAT",
        "OPENER",
        "IF BUSY",
        "TIMING",
        "ASK",
        "STILL OPEN ON THE CHECKLIST",
        "Einwandfrei · page 1 of 1",
        plan.opener,
        plan.fallback,
        plan.timing_notes,
        *plan.key_messages,
        *plan.questions,
        *plan.open_checklist,
    ]
    for planned in plan.objections:
        assert planned.response is not None
        expected += [planned.objection.text, planned.response.text, planned.response.follow_up]
        expected.append((planned.objection.category or "").upper())
    for field in expected:
        assert flat(field) in flat(text), field
    assert "Headset tested" not in text  # ticked off already
    assert "4Mar2025" in flat(text)  # the date (the time depends on the machine's time zone)


def test_a_long_plan_continues_with_the_header_and_page_numbers(
    library: Library, tmp_path: Path
) -> None:
    plan_id = add_plan(library, objection_ids(library, 30))
    pdf = tmp_path / "long.pdf"
    count = render_sheet(library, plan_id, pdf)
    pages = pdf_pages(pdf)
    assert count == len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert "CallwithAnnaKeller" in flat(text)
        assert "PilotagreedforQ2" in flat(text)
        assert f"Einwandfrei·page{number}of{count}" in flat(text)
    with library.read() as connection:
        plan = read_plan(connection, plan_id)
    for planned in plan.objections:
        assert planned.response is not None
        objection, response = flat(planned.objection.text), flat(planned.response.text)
        on_pages = [index for index, text in enumerate(pages) if objection in flat(text)]
        assert len(on_pages) == 1, planned.objection.text
        # The whole response, and its follow-up, stand on the objection's page.
        assert response in flat(pages[on_pages[0]])
        assert flat(planned.follow_up) in flat(pages[on_pages[0]])


def test_a_slightly_long_sheet_is_set_smaller_to_fit_one_page(
    library: Library, tmp_path: Path
) -> None:
    count = next(
        n
        for n in range(8, 30)
        if render_sheet(library, add_plan(library, objection_ids(library, n)), tmp_path / "a.pdf")
        > 1
    )
    # The first plan that needs two pages at full size would... (checked below): a plan one
    # objection shorter fits one page.
    assert count > 8
    fitted = add_plan(library, objection_ids(library, count - 1))
    assert render_sheet(library, fitted, tmp_path / "b.pdf") == 1


def test_what_the_user_typed_prints_as_text(library: Library, tmp_path: Path) -> None:
    tricky = add_objection(
        library,
        "Is <b>this</b> &amp; <script>alert('x')</script> for real?",
        [("Yes — <i>really</i> & truly", "Fair <br> enough?")],
        category="Price",
    )
    plan_id = add_plan(
        library,
        [tricky],
        customer="Zoë <Müller> & Söhne",
        goal="<b>Pilot</b>",
        minimum_goal="&nbsp;callback",
        key_messages=("a < b > c",),
    )
    pdf = tmp_path / "markup.pdf"
    render_sheet(library, plan_id, pdf)
    text = flat(pdf_pages(pdf)[0])
    for literal in (
        "<b>this</b>&amp;<script>alert('x')</script>",
        "Yes—<i>really</i>&truly",
        "Fair<br>enough?",
        "Zoë<Müller>&Söhne",
        "<b>Pilot</b>",
        "&nbsp;callback",
        "a<b>c",
    ):
        assert flat(literal) in text, literal


def test_very_long_words_and_responses_are_never_cut(library: Library, tmp_path: Path) -> None:
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze" * 6
    speech = " ".join(f"Sentence {index} of a very long prepared answer." for index in range(400))
    long_one = add_objection(library, word, [(speech, "And " + word + "?")], category="Price")
    plan_id = add_plan(library, [*objection_ids(library, 3), long_one])
    pdf = tmp_path / "long-words.pdf"
    count = render_sheet(library, plan_id, pdf)
    assert count >= 2
    everything = flat("".join(pdf_pages(pdf)))
    assert flat(word) in everything
    for index in range(400):
        assert f"Sentence{index}ofaverylongpreparedanswer." in everything
    # The objection and the start of its answer share a page.
    pages = pdf_pages(pdf)
    first = next(index for index, text in enumerate(pages) if flat(word)[:40] in flat(text))
    assert "Sentence0of" in flat(pages[first])


@pytest.mark.parametrize(
    ("paper", "size"),
    [(Paper.A4, (595, 842)), (Paper.LETTER, (612, 792)), (Paper.A6, (298, 420))],  # points
)
def test_page_sizes(
    library: Library, plan_id: int, tmp_path: Path, paper: Paper, size: tuple[int, int]
) -> None:
    pdf = tmp_path / f"{paper}.pdf"
    render_sheet(library, plan_id, pdf, paper)
    for width, height in page_sizes(pdf):
        assert abs(width - size[0]) <= 1 and abs(height - size[1]) <= 1


def test_the_sheet_speaks_german_with_the_german_translator(
    library: Library, plan_id: int, tmp_path: Path, qapp: QApplication
) -> None:
    translator = install_print_translator("de")
    assert translator is not None
    try:
        with library.read() as connection:
            sheet = CallSheet(read_plan(connection, plan_id), locale=QLocale("de_CH"))
        render_pdf(tmp_path / "de.pdf", sheet, Paper.A4)
    finally:
        qapp.removeTranslator(translator)
    text = pdf_pages(tmp_path / "de.pdf")[0]
    for german in (
        "Gespräch mit Anna Keller",
        "NOTIZEN WÄHREND DES GESPRÄCHS",
        "VOR DEM AUFLEGEN Mindestens: Their OK to call back on 18 March",
        "ZIEL",
        "MINDESTENS",
        "WIEDERHOLEN",
        "Einwandfrei · Seite 1 von 1",
        "4. März 2025",
    ):
        assert flat(german) in flat(text), german


def test_a_goal_pages_long_flows_with_the_text(library: Library, tmp_path: Path) -> None:
    goal = " ".join(f"Goal clause {index} of a plan that never ends." for index in range(700))
    plan_id = add_plan(library, objection_ids(library, 4), goal=goal, minimum_goal="A callback")
    pdf = tmp_path / "goal.pdf"
    count = render_sheet(library, plan_id, pdf)
    pages = pdf_pages(pdf)
    assert count == len(pages) >= 2
    everything = flat("".join(pages))
    for index in range(700):
        assert f"Goalclause{index}ofaplanthatneverends." in everything
    assert all("CallwithAnnaKeller" in flat(text) for text in pages)
    assert "Acallback" in everything


def test_a_chosen_page_range_prints_only_those_pages(
    library: Library, tmp_path: Path, qapp: QApplication
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from einwandfrei.printing.render import print_to

    plan_id = add_plan(library, objection_ids(library, 30))
    with library.read() as connection:
        layout = build_layout(connection, PrintRequest(LayoutKind.SHEET, plan_id=plan_id))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPageLayout(Paper.A4.page_layout())
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    total = print_to(printer, layout)
    pages = pdf_pages(tmp_path / "range.pdf")
    assert total >= 2 and len(pages) == 1
    assert f"Einwandfrei·page2of{total}" in flat(pages[0])


@pytest.mark.parametrize(
    ("locale_name", "when", "not_expected"),
    [
        # The locale's own order, as the app shows it on screen; never one fixed pattern.
        ("en_US", "Tue, Mar 4, 2025", "4 Mar 2025"),
        ("en_GB", "Tue, 4 Mar 2025", "Mar 4, 2025"),
        ("de_CH", "Di., 4. März 2025", "4 Mar"),
    ],
)
def test_the_call_date_prints_in_the_locales_order(
    library: Library, plan_id: int, tmp_path: Path, locale_name: str, when: str, not_expected: str
) -> None:
    with library.read() as connection:
        sheet = CallSheet(read_plan(connection, plan_id), locale=QLocale(locale_name))
    pdf = tmp_path / f"{locale_name}.pdf"
    render_pdf(pdf, sheet, Paper.A4)
    text = flat(pdf_pages(pdf)[0])
    assert flat(when) in text
    assert flat(not_expected) not in text


def compose(library: Library, plan_id: int, paper: Paper, tmp_path: Path) -> list[Page]:
    """The sheet's pages as composed for a PDF on `paper` (not painted)."""
    with library.read() as connection:
        sheet = CallSheet(read_plan(connection, plan_id), locale=QLocale("en_GB"))
    writer = QPdfWriter(str(tmp_path / "composed.pdf"))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(paper.page_layout())
    full = writer.pageLayout().fullRectPixels(writer.logicalDpiX())
    return sheet.compose(writer, QRectF(0, 0, full.width(), full.height()), Tracker(None, 1))


WORKING_CHECKLIST = (
    ("Read the notes of the last call", True),
    # Built-in items the sample plan covers (goals, three questions, opener, objections answered)
    ("Goal and minimum goal written down (at least: OK for a next contact at a named time)", False),
    ("Three open questions ready that get the customer talking about themselves", False),
    ("Opener ready that asks whether now is a good moment", True),
    ("Expected objections and chosen answers ready", False),
    ("CRM record open", False),
    ("Quiet place, headset tested", False),
    ("Phone number and extension checked", False),
    ("Documents to send after the call prepared", False),
)
STILL_OPEN = [text for text, _ in WORKING_CHECKLIST[5:]]


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_the_sheet_holds_what_the_call_needs_in_its_order(
    library: Library, tmp_path: Path, paper: Paper
) -> None:
    plan_id = add_plan(
        library,
        objection_ids(library, 6),
        phone="+41 44 123 45 67",
        email="anna.keller@mueller.example",
        checklist=WORKING_CHECKLIST,
    )
    pdf = tmp_path / "sheet.pdf"
    assert render_sheet(library, plan_id, pdf, paper) == 1
    text = flat(pdf_pages(pdf)[0])
    # How to reach the customer, in the header.
    assert flat("PHONE +41 44 123 45 67") in text
    assert flat("EMAIL anna.keller@mueller.example") in text
    # Only what is still open: neither ticked items nor the ones the plan covers.
    for item, _ in WORKING_CHECKLIST[:5]:
        assert flat(item) not in text, item
    for item in STILL_OPEN:
        assert flat(item) in text, item
    # Then the notes area, and last the minimum goal to ask for before hanging up.
    checklist = text.index("STILLOPENONTHECHECKLIST")
    notes = text.index("NOTESDURINGTHECALL")
    last_ask = text.index(flat("BEFORE YOU HANG UP At least: Their OK to call back on 18 March"))
    assert checklist < notes < last_ask
    assert text.count(flat("Their OK to call back on 18 March")) == 2  # in the band and last

    [page] = compose(library, plan_id, paper, tmp_path)
    # The open items stand in a grid: two columns side by side, rows aligned.
    [grid] = [item.piece.block for item in page.placed() if isinstance(item.piece.block, GridBlock)]
    assert grid.columns >= 2 and len(grid.cells) == len(STILL_OPEN)
    assert len(grid.rows) == -(-len(STILL_OPEN) // grid.columns)
    # The notes area fills the free space below the checklist with ruled lines, down to the
    # boxed minimum goal, the lowest thing on the page before the footer.
    [notes_area] = [item for item in page.items if isinstance(item, NotesArea)]
    grid_bottom = max(
        item.y + item.piece.height for item in page.placed() if item.piece.block is grid
    )
    assert notes_area.rect.top() > grid_bottom
    assert notes_area.line_count() >= 5
    frames = [item for item in page.items if isinstance(item, Frame)]
    foot = max(frames, key=lambda frame: frame.rect.top())
    assert foot.rect.top() >= notes_area.rect.bottom()
    assert all(item.y + item.piece.height <= foot.rect.top() for item in page.placed())


def test_only_the_last_page_of_a_long_sheet_has_notes_and_the_last_ask(
    library: Library, tmp_path: Path
) -> None:
    plan_id = add_plan(library, objection_ids(library, 30), checklist=WORKING_CHECKLIST)
    pages = compose(library, plan_id, Paper.A4, tmp_path)
    assert len(pages) >= 2
    last_asks = [page for page in pages if any(isinstance(item, Frame) for item in page.items[-3:])]
    assert last_asks == [pages[-1]]  # only the last page closes with the minimum goal
    assert not any(isinstance(item, NotesArea) for page in pages[:-1] for item in page.items)


def test_without_a_minimum_goal_or_contact_details_nothing_stands_empty(
    library: Library, tmp_path: Path
) -> None:
    plan_id = add_plan(library, objection_ids(library, 2), minimum_goal="", checklist=())
    pdf = tmp_path / "bare.pdf"
    render_sheet(library, plan_id, pdf)
    text = flat(pdf_pages(pdf)[0])
    for absent in ("PHONE", "EMAIL", "BEFOREYOUHANGUP", "STILLOPEN"):
        assert absent not in text
    assert "NOTESDURINGTHECALL" in text
