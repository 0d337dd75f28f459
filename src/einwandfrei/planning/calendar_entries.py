"""What a calendar export holds: planned calls and agreed next contacts, as plain data."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from einwandfrei.planning.plan import CustomerInfo


class EntryKind(enum.StrEnum):
    """A call that is planned, or a next contact the customer agreed to in a logged call."""

    CALL = "call"
    NEXT_CONTACT = "next-contact"


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One event of the calendar export.

    `plan_id` is the planned call's plan, or for a next contact the logged call that agreed it;
    with `kind` it keys the event's UID, so a later export updates the same event. `version`
    grows with every change of that plan (the event's SEQUENCE). The notes are free text and
    only exported when asked for.
    """

    kind: EntryKind
    plan_id: int
    customer: CustomerInfo
    start: datetime
    goal: str = ""
    minimum_goal: str = ""
    timing_notes: str = ""
    outcome_notes: str = ""
    customer_notes: str = ""
    version: int = 1
    updated_at: datetime | None = None
