"""Follow-ups: who is due for a call, and the record of who agreed to be called again.

The minimum goal of every call is the customer's OK to get back in touch at a named time. The Due
list holds the customers whose agreed next contact is today or overdue; the consent record counts
how often each customer agreed, so patient persistence stays welcome and never becomes pushy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from einwandfrei.planning.plan import CustomerInfo


@dataclass(frozen=True, slots=True)
class FollowUpFacts:
    """A customer's latest logged call and what it agreed about the next contact.

    `prepared_plan_id` is a later plan (draft or planned) already waiting for that contact.
    """

    customer: CustomerInfo
    plan_id: int
    next_contact_at: datetime | None
    next_contact_agreed: bool | None
    prepared_plan_id: int | None = None


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    """A customer to call: the agreed time, how many days it is overdue, and the plans involved."""

    customer: CustomerInfo
    next_contact_at: datetime
    days_overdue: int
    last_plan_id: int
    prepared_plan_id: int | None = None


def local_day(moment: datetime) -> date:
    """The calendar day of an aware datetime in the computer's time zone."""
    return moment.astimezone().date()


def due_follow_ups(facts: Iterable[FollowUpFacts], today: date) -> list[DueFollowUp]:
    """Customers whose agreed next contact is today or earlier, the most overdue first."""
    due = []
    for fact in facts:
        if not fact.next_contact_agreed or fact.next_contact_at is None:
            continue
        day = local_day(fact.next_contact_at)
        if day > today:
            continue
        due.append(
            DueFollowUp(
                customer=fact.customer,
                next_contact_at=fact.next_contact_at,
                days_overdue=(today - day).days,
                last_plan_id=fact.plan_id,
                prepared_plan_id=fact.prepared_plan_id,
            )
        )
    due.sort(key=lambda item: (item.next_contact_at, item.customer.name.casefold()))
    return due


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """How a customer answered when asked for a next contact, over all logged calls."""

    agreed: int = 0
    declined: int = 0
    declined_in_a_row: int = 0

    @property
    def asked(self) -> int:
        """How many logged calls recorded an answer."""
        return self.agreed + self.declined

    @property
    def needs_care(self) -> bool:
        """Two refusals in a row: time to ask what would make a next contact welcome."""
        return self.declined_in_a_row >= 2


def consent_record(answers: Sequence[bool | None]) -> ConsentRecord:
    """The record from the logged calls' answers, oldest first (None: not recorded)."""
    agreed = sum(1 for answer in answers if answer is True)
    declined = sum(1 for answer in answers if answer is False)
    in_a_row = 0
    for answer in reversed(answers):
        if answer is None:
            continue
        if answer:
            break
        in_a_row += 1
    return ConsentRecord(agreed=agreed, declined=declined, declined_in_a_row=in_a_row)
