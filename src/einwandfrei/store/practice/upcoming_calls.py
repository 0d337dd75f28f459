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
from einwandfrei.store.models import CallPlan, Customer, Objection, PlanObjection, PlanStatus


def _calls(connection: Connection, conditions: Sequence[ColumnElement[bool]]) -> list[UpcomingCall]:
    plans = connection.execute(
        select(CallPlan.id, CallPlan.scheduled_at, Customer.name)
        .join(Customer, Customer.id == CallPlan.customer_id)
        .where(*conditions)
        .order_by(CallPlan.scheduled_at, CallPlan.id)
    ).all()
    if not plans:
        return []
    expected: dict[int, list[int]] = {plan.id: [] for plan in plans}
    for plan_id, objection_id in connection.execute(
        select(PlanObjection.plan_id, PlanObjection.objection_id)
        .join(Objection, Objection.id == PlanObjection.objection_id)
        .where(
            PlanObjection.plan_id.in_(list(expected)),
            PlanObjection.was_expected.is_(True),
            Objection.deleted_at.is_(None),
        )
        .order_by(PlanObjection.plan_id, PlanObjection.position, PlanObjection.id)
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
            CallPlan.scheduled_at >= since,
            CallPlan.status != PlanStatus.DONE,
            CallPlan.deleted_at.is_(None),
            Customer.deleted_at.is_(None),
        ],
    )


def call_of_plan(connection: Connection, plan_id: int) -> UpcomingCall | None:
    """The plan's call (dated or not) with its expected objections; None for a missing plan."""
    calls = _calls(connection, [CallPlan.id == plan_id, CallPlan.deleted_at.is_(None)])
    return calls[0] if calls else None
