"""Planned calls and agreed next contacts as an iCalendar file (RFC 5545), via `icalendar`.

Each event has a UID derived from the library and the plan, so importing a later export into
Outlook, Google Calendar or Thunderbird updates the events instead of adding them twice; its
SEQUENCE is the plan's version, so the newer export wins. Times are written in the computer's
time zone with its VTIMEZONE definition (Outlook shifts events by an hour without one), or in
UTC where that zone has no IANA name. The goal and minimum goal go into the description; the
free-text notes only when asked for.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from einwandfrei import __version__
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message, Translate
from einwandfrei.planning.calendar_entries import CalendarEntry, EntryKind

if TYPE_CHECKING:
    from icalendar import Calendar

    from einwandfrei.store.db.connection import Library

CALL_LENGTH = timedelta(minutes=30)
"""How long an exported call blocks the calendar (plans hold no length)."""

UID_DOMAIN = "einwandfrei"
"""The part after "@" in the UID of every exported event: how an import recognises our own."""

PRODID = f"-//Einwandfrei//Einwandfrei {__version__}//EN"


def _namespace(library_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(library_id)
    except ValueError:
        return uuid.uuid5(uuid.NAMESPACE_URL, f"einwandfrei:{library_id}")


def event_uid(library_id: str, kind: EntryKind, plan_id: int) -> str:
    """The stable UID of the event for a plan (its call, or the next contact it agreed)."""
    return f"{uuid.uuid5(_namespace(library_id), f'{kind.value}/{plan_id}')}@{UID_DOMAIN}"


def is_own_uid(uid: str) -> bool:
    """Whether an event's UID is one this module writes."""
    return uid.endswith(f"@{UID_DOMAIN}")


def system_zone_name() -> str | None:
    """The IANA name of the computer's time zone (`Europe/Zurich`), or None if it has none.

    Read from `TZ`, `/etc/timezone` or the `/etc/localtime` link; the window passes Qt's own
    answer instead, which also works on Windows and macOS.
    """
    candidates: list[str] = []
    if variable := os.environ.get("TZ", "").lstrip(":"):
        candidates.append(variable)
    with contextlib.suppress(OSError, UnicodeDecodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    try:
        target = str(Path("/etc/localtime").readlink())
    except (OSError, ValueError):
        target = ""
    if "zoneinfo/" in target:
        candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        if zone_named(name) is not None:
            return name
    return None


def zone_named(name: str | None) -> tzinfo | None:
    """The time zone of an IANA name, or None for no name or an unknown one."""
    if not name or name.startswith("/") or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _summary(entry: CalendarEntry) -> Message:
    if entry.kind is EntryKind.CALL:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "Call with {customer}"), customer=entry.customer.label()
        )
    return Message(
        QT_TRANSLATE_NOOP("Messages", "Next contact with {customer}"),
        customer=entry.customer.label(),
    )


def _description(entry: CalendarEntry, with_notes: bool) -> list[Message]:
    lines: list[Message] = []
    if entry.kind is EntryKind.NEXT_CONTACT:
        lines.append(Message(QT_TRANSLATE_NOOP("Messages", "Agreed in the last call.")))
    if entry.goal:
        goal = (
            QT_TRANSLATE_NOOP("Messages", "Goal: {text}")
            if entry.kind is EntryKind.CALL
            else QT_TRANSLATE_NOOP("Messages", "Goal of the last call: {text}")
        )
        lines.append(Message(goal, text=entry.goal))
    if entry.minimum_goal:
        minimum = (
            QT_TRANSLATE_NOOP("Messages", "Minimum goal: {text}")
            if entry.kind is EntryKind.CALL
            else QT_TRANSLATE_NOOP("Messages", "Minimum goal of the last call: {text}")
        )
        lines.append(Message(minimum, text=entry.minimum_goal))
    if with_notes:
        if entry.kind is EntryKind.CALL and entry.timing_notes:
            lines.append(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Their situation: {text}"),
                    text=entry.timing_notes,
                )
            )
        if entry.kind is EntryKind.NEXT_CONTACT and entry.outcome_notes:
            lines.append(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Notes from the last call: {text}"),
                    text=entry.outcome_notes,
                )
            )
        if entry.customer_notes:
            lines.append(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "About the customer: {text}"),
                    text=entry.customer_notes,
                )
            )
    return lines


