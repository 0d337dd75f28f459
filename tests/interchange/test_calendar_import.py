"""Reading Outlook and Google Calendar exports: which meetings are offered, and who is in them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from einwandfrei.interchange.calendar_export import export_calendar
from einwandfrei.interchange.calendar_import import (
    Skipped,
    parse_calendar,
    read_calendar_file,
)
from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.planning.meetings import Participant, name_from_email, names_in, uid_key
from einwandfrei.store.calls.plans import save_plan
from einwandfrei.store.db.connection import Library
from tests.store.plan_fixtures import ready_plan

FIXTURES = Path(__file__).parent / "fixtures" / "calendar"
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def test_outlook_export() -> None:
    calendar = read_calendar_file(FIXTURES / "outlook.ics", now=NOW)
    assert calendar.owner == {"lena.vogt@einwand-demo.ch"}
    assert [meeting.summary for meeting in calendar.meetings] == [
        "Pilot Q1 besprechen",
        "Angebot vorbereiten",
        "Offerte Wartungsvertrag",
        "Workshop Einführung",
    ]
    pilot, own, offer, workshop = calendar.meetings
    # "W. Europe Standard Time" with Outlook's own VTIMEZONE: 10:00 in December is 09:00 UTC.
    assert pilot.start == datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
    assert pilot.participants == (Participant("Anna Keller", "anna.keller@mueller-ag.ch"),)
    assert pilot.location == "Microsoft Teams-Besprechung"
    assert pilot.uid.startswith("040000008200E00074C5B7101A82E008") and " " not in pilot.uid
    assert own.participants == ()  # only the owner: an appointment with oneself
    # Ben Frei organised this one and invited the owner.
    assert offer.participants == (Participant("Ben Frei", "ben.frei@frei-gmbh.ch"),)
    # The meeting room is no one to call.
    assert workshop.participants == (
        Participant("Anna Keller", "anna.keller@mueller-ag.ch"),
        Participant("Marco Brunner", "marco.brunner@mueller-ag.ch"),
    )
    assert workshop.start == datetime(2027, 1, 12, 12, 30, tzinfo=UTC)
    assert calendar.skipped == {
        Skipped.RECURRING: 1,
        Skipped.ALL_DAY: 1,
        Skipped.CANCELLED: 1,
        Skipped.PAST: 1,
    }


def test_google_export() -> None:
    calendar = read_calendar_file(FIXTURES / "google.ics", now=NOW)
    assert calendar.owner == {"lena.vogt@gmail.com"}  # the calendar's name is its address
    assert [meeting.summary for meeting in calendar.meetings] == [
        "Rückruf Treuhand-Offerte",
        "Telefon Roth Bau: Sanierung Schulhaus",
    ]
    callback, phone = calendar.meetings
    assert callback.start == datetime(2026, 12, 9, 13, tzinfo=UTC)
    assert callback.participants == (
        Participant("Clara Sommer", "clara.sommer@sommer-treuhand.ch"),
    )
    assert phone.participants == (Participant("", "david.roth@roth-bau.ch"),)
    assert phone.participants[0].best_name() == "David Roth"
    # The weekly series and its moved occurrence, the birthday, the cancelled and the past meeting.
    assert calendar.skipped == {
        Skipped.RECURRING: 2,
        Skipped.ALL_DAY: 1,
        Skipped.CANCELLED: 1,
        Skipped.PAST: 1,
    }


def test_everything_from_an_earlier_moment() -> None:
    calendar = read_calendar_file(FIXTURES / "google.ics", now=datetime(2026, 11, 1, tzinfo=UTC))
    assert "Erstkontakt Sommer Treuhand" in [meeting.summary for meeting in calendar.meetings]
    assert Skipped.PAST not in calendar.skipped


def test_named_owner_and_floating_times() -> None:
    raw = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:one@example.com\r\nDTSTAMP:20261201T000000Z\r\n"
        b"DTSTART:20261210T140000\r\nSUMMARY:Call\r\n"
        b"ORGANIZER;CN=Me:mailto:ME@example.com\r\n"
        b"ATTENDEE;CN=Eva Graf:mailto:eva@graf.ch\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    from zoneinfo import ZoneInfo

    calendar = parse_calendar(
        raw, now=NOW, me=["me@example.com"], local_zone=ZoneInfo("Europe/Zurich")
    )
    [meeting] = calendar.meetings
    assert meeting.participants == (Participant("Eva Graf", "eva@graf.ch"),)
    assert meeting.start == datetime(2026, 12, 10, 13, tzinfo=UTC)  # 14:00 in Zurich


def test_our_own_export_is_not_offered_back(library: Library) -> None:
    save_plan(library, ready_plan(library))
    data, count = export_calendar(library, first_day=datetime(2025, 3, 1).date())
    assert count == 1
    calendar = parse_calendar(data, now=datetime(2025, 3, 1, tzinfo=UTC))
    assert calendar.meetings == ()
    assert calendar.skipped == {Skipped.OWN_EXPORT: 1}


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"Name,Email\r\nAnna,anna@x.ch\r\n", "it is not an iCalendar file (.ics)"),
        (b"", "it is not an iCalendar file (.ics)"),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026121\r\n"
            b"SUMMARY:Broken\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "the event “Broken” cannot be read (",
        ),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:No start\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n",
            "the event “No start” cannot be read (No DTSTART given).",
        ),
    ],
)
def test_a_file_that_is_not_a_calendar_is_refused(raw: bytes, reason: str) -> None:
    with pytest.raises(InterchangeError) as error:
        parse_calendar(raw, now=NOW)
    sentence = str(error.value)
    assert sentence.startswith("The file cannot be imported: ")
    assert sentence.endswith(".") and not sentence.endswith("..") and "\n" not in sentence
    assert reason in sentence


def test_a_missing_file_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(InterchangeError, match=r"^There is no file .*missing\.ics\.$"):
        read_calendar_file(tmp_path / "missing.ics", now=NOW)


def test_meeting_rules() -> None:
    assert name_from_email("anna.keller@mueller-ag.ch") == "Anna Keller"
    assert name_from_email("b_frei-2@x.ch") == "B Frei"
    assert name_from_email("") == ""
    assert names_in("Telefon mit Anna Keller (Müller)", "Anna Keller")
    assert not names_in("Annabelle Keller", "Anna Keller")
    assert not names_in("Anna", "Anna")  # one word is too little to go by
    assert uid_key("short@x") == "short@x"
    long = "x" * 300
    assert uid_key(long).startswith("sha256:") and len(uid_key(long)) < 255
