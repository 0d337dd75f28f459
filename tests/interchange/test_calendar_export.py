"""The calendar export: RFC 5545 events that icalendar reads back, with stable UIDs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar

from einwandfrei.interchange.calendar_export import (
    event_uid,
    export_calendar,
    export_window,
    is_own_uid,
)
from einwandfrei.planning.calendar_entries import EntryKind
from einwandfrei.planning.plan import CustomerInfo, PlanStatus
from einwandfrei.store.calls.plans import delete_plan, save_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.record_reading import read_meta
from tests.interchange.calendar_support import assert_rfc5545
from tests.store.plan_fixtures import CALL_TIME, logged, ready_plan

MARCH = date(2025, 3, 1)


def _events(data: bytes) -> dict[str, Any]:
    calendar = Calendar.from_ical(data)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def _plans(library: Library) -> dict[str, int]:
    planned = save_plan(library, ready_plan(library))
    done = save_plan(
        library, logged(ready_plan(library, CustomerInfo("Ben Frei", "Frei GmbH")), worked=True)
    )
    draft = save_plan(
        library,
        replace(ready_plan(library, CustomerInfo("Clara Sommer")), status=PlanStatus.DRAFT),
    )
    trashed = save_plan(library, ready_plan(library, CustomerInfo("Dora Trash")))
    delete_plan(library, trashed.id or 0)
    return {"planned": planned.id or 0, "done": done.id or 0, "draft": draft.id or 0}


def test_planned_calls_and_next_contacts_in_the_local_zone(library: Library) -> None:
    ids = _plans(library)
    data, count = export_calendar(library, first_day=MARCH, zone_name="Europe/Zurich")
    calendar = assert_rfc5545(data)
    assert count == 2
    assert str(calendar["METHOD"]) == "PUBLISH"
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Zurich"
    events = _events(data)
    assert set(events) == {
        "Call with Anna Keller · Müller AG",
        "Next contact with Ben Frei · Frei GmbH",
    }
    call = events["Call with Anna Keller · Müller AG"]
    assert call["DTSTART"].params["TZID"] == "Europe/Zurich"
    start = call.decoded("DTSTART")
    assert start == CALL_TIME
    assert start.tzinfo.key == "Europe/Zurich"
    assert start.hour == 10  # 09:00 UTC is 10:00 in Zurich in March
    assert call.decoded("DTEND") - start == timedelta(minutes=30)
    description = str(call["DESCRIPTION"])
    assert "Goal: Pilot agreed for Q2" in description
    assert "Minimum goal: Their OK to get back in touch on 18 March" in description
    assert "Quarter end" not in description  # the timing notes are free text
    library_id = _library_id(library)
    assert str(call["UID"]) == event_uid(library_id, EntryKind.CALL, ids["planned"])
    follow_up = events["Next contact with Ben Frei · Frei GmbH"]
    assert follow_up.decoded("DTSTART") == datetime(2025, 3, 18, 9, tzinfo=UTC)
    assert str(follow_up["UID"]) == event_uid(library_id, EntryKind.NEXT_CONTACT, ids["done"])
    assert "Goal of the last call: Pilot agreed for Q2" in str(follow_up["DESCRIPTION"])
    assert all(is_own_uid(str(event["UID"])) for event in events.values())


def _library_id(library: Library) -> str:
    with library.read() as connection:
        return read_meta(connection, "library_id")


def test_notes_only_when_asked(library: Library) -> None:
    _plans(library)
    data, _count = export_calendar(
        library, first_day=MARCH, zone_name="Europe/Zurich", with_notes=True
    )
    events = _events(data)
    call = str(events["Call with Anna Keller · Müller AG"]["DESCRIPTION"])
    assert "Their situation: Quarter end: budget talks this week" in call
    follow_up = str(events["Next contact with Ben Frei · Frei GmbH"]["DESCRIPTION"])
    assert "Notes from the last call: Budget frozen until April" in follow_up


def test_uids_are_stable_and_the_sequence_grows_with_changes(library: Library) -> None:
    ids = _plans(library)
    first, _ = export_calendar(library, first_day=MARCH, zone_name="Europe/Zurich")
    again, _ = export_calendar(library, first_day=MARCH, zone_name="Europe/Zurich")
    uids = {str(event["UID"]) for event in _events(first).values()}
    assert uids == {str(event["UID"]) for event in _events(again).values()}
    with library.read() as connection:
        from einwandfrei.store.calls.plans import read_plan

        stored = read_plan(connection, ids["planned"])
    save_plan(library, replace(stored, scheduled_at=CALL_TIME + timedelta(hours=2)))
    moved, _ = export_calendar(library, first_day=MARCH, zone_name="Europe/Zurich")
    before = _events(first)["Call with Anna Keller · Müller AG"]
    after = _events(moved)["Call with Anna Keller · Müller AG"]
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after.decoded("DTSTART") == CALL_TIME + timedelta(hours=2)


def test_a_prepared_follow_up_is_exported_once(library: Library) -> None:
    ids = _plans(library)
    with library.read() as connection:
        from einwandfrei.store.calls.plans import read_plan

        done = read_plan(connection, ids["done"])
    follow_up = replace(
        ready_plan(library, done.customer),
        scheduled_at=datetime(2025, 3, 18, 9, tzinfo=UTC),
        previous_plan_id=done.id,
    )
    save_plan(library, follow_up)
    data, count = export_calendar(library, first_day=MARCH, zone_name="Europe/Zurich")
    assert count == 2
    assert set(_events(data)) == {
        "Call with Anna Keller · Müller AG",
        "Call with Ben Frei · Frei GmbH",
    }


def test_the_window_and_utc_without_a_zone(library: Library) -> None:
    _plans(library)
    data, count = export_calendar(library, first_day=date(2025, 3, 5), days=30)
    calendar = assert_rfc5545(data)
    assert count == 1
    assert not calendar.walk("VTIMEZONE")
    [event] = calendar.walk("VEVENT")
    assert b"DTSTART:20250318T090000Z" in data
    assert event.decoded("DTSTART") == datetime(2025, 3, 18, 9, tzinfo=UTC)
    empty, none = export_calendar(library, first_day=date(2025, 3, 19), zone_name="Europe/Zurich")
    assert none == 0
    assert not assert_rfc5545(empty).walk("VEVENT")


def test_export_window_counts_local_days() -> None:
    zurich = ZoneInfo("Europe/Zurich")
    start, end = export_window(date(2025, 3, 29), 2, zurich)
    assert start == datetime(2025, 3, 29, tzinfo=zurich)
    # Summer time starts on the 30th: two days are 47 hours there.
    assert end == datetime(2025, 3, 31, tzinfo=zurich)
    assert end - start == timedelta(hours=47)
    assert export_window(date(2025, 3, 29), None, zurich)[1] is None
