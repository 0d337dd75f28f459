"""Meetings from an Outlook or Google Calendar export (`.ics`), read with `icalendar`, to offer
as draft call plans.

Offered: single, timed meetings from a given moment on. Left out, and counted: cancelled events,
recurring series (each occurrence of a weekly jour fixe is no sales call to prepare, and moved
occurrences belong to their series), all-day events (holidays, trips), meetings before that
moment, and events this app exported itself. Which customer a meeting is with is decided by the
store (an existing customer by address, then by name); here the calendar's owner is taken out
of each meeting's participants: the addresses passed in, the Google calendar's own address
(X-WR-CALNAME), the organiser of events with no one invited, and an address that is in every
meeting of the file that has guests, when there are two or more.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from einwandfrei.interchange.calendar_export import is_own_uid
from einwandfrei.interchange.errors import InterchangeError, refused_file
from einwandfrei.interchange.file_reading import read_bounded
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.meetings import Meeting, Participant

if TYPE_CHECKING:
    from icalendar import Event


class Skipped(enum.StrEnum):
    """Why an event of the file is not offered."""

    CANCELLED = "cancelled"
    RECURRING = "recurring"
    ALL_DAY = "all-day"
    PAST = "past"
    OWN_EXPORT = "own-export"


@dataclass(frozen=True, slots=True)
class CalendarFile:
    """What a calendar file offers: its meetings by time, and how many events were left out."""

    meetings: tuple[Meeting, ...]
    skipped: Counter[Skipped] = field(default_factory=Counter)
    owner: frozenset[str] = frozenset()


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NOT_PEOPLE = {"ROOM", "RESOURCE", "UNKNOWN"}


@dataclass(frozen=True, slots=True)
class _Address:
    name: str
    email: str
    organiser: bool


def _addresses(event: Event) -> list[_Address]:
    found: list[_Address] = []
    organiser = event.get("ORGANIZER")
    if organiser is not None:
        found.append(_address(organiser, organiser=True))
    attendees = event.get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    for attendee in attendees:
        params = getattr(attendee, "params", {})
        if str(params.get("CUTYPE", "INDIVIDUAL")).upper() in _NOT_PEOPLE:
            continue
        if str(params.get("ROLE", "")).upper() == "NON-PARTICIPANT":
            continue
        found.append(_address(attendee, organiser=False))
    return [address for address in found if address.name or address.email]


def _address(value: Any, *, organiser: bool) -> _Address:
    text = str(value).strip()
    email = text[7:] if text.lower().startswith("mailto:") else text
    email = email.strip().lower() if _EMAIL.match(email.strip()) else ""
    params = getattr(value, "params", {})
    name = " ".join(str(params.get("CN", "")).strip().strip('"').split())
    if name.lower() == email or _EMAIL.match(name):
        name = ""  # Google writes the address as the name when it knows no other
    return _Address(name=name, email=email, organiser=organiser)


def _owner(calendar: Any, events: list[Event], me: Iterable[str]) -> frozenset[str]:
    owner = {address.strip().lower() for address in me if address.strip()}
    calendar_name = str(calendar.get("X-WR-CALNAME", "")).strip().lower()
    if _EMAIL.match(calendar_name):
        owner.add(calendar_name)
    with_guests: list[set[str]] = []
    for event in events:
        addresses = _addresses(event)
        emails = {address.email for address in addresses if address.email}
        if any(not address.organiser for address in addresses):
            with_guests.append(emails)
        else:
            owner.update(emails)  # an appointment with no one invited: its organiser is the owner
    if len(with_guests) >= 2:
        owner.update(set.intersection(*with_guests))
    return frozenset(owner)


def _is_recurring(event: Event) -> bool:
    return any(event.get(name) is not None for name in ("RRULE", "RDATE", "RECURRENCE-ID"))


def _start(event: Event, local: tzinfo | None) -> date | datetime:
    start = event.start
    if isinstance(start, datetime) and start.tzinfo is None:
        # A floating time is the reader's local time (RFC 5545, 3.3.5).
        start = start.replace(tzinfo=local) if local is not None else start.astimezone()
    return start


def parse_calendar(
    raw: bytes,
    *,
    now: datetime,
    me: Iterable[str] = (),
    local_zone: tzinfo | None = None,
) -> CalendarFile:
    """The meetings of an iCalendar file that start at `now` or later (see the module's
    docstring); `me` names the calendar owner's addresses. Refuses a file that is not
    iCalendar with one sentence."""
    from icalendar import Calendar

    text = _decode(raw)
    if "BEGIN:VCALENDAR" not in text[:4096].upper():
        raise refused_file(
            Message(QT_TRANSLATE_NOOP("Messages", "it is not an iCalendar file (.ics)"))
        )
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except ValueError as error:
        raise refused_file(
            Message(
                QT_TRANSLATE_NOOP("Messages", "its calendar data cannot be read ({reason})"),
                reason=str(error).strip().rstrip("."),
            )
        ) from error
    meetings: list[Meeting] = []
    skipped: Counter[Skipped] = Counter()
    owners: set[str] = set()
    for calendar in calendars:
        events = list(calendar.events)
        owner = _owner(calendar, events, me)
        owners |= owner
        cancelled_all = str(calendar.get("METHOD", "")).upper() == "CANCEL"
        for event in events:
            reason = _skip_reason(event, cancelled_all, now, local_zone)
            if reason is not None:
                skipped[reason] += 1
                continue
            meetings.append(_meeting(event, owner, local_zone))
    meetings.sort(key=lambda meeting: (meeting.start, meeting.summary))
    return CalendarFile(meetings=tuple(meetings), skipped=skipped, owner=frozenset(owners))


def _skip_reason(
    event: Event, cancelled_all: bool, now: datetime, local: tzinfo | None
) -> Skipped | None:
    uid = str(event.get("UID", "")).strip()
    if is_own_uid(uid):
        return Skipped.OWN_EXPORT
    if cancelled_all or str(event.get("STATUS", "")).upper() == "CANCELLED":
        return Skipped.CANCELLED
    if _is_recurring(event):
        return Skipped.RECURRING
    try:
        start = _start(event, local)
    except Exception as error:  # icalendar raises its own types for a missing or bad DTSTART
        raise _bad_event(event, str(error)) from error
    if not isinstance(start, datetime):
        return Skipped.ALL_DAY
    if start < now:
        return Skipped.PAST
    if not uid:
        raise _bad_event(event, "no UID")
    return None


def _bad_event(event: Event, reason: str) -> InterchangeError:
    return refused_file(
        Message(
            QT_TRANSLATE_NOOP("Messages", "the event “{summary}” cannot be read ({reason})"),
            summary=str(event.get("SUMMARY", "")).strip() or "?",
            reason=reason.strip().rstrip("."),
        )
    )


def _meeting(event: Event, owner: frozenset[str], local: tzinfo | None) -> Meeting:
    start = _start(event, local)
    assert isinstance(start, datetime)
    participants: list[Participant] = []
    seen: set[str] = set()
    for address in _addresses(event):
        if address.email and address.email in owner:
            continue
        key = address.email or address.name.casefold()
        if key in seen:
            continue
        seen.add(key)
        participants.append(Participant(name=address.name, email=address.email))
    return Meeting(
        uid=str(event.get("UID")).strip(),
        summary=" ".join(str(event.get("SUMMARY", "")).split()),
        start=start.astimezone(UTC),
        participants=tuple(participants),
        location=" ".join(str(event.get("LOCATION", "")).split()),
    )


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def left_out(skipped: Counter[Skipped], no_customer: int = 0) -> Message | None:
    """ "Left out: 2 recurring meetings, 1 all-day event." for what a file did not offer, and
    `no_customer` meetings with no one to call (None when nothing was left out)."""
    parts: list[Message] = []
    counted = (
        (
            skipped[Skipped.RECURRING],
            QT_TRANSLATE_NOOP("Messages", "{count} recurring meeting"),
            QT_TRANSLATE_NOOP("Messages", "{count} recurring meetings"),
        ),
        (
            skipped[Skipped.ALL_DAY],
            QT_TRANSLATE_NOOP("Messages", "{count} all-day event"),
            QT_TRANSLATE_NOOP("Messages", "{count} all-day events"),
        ),
        (
            skipped[Skipped.CANCELLED],
            QT_TRANSLATE_NOOP("Messages", "{count} cancelled event"),
            QT_TRANSLATE_NOOP("Messages", "{count} cancelled events"),
        ),
        (
            skipped[Skipped.PAST],
            QT_TRANSLATE_NOOP("Messages", "{count} earlier meeting"),
            QT_TRANSLATE_NOOP("Messages", "{count} earlier meetings"),
        ),
        (
            skipped[Skipped.OWN_EXPORT],
            QT_TRANSLATE_NOOP("Messages", "{count} event exported from Einwandfrei"),
            QT_TRANSLATE_NOOP("Messages", "{count} events exported from Einwandfrei"),
        ),
        (
            no_customer,
            QT_TRANSLATE_NOOP("Messages", "{count} meeting without anyone but you"),
            QT_TRANSLATE_NOOP("Messages", "{count} meetings without anyone but you"),
        ),
    )
    for count, one, many in counted:
        if count:
            parts.append(Message(one if count == 1 else many, count=count))
    if not parts:
        return None
    listed = parts[0]
    for part in parts[1:]:
        listed = Message(QT_TRANSLATE_NOOP("Messages", "{list}, {item}"), list=listed, item=part)
    return Message(QT_TRANSLATE_NOOP("Messages", "Left out: {list}."), list=listed)


def drafts_created(plans: int, customers: int) -> Message:
    """The sentence after drafts were created: "Created 3 draft plans (1 new customer)."."""
    plans_part = Message(
        QT_TRANSLATE_NOOP("Messages", "{count} draft plan")
        if plans == 1
        else QT_TRANSLATE_NOOP("Messages", "{count} draft plans"),
        count=plans,
    )
    customers_part = Message(
        QT_TRANSLATE_NOOP("Messages", "{count} new customer")
        if customers == 1
        else QT_TRANSLATE_NOOP("Messages", "{count} new customers"),
        count=customers,
    )
    return Message(
        QT_TRANSLATE_NOOP("Messages", "Created {plans} ({customers})."),
        plans=plans_part,
        customers=customers_part,
    )


def read_calendar_file(
    path: Path, *, now: datetime, me: Iterable[str] = (), local_zone: tzinfo | None = None
) -> CalendarFile:
    """`parse_calendar` of a file; one sentence for a file that cannot be read."""
    return parse_calendar(read_bounded(path), now=now, me=me, local_zone=local_zone)
