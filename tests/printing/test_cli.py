"""`einwandfrei sheet` as a user runs it: a separate process, no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.db.connection import Library
from tests.printing.conftest import flat, page_sizes, pdf_pages
from tests.printing.samples import add_plan, objection_ids


def sheet(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environment["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "einwandfrei", "sheet", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )


def test_a_plan_prints_without_a_display(library: Library, data_dir: Path, tmp_path: Path) -> None:
    plan_id = add_plan(library, objection_ids(library, 6))
    pdf = tmp_path / "call.pdf"
    result = sheet(data_dir, "--plan", str(plan_id), "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {pdf} (1 page).\n"
    assert result.stderr == ""
    [text] = pdf_pages(pdf)
    assert "CallwithAnnaKeller" in flat(text) and "GOAL" in text
    # US English locale (the test environment): US Letter.
    assert page_sizes(pdf) == [(612, 792)]


def test_booklets_and_cards_of_a_category_tag_or_the_favourites(
    library: Library, data_dir: Path, tmp_path: Path
) -> None:
    runs = {
        "all.pdf": ["--all"],
        "price.pdf": ["--category", "PRICE", "--paper", "a4"],
        "budget.pdf": ["--tag", "budget", "--layout", "cards"],
        "favourites.pdf": ["--favorites", "--layout", "cards", "--backs", "--paper", "letter"],
    }
    for name, arguments in runs.items():
        result = sheet(data_dir, *arguments, "-o", str(tmp_path / name))
        assert result.returncode == 0, (name, result.stderr)
    assert "CONTENTS" in pdf_pages(tmp_path / "all.pdf")[0]
    assert flat("Objections: Price") in flat(pdf_pages(tmp_path / "price.pdf")[0])
    assert {abs(w - 595) <= 1 for w, _h in page_sizes(tmp_path / "price.pdf")} == {True}
    cards = page_sizes(tmp_path / "budget.pdf")
    assert {(w, h) for w, h in cards} == {(288, 432)}  # US locale: 4 × 6 in index cards
    assert {(w, h) for w, h in page_sizes(tmp_path / "favourites.pdf")} == {(612, 792)}


def test_unknown_names_are_one_sentence_and_write_nothing(
    library: Library, data_dir: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "never.pdf"
    for arguments, message in (
        (["--plan", "99"], "einwandfrei: There is no call plan with the number 99.\n"),
        (
            ["--category", "Weather"],
            "einwandfrei: There is no category named “Weather” in the library.\n",
        ),
        (["--tag", "nope"], "einwandfrei: There is no tag named “nope” in the library.\n"),
    ):
        result = sheet(data_dir, *arguments, "-o", str(pdf))
        assert (result.returncode, result.stderr, result.stdout) == (1, message, "")
    missing_folder = sheet(data_dir, "--all", "-o", str(tmp_path / "no" / "such.pdf"))
    assert missing_folder.returncode == 1
    assert missing_folder.stderr.count("\n") == 1 and "does not exist" in missing_folder.stderr
    assert not pdf.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_usage_errors_exit_2(library: Library, data_dir: Path, tmp_path: Path) -> None:
    pdf = str(tmp_path / "x.pdf")
    assert sheet(data_dir, "--all", "--layout", "sheet", "-o", pdf).returncode == 2
    assert sheet(data_dir, "--all", "--favorites", "-o", pdf).returncode == 2
    assert sheet(data_dir, "--plan", "abc", "-o", pdf).returncode == 2
    assert sheet(data_dir, "--all").returncode == 2  # -o is required


def test_a_german_library_prints_in_german(tmp_path: Path) -> None:
    data_dir = tmp_path / "de"
    with open_data_folder(data_dir, language="de") as library:
        plan_id = add_plan(library, objection_ids(library, 3), customer="Jürg Müller")
    pdf = tmp_path / "gespraech.pdf"
    result = sheet(data_dir, "--plan", str(plan_id), "--paper", "a4", "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    text = flat(pdf_pages(pdf)[0])
    for german in ("Gespräch mit Jürg Müller", "ZIEL", "MINDESTENS", "Einwandfrei · Seite 1 von 1"):
        assert flat(german) in text, german
    assert "„" in text  # German quotation marks around the objections


def test_a_new_data_folder_gets_its_library_first(tmp_path: Path) -> None:
    data_dir = tmp_path / "fresh"
    pdf = tmp_path / "fresh.pdf"
    result = sheet(data_dir, "--language", "en", "--favorites", "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    assert (data_dir / "library.sqlite3").exists()
    assert "Favouriteobjections" in flat(pdf_pages(pdf)[0])
