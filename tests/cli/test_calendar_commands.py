"""`einwandfrei calendar` and `einwandfrei calendar-import`, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from einwandfrei.library_folder import open_data_folder
from einwandfrei.planning.plan import CustomerInfo
from einwandfrei.store.calls.plans import save_plan
from tests.cli.conftest import Run
from tests.interchange.calendar_support import assert_rfc5545
from tests.store.plan_fixtures import logged, ready_plan

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures" / "calendar"


def test_calendar_writes_an_ics_file(einwandfrei: Run, data_dir: Path, tmp_path: Path) -> None:
    with open_data_folder(data_dir, language="en") as library:
        save_plan(library, ready_plan(library))
        save_plan(
            library, logged(ready_plan(library, CustomerInfo("Ben Frei", "Frei GmbH")), worked=True)
        )
    target = tmp_path / "calls.ics"
    result = einwandfrei("calendar", "--from", "2025-03-01", "-o", str(target), check_exit=0)
    assert result.stdout == f"Wrote 2 events to {target}.\n"
    calendar = assert_rfc5545(target.read_bytes())
    assert len(calendar.walk("VEVENT")) == 2
    again = tmp_path / "again.ics"
    einwandfrei("calendar", "--from", "2025-03-01", "-o", str(again), check_exit=0)
    uids = sorted(str(event["UID"]) for event in assert_rfc5545(again.read_bytes()).walk("VEVENT"))
    assert uids == sorted(str(event["UID"]) for event in calendar.walk("VEVENT"))
    notes = einwandfrei("calendar", "--from", "2025-03-01", "--with-notes", check_exit=0).stdout
    assert "Quarter end" in notes and "Quarter end" not in target.read_text("utf-8")
    short = einwandfrei("calendar", "--from", "2025-03-05", "--days", "7", check_exit=0).stdout
    assert "BEGIN:VEVENT" not in short


def test_calendar_refuses_bad_options(einwandfrei: Run) -> None:
    result = einwandfrei("calendar", "--days", "0", check_exit=2)
    assert "expected a whole number of at least 1, not '0'" in result.stderr
    result = einwandfrei("calendar", "--from", "next week", check_exit=2)
    assert "expected a date like 2025-03-18" in result.stderr


def test_calendar_import_asks_before_creating(einwandfrei: Run) -> None:
    ics = str(FIXTURES / "google.ics")
    listed = einwandfrei("calendar-import", ics, "--from", "2026-12-01", check_exit=0).stdout
    lines = listed.splitlines()
    assert any("Clara Sommer (new customer) — Rückruf Treuhand-Offerte" in line for line in lines)
    assert any("David Roth (new customer) — Telefon Roth Bau" in line for line in lines)
    assert (
        "Left out: 2 recurring meetings, 1 all-day event, 1 cancelled event, 1 earlier meeting."
        in lines
    )
    assert lines[-1] == "Run again with --yes to create these 2 draft plans."
    assert json.loads(einwandfrei("plans", "--json", check_exit=0).stdout) == []
    created = einwandfrei("calendar-import", ics, "--from", "2026-12-01", "--yes", check_exit=0)
    assert created.stdout.splitlines()[-1] == "Created 2 draft plans (2 new customers)."
    plans = json.loads(einwandfrei("plans", "--json", check_exit=0).stdout)
    assert sorted(plan["goal"] for plan in plans) == [
        "Rückruf Treuhand-Offerte",
        "Telefon Roth Bau: Sanierung Schulhaus",
    ]
    assert {plan["status"] for plan in plans} == {"draft"}
    again = einwandfrei("calendar-import", ics, "--from", "2026-12-01", "--yes", check_exit=0)
    assert again.stdout.splitlines()[-1] == "No new meetings to draft plans for."
    assert "(imported before)" in again.stdout
    assert len(json.loads(einwandfrei("plans", "--json", check_exit=0).stdout)) == 2


def test_calendar_import_of_a_file_that_is_not_one(einwandfrei: Run, tmp_path: Path) -> None:
    wrong = tmp_path / "contacts.ics"
    wrong.write_text("Name,Email\nAnna,anna@x.ch\n", encoding="utf-8")
    result = einwandfrei("calendar-import", str(wrong), check_exit=1)
    assert result.stderr == (
        "einwandfrei: The file cannot be imported: it is not an iCalendar file (.ics).\n"
    )
    missing = einwandfrei("calendar-import", str(tmp_path / "nope.ics"), check_exit=1)
    assert missing.stderr.startswith("einwandfrei: There is no file ")


def test_calendar_import_speaks_german(einwandfrei: Run) -> None:
    ics = str(FIXTURES / "google.ics")
    listed = einwandfrei(
        "--language", "de", "calendar-import", ics, "--from", "2026-12-01", check_exit=0
    ).stdout.splitlines()
    assert any("Clara Sommer (neuer Kunde) — Rückruf Treuhand-Offerte" in line for line in listed)
    assert listed[-2] == (
        "Ausgelassen: 2 Serientermine, 1 ganztägiger Termin, 1 abgesagter Termin, "
        "1 früherer Termin."
    )
    assert listed[-1] == "Mit --yes erneut aufrufen, um diese 2 Entwürfe anzulegen."
    created = einwandfrei(
        "--language", "de", "calendar-import", ics, "--from", "2026-12-01", "--yes", check_exit=0
    )
    assert created.stdout.splitlines()[-1] == "2 Gesprächsentwürfe angelegt (2 neue Kunden)."
