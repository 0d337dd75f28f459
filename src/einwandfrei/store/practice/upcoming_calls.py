"""The calls drills are timed to: upcoming call plans and the objections expected in each.

Read by `einwandfrei.drills.queue` (an objection expected in a call is due again on
the day before it) and by the practice chooser. Objections in the Trash are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, select
from sqlalchemy.sql.elements import ColumnElement

from einwandfrei.planning.drill_records import UpcomingCall
from einwandfrei.planning.plan import PlanStatus
from einwandfrei.store.db.tables import call_plans, customers, objections, plan_objections


def _calls(connection: Connection, conditions: Sequence[ColumnElement[bool]]) -> list[UpcomingCall]:
    plans = connection.execute(
        select(call_plans.c.id, call_plans.c.scheduled_at, customers.c.name)
        .join(customers, customers.c.id == call_plans.c.customer_id)
        .where(*conditions)
        .order_by(call_plans.c.scheduled_at, call_plans.c.id)
    ).all()
    if not plans:
        return []
    expected: dict[int, list[int]] = {plan.id: [] for plan in plans}
    for plan_id, objection_id in connection.execute(
        select(plan_objections.c.plan_id, plan_objections.c.objection_id)
        .join(objections, objections.c.id == plan_objections.c.objection_id)
        .where(
            plan_objections.c.plan_id.in_(list(expected)),
            plan_objections.c.was_expected.is_(True),
            objections.c.deleted_at.is_(None),
        )
        .order_by(plan_objections.c.plan_id, plan_objections.c.position, plan_objections.c.id)
    ):
        if objection_id not in expected[plan_id]:
            expected[plan_id].append(objection_id)
    return [
        UpcomingCall(plan.id, plan.scheduled_at, plan.name, tuple(expected[plan.id]))
        for plan in plans
    ]


def upcoming_calls(connection: Connection, since: datetime) -> list[UpcomingCall]:
    """Calls planned at or after `since` (drafts and planned, not yet logged), soonest first;
    not those of a customer in the Trash."""
    return _calls(
        connection,
        [
            call_plans.c.scheduled_at >= since,
            call_plans.c.status != PlanStatus.DONE.value,
            call_plans.c.deleted_at.is_(None),
            customers.c.deleted_at.is_(None),
        ],
    )


def call_of_plan(connection: Connection, plan_id: int) -> UpcomingCall | None:
    """The plan's call (dated or not) with its expected objections; None for a missing plan."""
    calls = _calls(connection, [call_plans.c.id == plan_id, call_plans.c.deleted_at.is_(None)])
    return calls[0] if calls else None
