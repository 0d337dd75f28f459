"""The Due list and the consent record."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from einwandfrei.planning.follow_ups import (
    ConsentRecord,
    FollowUpFacts,
    consent_record,
    due_follow_ups,
)
from einwandfrei.planning.plan import CustomerInfo

TODAY = date(2025, 3, 18)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


def fact(name: str, when: datetime | None, agreed: bool | None, plan_id: int = 1) -> FollowUpFacts:
    return FollowUpFacts(CustomerInfo(name, id=plan_id), plan_id, when, agreed)


def test_due_are_agreed_contacts_today_or_overdue_most_overdue_first() -> None:
    facts = [
        fact("Today", at(TODAY, 16), True, 1),
        fact("Overdue", at(TODAY - timedelta(days=3)), True, 2),
        fact("Tomorrow", at(TODAY + timedelta(days=1), 0), True, 3),
        fact("Declined", at(TODAY - timedelta(days=1)), False, 4),
        fact("Unknown", at(TODAY - timedelta(days=1)), None, 5),
        fact("No date", None, True, 6),
    ]
    due = due_follow_ups(facts, TODAY)
    assert [(item.customer.name, item.days_overdue) for item in due] == [
        ("Overdue", 3),
        ("Today", 0),
    ]
    assert due[0].last_plan_id == 2


def test_consent_record_counts_answers_and_refusals_in_a_row() -> None:
    assert consent_record([]) == ConsentRecord()
    record = consent_record([True, None, True, False, None, False])
    assert (record.agreed, record.declined, record.asked) == (2, 2, 4)
    assert record.declined_in_a_row == 2
    assert record.needs_care
    assert not consent_record([False, True]).needs_care
