"""The call cheat sheet as a PDF: every field, one page when it fits, never an objection cut off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from einwandfrei.printing.call_sheet import CallSheet
from einwandfrei.printing.jobs import LayoutKind, PrintRequest, build_layout
from einwandfrei.printing.paper import Paper
from einwandfrei.printing.render import render_pdf
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
