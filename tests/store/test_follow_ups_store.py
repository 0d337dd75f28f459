"""The Due list and the consent record, read from stored plans."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from einwandfrei.planning.plan import CallOutcome, CustomerInfo, PlanStatus
from einwandfrei.store.calls.plan_lists import consent_records, due_now, follow_up_facts
from einwandfrei.store.calls.plans import delete_plan, save_plan
from einwandfrei.store.db.connection import Library
from tests.store.plan_fixtures import logged, ready_plan

TODAY = date(2025, 3, 18)


def test_due_list_follows_the_latest_logged_call(library: Library) -> None:
    first = save_plan(library, logged(ready_plan(library), worked=True))  # agreed for 18 March
    ben = save_plan(library, logged(ready_plan(library, CustomerInfo("Ben Frei")), worked=True))
    declined = replace(
        ben.outcome, next_contact_agreed=False, next_contact_at=datetime(2025, 3, 1, tzinfo=UTC)
    )
    save_plan(library, replace(ben, outcome=declined))
    with library.read() as connection:
        due = due_now(connection, TODAY)
        assert due_now(connection, date(2025, 3, 17)) == []
    assert [(item.customer.name, item.days_overdue) for item in due] == [("Anna Keller", 0)]
    assert due[0].last_plan_id == first.id and due[0].prepared_plan_id is None

    # A plan prepared for the follow-up is offered with it.
    prepared = save_plan(
        library,
        replace(
            ready_plan(library, first.customer),
            status=PlanStatus.DRAFT,
            scheduled_at=datetime(2025, 3, 18, 9, tzinfo=UTC),
        ),
    )
    with library.read() as connection:
        [item] = due_now(connection, date(2025, 3, 20))
    assert item.prepared_plan_id == prepared.id and item.days_overdue == 2

    # Once that call is logged without a new agreement, nothing is due.
    save_plan(library, replace(logged(prepared, worked=True), outcome=CallOutcome(True, True)))
    with library.read() as connection:
        assert due_now(connection, date(2025, 3, 20)) == []


def test_a_trashed_plan_does_not_count(library: Library) -> None:
    plan = save_plan(library, logged(ready_plan(library), worked=True))
    delete_plan(library, plan.id or 0)
    with library.read() as connection:
        assert follow_up_facts(connection) == []
        assert consent_records(connection) == {}


def test_consent_record_per_customer(library: Library) -> None:
    base = logged(ready_plan(library), worked=True)
    for day, agreed in ((1, True), (2, False), (3, None), (4, False)):
        when = datetime(2025, 2, day, 9, tzinfo=UTC)
        outcome = replace(base.outcome, next_contact_agreed=agreed)
        save_plan(library, replace(base, scheduled_at=when, outcome=outcome))
    with library.read() as connection:
        [(customer_id, record)] = consent_records(connection).items()
    assert customer_id is not None
    assert (record.agreed, record.declined, record.declined_in_a_row) == (1, 2, 2)
