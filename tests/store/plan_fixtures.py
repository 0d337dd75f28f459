"""Plans for the store and UI tests, built on the English starter library."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from einwandfrei.planning.library_content import ObjectionRecord
from einwandfrei.planning.plan import (
    ChecklistTick,
    CustomerInfo,
    Plan,
    PlannedObjection,
    PlannedQuestion,
    PlanStatus,
)
from einwandfrei.store.calls.question_bank import list_questions
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.record_reading import read_objections
from einwandfrei.store.library.search import search_ids

CALL_TIME = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)


def find_objection(library: Library, query: str) -> ObjectionRecord:
    """The best match of a library search."""
    with library.read() as connection:
        return read_objections(connection, search_ids(connection, query, 1))[0]


def ready_plan(library: Library, customer: CustomerInfo | None = None) -> Plan:
    """A complete, valid plan using three bank questions and two library objections."""
    with library.read() as connection:
        bank = list_questions(connection)[:3]
    price = find_objection(library, "too expensive")
    persistent = find_objection(library, "persistent")
    assert price.responses and persistent.responses
    return Plan(
        customer=customer or CustomerInfo("Anna Keller", "Müller AG", "Head of purchasing"),
        status=PlanStatus.PLANNED,
        scheduled_at=CALL_TIME,
        goal="Pilot agreed for Q2",
        minimum_goal="Their OK to get back in touch on 18 March",
        timing_notes="Quarter end: budget talks this week",
        opener="Is now a good moment, or shall I call at two?",
        fallback="Offer Thursday at ten",
        key_messages=("30% less set-up time", "Support in Swiss German"),
        questions=tuple(PlannedQuestion(q.text, q.id) for q in bank),
        objections=(
            PlannedObjection(price.text, price.id, price.responses[0].text, price.responses[0].id),
            PlannedObjection(
                persistent.text,
                persistent.id,
                persistent.responses[0].text,
                persistent.responses[0].id,
            ),
        ),
        checklist=(ChecklistTick("Headset tested", True), ChecklistTick("CRM open", False)),
    )


def logged(plan: Plan, *, worked: bool, came_up: tuple[bool, ...] = (True, False)) -> Plan:
    """`plan` as logged: the objections that came up, each answer worked or not."""
    from einwandfrei.planning.call_log import apply_log
    from einwandfrei.planning.plan import CallOutcome

    objections = tuple(
        replace(objection, came_up=up, response_worked=worked if up else None)
        for objection, up in zip(plan.objections, came_up, strict=True)
    )
    return apply_log(
        plan,
        CallOutcome(
            goal_reached=False,
            minimum_goal_reached=True,
            notes="Budget frozen until April",
            next_contact_at=datetime(2025, 3, 18, 9, tzinfo=UTC),
            next_contact_agreed=True,
        ),
        objections,
        logged_at=datetime(2025, 3, 4, 10, tzinfo=UTC),
    )
