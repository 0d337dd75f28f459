"""Checks of iCalendar files against RFC 5545's required properties, shared by the tests."""

from __future__ import annotations

from icalendar import Calendar


def assert_rfc5545(data: bytes) -> Calendar:
    """Parse `data` with icalendar and check what RFC 5545 requires of it; returns the calendar."""
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    for line in data.split(b"\r\n"):
        assert b"\n" not in line and b"\r" not in line
        assert len(line) <= 75, line  # 3.1: lines are folded at 75 octets
    calendar = Calendar.from_ical(data)
    assert calendar.name == "VCALENDAR"
    for required in ("PRODID", "VERSION"):  # 3.6
        assert required in calendar, required
    assert str(calendar["VERSION"]) == "2.0"
    defined = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    for zone in calendar.walk("VTIMEZONE"):  # 3.6.5
        rules = zone.walk("STANDARD") + zone.walk("DAYLIGHT")
        assert rules
        for rule in rules:
            for required in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO"):
                assert required in rule, required
    uids = []
    for event in calendar.walk("VEVENT"):  # 3.6.1
        for required in ("UID", "DTSTAMP", "DTSTART"):
            assert required in event, required
        assert not ("DTEND" in event and "DURATION" in event)
        assert event.decoded("DTSTAMP").tzinfo is not None  # DTSTAMP is in UTC
        uids.append(str(event["UID"]))
        for name in ("DTSTART", "DTEND"):
            if name in event and "TZID" in event[name].params:
                assert event[name].params["TZID"] in defined  # 3.2.19: each TZID is defined
    assert len(uids) == len(set(uids))
    return calendar
