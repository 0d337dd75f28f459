"""The library booklet as a PDF: contents with true page numbers, every objection and answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.printing.jobs import LayoutKind, PrintRequest, build_layout
from einwandfrei.printing.paper import Paper
from einwandfrei.printing.render import render_pdf
from einwandfrei.printing.translation import install_print_translator
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.record_reading import read_objections
from tests.printing.conftest import flat, pdf_pages
from tests.printing.samples import add_objection

pytestmark = pytest.mark.usefixtures("qapp")


def render_booklet(library: Library, part: LibraryPart, path: Path) -> int:
    with library.read() as connection:
        layout = build_layout(
            connection,
            PrintRequest(LayoutKind.BOOKLET, part=part),
            locale=QLocale("en_GB"),
        )
    return render_pdf(path, layout, Paper.A4)


def test_the_whole_library_with_contents_and_true_page_numbers(
    library: Library, tmp_path: Path
) -> None:
    pdf = tmp_path / "booklet.pdf"
    count = render_booklet(library, LibraryPart(), pdf)
    pages = pdf_pages(pdf)
    assert count == len(pages) > 2
    contents = flat(pages[0])
    assert "Objectionlibrary" in contents and "CONTENTS" in contents
    assert "49objections" in contents
    with library.read() as connection:
        objections = read_objections(connection)
    categories = list(dict.fromkeys(record.category for record in objections))
    for category in categories:
        assert category is not None
        members = sum(1 for record in objections if record.category == category)
        noun = "objection" if members == 1 else "objections"
        # "Price 6 objections 2": the name, the count, the page where the category starts.
        entry = flat(f"{category}{members} {noun}")
        assert entry in contents, category
        start = contents.index(entry) + len(entry)
        number = int("".join(next_digits(contents[start:])))
        assert flat(f"{category}{members} {noun}") in flat(pages[number - 1])
    for number, text in enumerate(pages, start=1):
        assert f"Einwandfrei·page{number}of{count}" in flat(text)
    everything = flat("".join(pages))
    for record in objections:
        assert flat(record.text) in everything
        assert flat(record.concern) in everything
        for question in record.probing_questions:
            assert flat(question) in everything
        for response in record.responses:
            assert flat(response.text) in everything
            assert flat(response.technique.upper()) in everything
            assert flat(response.follow_up) in everything


def next_digits(text: str) -> list[str]:
    digits = []
    for character in text:
        if not character.isdigit():
            break
        digits.append(character)
    return digits


def test_a_single_category_needs_no_contents_page(library: Library, tmp_path: Path) -> None:
    pdf = tmp_path / "price.pdf"
    assert render_booklet(library, LibraryPart(PartKind.CATEGORY, name="price"), pdf) == 1
    first = flat(pdf_pages(pdf)[0])
    assert first.startswith(flat("Objections: Price 6 objections"))
    assert "CONTENTS" not in first
    assert first.count("Price6objections") == 1  # named once, in the title: no group heading


def test_known_input_known_pages(empty_library: Library, tmp_path: Path) -> None:
    for index in range(3):
        add_objection(empty_library, f"Objection {index}", [(f"Answer {index}", "")])
    pdf = tmp_path / "three.pdf"
    # Uncategorised objections form one group: one page, no contents.
    assert render_booklet(empty_library, LibraryPart(), pdf) == 1
    assert "Withoutcategory" in flat(pdf_pages(pdf)[0])


def test_markup_prints_literally_and_a_missing_answer_says_so(
    library: Library, tmp_path: Path
) -> None:
    add_objection(
        library,
        "<b>Bold</b> &amp; <script>x()</script>",
        [],
        category="Price",
        concern="a < b & c > d",
        probing="<i>Really?</i>",
    )
    pdf = tmp_path / "markup.pdf"
    render_booklet(library, LibraryPart(PartKind.CATEGORY, name="Price"), pdf)
    everything = flat("".join(pdf_pages(pdf)))
    for literal in ("<b>Bold</b>&amp;<script>x()</script>", "a<b&c>d", "<i>Really?</i>"):
        assert flat(literal) in everything
    assert "Noresponsepreparedyet." in everything


def test_a_page_that_goes_on_with_a_category_names_it_at_the_top(
    library: Library, tmp_path: Path
) -> None:
    pdf = tmp_path / "booklet.pdf"
    render_booklet(library, LibraryPart(), pdf)
    pages = [flat(text) for text in pdf_pages(pdf)]
    with library.read() as connection:
        objections = read_objections(connection)
    continued_pages = 0
    for category in dict.fromkeys(record.category for record in objections):
        assert category is not None
        members = [record for record in objections if record.category == category]
        noun = "objection" if len(members) == 1 else "objections"
        heading = flat(f"{category}{len(members)} {noun}")
        # Contents pages list the headings as well: the category starts on the last such page.
        start = max(index for index, text in enumerate(pages) if heading in text)
        on = {
            index
            for record in members
            for index, text in enumerate(pages)
            if flat(f"“{record.text}”") in text and index >= start
        }
        for index in range(start, max(on) + 1):
            header = flat(f"{category} (continued)")
            if index == start:
                assert header not in pages[index], (category, index + 1)
            else:
                assert header in pages[index], (category, index + 1)
                continued_pages += 1
    assert continued_pages >= 3  # the starter library has categories longer than a page


def test_a_single_long_category_repeats_its_name_in_german(
    library: Library, tmp_path: Path, qapp: QApplication
) -> None:
    for index in range(12):
        speech = " ".join(f"Part {part} of answer {index}." for part in range(40))
        add_objection(library, f"Objection {index}", [(speech, "")], category="Price")
    pdf = tmp_path / "price.pdf"
    translator = install_print_translator("de")
    assert translator is not None
    try:
        count = render_booklet(library, LibraryPart(PartKind.CATEGORY, name="Price"), pdf)
    finally:
        qapp.removeTranslator(translator)
    pages = [flat(text) for text in pdf_pages(pdf)]
    assert count == len(pages) >= 2
    assert "Price(Fortsetzung)" not in pages[0]
    for text in pages[1:]:
        assert "Price(Fortsetzung)" in text
        assert "continued" not in text
