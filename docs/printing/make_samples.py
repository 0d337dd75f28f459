"""Render every printed layout to PDF and PNG for docs/printing/ (needs pdftoppm from poppler).

Run: .venv/bin/python docs/printing/make_samples.py [--keep-pdf]

Uses fresh English and German starter libraries in a temporary folder, with one sample plan each.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale  # noqa: E402, TID251 (a Qt script outside the package)
from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402, TID251

from einwandfrei.library_folder import open_data_folder  # noqa: E402
from einwandfrei.planning.library_part import LibraryPart, PartKind  # noqa: E402
from einwandfrei.printing.jobs import LayoutKind, PrintRequest, build_layout  # noqa: E402
from einwandfrei.printing.paper import Paper  # noqa: E402
from einwandfrei.printing.render import render_pdf  # noqa: E402
from einwandfrei.printing.translation import install_print_translator  # noqa: E402
from einwandfrei.store.calls.checklist_template import template_ticks  # noqa: E402
from einwandfrei.store.db.connection import Library  # noqa: E402
from tests.printing.samples import add_plan, objection_ids  # noqa: E402

HERE = Path(__file__).resolve().parent
RESOLUTION = 90  # dots per inch of the PNGs


def render(
    library_dir: Path, name: str, request: PrintRequest, paper: Paper, language: str
) -> Path:
    with open_data_folder(library_dir, backup=False) as library, library.read() as connection:
        layout = build_layout(connection, request, locale=QLocale(language))
    pdf = HERE / f"{name}.pdf"
    pages = render_pdf(pdf, layout, paper)
    for old in HERE.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(RESOLUTION), "-l", "4", str(pdf), str(HERE / name)],
        check=True,
    )
    for png in HERE.glob(f"{name}-*.png"):  # grey is all they need: smaller files
        QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8).save(str(png))
    print(f"{name}: {pages} page(s)")
    return pdf


def starter_checklist(library: Library) -> list[tuple[str, bool]]:
    """The starter checklist with its first item (reading the last call's notes) ticked."""
    with library.read() as connection:
        return [(tick.text, index == 0) for index, tick in enumerate(template_ticks(connection))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep-pdf", action="store_true", help="keep the PDFs beside the PNGs")
    args = parser.parse_args()
    application = QGuiApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="einwandfrei-samples-"))
    pdfs: list[Path] = []
    try:
        english, german = work / "en", work / "de"
        with open_data_folder(english, language="en", backup=False) as library:
            checklist = starter_checklist(library)
            short_plan = add_plan(
                library,
                objection_ids(library, 8),
                phone="+41 44 123 45 67",
                email="anna.keller@mueller.example",
                checklist=checklist,
            )
            long_plan = add_plan(
                library,
                objection_ids(library, 30),
                customer="Thomas Brunner",
                company="Brunner Logistik GmbH",
                role="Managing Director",
                phone="+1 312 555 0142",
                email="t.brunner@brunner-logistik.example",
                checklist=checklist,
            )
        with open_data_folder(german, language="de", backup=False) as library:
            german_plan = add_plan(
                library,
                objection_ids(library, 8),
                customer="Anna Keller",
                company="Müller AG",
                role="Leiterin Einkauf",
                phone="+41 44 123 45 67",
                email="anna.keller@mueller.example",
                goal="Pilotprojekt für Q2 vereinbart",
                minimum_goal="Ihr OK für einen Rückruf am 18. März",
                opener="Passt es Ihnen gerade, oder soll ich Sie um zwei Uhr anrufen?",
                fallback="Donnerstag um zehn vorschlagen und fragen, was besser passt.",
                timing_notes="Quartalsende: Budgetgespräche diese Woche.",
                key_messages=("30 % weniger Einrichtungszeit", "Support auf Schweizerdeutsch"),
                checklist=starter_checklist(library),
            )
        pdfs.append(
            render(
                english,
                "call-sheet",
                PrintRequest(LayoutKind.SHEET, plan_id=short_plan),
                Paper.A4,
                "en_GB",
            )
        )
        pdfs.append(
            render(
                english,
                "call-sheet-long",
                PrintRequest(LayoutKind.SHEET, plan_id=long_plan),
                Paper.LETTER,
                "en_US",
            )
        )
        pdfs.append(render(english, "booklet", PrintRequest(LayoutKind.BOOKLET), Paper.A4, "en_GB"))
        pdfs.append(
            render(
                english,
                "cards-a6",
                PrintRequest(LayoutKind.CARDS, part=LibraryPart(PartKind.FAVOURITES), backs=True),
                Paper.A6,
                "en_GB",
            )
        )
        pdfs.append(
            render(
                english,
                "cards-a4",
                PrintRequest(
                    LayoutKind.CARDS, part=LibraryPart(PartKind.CATEGORY, name="Price"), backs=True
                ),
                Paper.A4,
                "en_GB",
            )
        )
        translator = install_print_translator("de")
        pdfs.append(
            render(
                german,
                "call-sheet-de",
                PrintRequest(LayoutKind.SHEET, plan_id=german_plan),
                Paper.A4,
                "de_CH",
            )
        )
        pdfs.append(
            render(
                german,
                "booklet-de",
                PrintRequest(
                    LayoutKind.BOOKLET, part=LibraryPart(PartKind.CATEGORY, name="Hartnäckigkeit")
                ),
                Paper.A4,
                "de_CH",
            )
        )
        if translator is not None:
            application.removeTranslator(translator)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if not args.keep_pdf:
            for pdf in pdfs:
                pdf.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
