"""The planned calls and agreed next contacts a calendar export writes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from einwandfrei.planning.calendar_entries import CalendarEntry, EntryKind
from einwandfrei.planning.plan import CustomerInfo, PlanStatus
from einwandfrei.store.calls.plan_lists import follow_up_facts
from einwandfrei.store.db import tables

_plans = tables.call_plans.c
_customers = tables.customers.c


def calendar_entries(
    connection: Connection, start: datetime | None = None, end: datetime | None = None
) -> list[CalendarEntry]:
    """Planned calls, and next contacts agreed in a customer's latest logged call that no later
    plan prepares yet, with `start <= time < end` (either bound may be open), by time.

    Drafts are left out (not planned yet), and so are plans drafted from a calendar event: that
    event is in the user's calendar already.
    """
    query = (
        select(
            _plans.id,
            _plans.status,
            _plans.scheduled_at,
            _plans.next_contact_at,
            _plans.goal,
            _plans.minimum_goal,
            _plans.timing_notes,
            _plans.outcome,
            _plans.version,
            _plans.updated_at,
            _plans.calendar_uid,
            _customers.id.label("customer_id"),
            _customers.name,
            _customers.company,
            _customers.role,
            _customers.notes,
        )
        .join(tables.customers, _customers.id == _plans.customer_id)
        .where(_plans.deleted_at.is_(None), _customers.deleted_at.is_(None))
    )
    rows: dict[int, Any] = {row.id: row for row in connection.execute(query)}
    entries: list[CalendarEntry] = []
    for row in rows.values():
        if str(getattr(row.status, "value", row.status)) != PlanStatus.PLANNED.value:
            continue
        if row.scheduled_at is None or row.calendar_uid is not None:
            continue
        entries.append(_entry(EntryKind.CALL, row, row.scheduled_at))
    for fact in follow_up_facts(connection):
        if not fact.next_contact_agreed or fact.next_contact_at is None:
            continue
        if fact.prepared_plan_id is not None:
            continue
        entries.append(_entry(EntryKind.NEXT_CONTACT, rows[fact.plan_id], fact.next_contact_at))
    selected = [
        entry
        for entry in entries
        if (start is None or entry.start >= start) and (end is None or entry.start < end)
    ]
    selected.sort(key=lambda entry: (entry.start, entry.kind.value, entry.plan_id))
    return selected


def _entry(kind: EntryKind, row: Any, start: datetime) -> CalendarEntry:
    values = row._mapping
    return CalendarEntry(
        kind=kind,
        plan_id=values["id"],
        customer=CustomerInfo(
            name=values["name"],
            company=values["company"],
            role=values["role"],
            id=values["customer_id"],
            notes=values["notes"],
        ),
        start=start,
        goal=values["goal"],
        minimum_goal=values["minimum_goal"],
        timing_notes=values["timing_notes"],
        outcome_notes=values["outcome"],
        customer_notes=values["notes"],
        version=values["version"],
        updated_at=values["updated_at"],
    )
