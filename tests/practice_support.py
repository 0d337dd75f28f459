"""Helpers for the drill and quick-find tests: a clock to set, call plans, objection ids."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import select

from einwandfrei.store.db.connection import Library
from einwandfrei.store.models import CallPlan, Customer, Objection, PlanObjection, PlanStatus

# A fixed zone one hour east of UTC, so that day boundaries differ from UTC's in the tests.
ZONE = timezone(timedelta(hours=1))
# Tuesday, 3 March 2026, 09:00 in ZONE.
MORNING = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = MORNING) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def objection_id(library: Library, words: str) -> int:
    """The id of the live objection whose text is `words`."""
    with library.read() as connection:
        found = connection.scalar(
            select(Objection.id).where(Objection.text == words, Objection.deleted_at.is_(None))
        )
    assert found is not None, words
    return int(found)


def objection_ids(library: Library) -> list[int]:
    """Every live objection's id, in id order."""
    with library.read() as connection:
        return list(
            connection.scalars(
                select(Objection.id).where(Objection.deleted_at.is_(None)).order_by(Objection.id)
            )
        )


def add_call(
    library: Library,
    expected: list[int],
    scheduled_at: datetime | None,
    *,
    status: PlanStatus = PlanStatus.PLANNED,
    customer: str = "Anna Keller",
) -> int:
    """A call plan with `expected` objections (in that order); returns its id."""
    with library.session() as session:
        person = Customer(name=customer, company="Müller AG")
        plan = CallPlan(customer=person, scheduled_at=scheduled_at, status=status, goal="Pilot")
        plan.objections = [
            PlanObjection(objection_id=objection, position=position)
            for position, objection in enumerate(expected)
        ]
        session.add(plan)
        session.flush()
        return int(plan.id)
