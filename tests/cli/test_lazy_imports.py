"""The calendar, contacts and deck libraries load only when their command runs, never at start-up
(the window's fast path parses the command line first)."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("icalendar", "vobject", "genanki", "sqlalchemy", "PySide6")


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["calendar", "--from", "2025-03-01"],
        ["calendar-import", "x.ics", "--yes"],
        ["contacts-import", "x.vcf", "--dry-run"],
        ["deck", "--category", "Price", "-o", "x.apkg"],
    ],
)
def test_parsing_imports_no_calendar_contacts_or_deck_library(argv: list[str]) -> None:
    program = (
        "import sys\n"
        "from einwandfrei.cli import build_parser\n"
        f"build_parser().parse_args({argv!r})\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