def build_calendar(
    entries: Sequence[CalendarEntry],
    *,
    library_id: str,
    zone_name: str | None = None,
    with_notes: bool = False,
    translate: Translate | None = None,
    now: datetime | None = None,
) -> Calendar:
    """The calendar of `entries`: one VEVENT each, times in `zone_name` (with its VTIMEZONE),
    or in UTC when that is None or unknown."""
    from icalendar import Calendar, Event

    zone = zone_named(zone_name)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar.new(
        uid=_namespace(library_id),
        prodid=PRODID,
        method="PUBLISH",
        name=Message(QT_TRANSLATE_NOOP("Messages", "Einwandfrei calls")).render(translate),
    )
    for entry in entries:
        start = entry.start.astimezone(zone or UTC).replace(microsecond=0)
        description = "\n".join(line.render(translate) for line in _description(entry, with_notes))
        event = Event.new(
            uid=event_uid(library_id, entry.kind, entry.plan_id),
            stamp=stamp,
            start=start,
            end=start + CALL_LENGTH,
            summary=_summary(entry).render(translate),
            description=description or None,
            sequence=max(0, entry.version - 1),
            last_modified=(
                entry.updated_at.astimezone(UTC).replace(microsecond=0)
                if entry.updated_at is not None
                else None
            ),
        )
        calendar.add_component(event)
    if zone is not None and entries:
        days = [entry.start.astimezone(zone).date() for entry in entries]
        calendar.add_missing_timezones(
            first_date=min(days) - timedelta(days=1), last_date=max(days) + timedelta(days=1)
        )
    return calendar


def calendar_bytes(
    entries: Sequence[CalendarEntry],
    *,
    library_id: str,
    zone_name: str | None = None,
    with_notes: bool = False,
    translate: Translate | None = None,
    now: datetime | None = None,
) -> bytes:
    """The `.ics` file of `entries` (see `build_calendar`)."""
    calendar = build_calendar(
        entries,
        library_id=library_id,
        zone_name=zone_name,
        with_notes=with_notes,
        translate=translate,
        now=now,
    )
    return bytes(calendar.to_ical())


def export_window(
    first_day: date | None, days: int | None, zone: tzinfo | None
) -> tuple[datetime, datetime | None]:
    """The bounds of `--from DAY --days N`: from the start of `first_day` (default today) in
    `zone` (the computer's when None), for `days` days or without end."""

    def midnight(day: date) -> datetime:
        moment = datetime.combine(day, time(0), tzinfo=zone)
        return (moment if zone is not None else moment.astimezone()).astimezone(UTC)

    first_day = first_day or datetime.now(zone).astimezone(zone).date()
    end = None if days is None else midnight(first_day + timedelta(days=days))
    return midnight(first_day), end


def events_written(count: int, path: Path) -> Message:
    """The sentence after an export: "Wrote 3 events to calls.ics."."""
    template = (
        QT_TRANSLATE_NOOP("Messages", "Wrote {count} event to {path}.")
        if count == 1
        else QT_TRANSLATE_NOOP("Messages", "Wrote {count} events to {path}.")
    )
    return Message(template, count=count, path=path)


def export_calendar(
    library: Library,
    *,
    first_day: date | None = None,
    days: int | None = None,
    zone_name: str | None = None,
    with_notes: bool = False,
    translate: Translate | None = None,
) -> tuple[bytes, int]:
    """The library's calendar file from `first_day` (default today) for `days` days (default
    all that is planned), and how many events it holds."""
    from einwandfrei.store.calls.calendar_entries import calendar_entries
    from einwandfrei.store.library.record_reading import read_meta

    start, end = export_window(first_day, days, zone_named(zone_name))
    with library.read() as connection:
        entries = calendar_entries(connection, start, end)
        library_id = read_meta(connection, "library_id") or str(library.path)
    data = calendar_bytes(
        entries,
        library_id=library_id,
        zone_name=zone_name,
        with_notes=with_notes,
        translate=translate,
    )
    return data, len(entries)
