"""Preparing the next call from the last one, so patience stays consistent with a plan.

What carries forward: the key messages (customers forget half within two weeks, so repeat them),
the open questions, the objections still open (expected but not met, or met without an answer that
worked), and the goal if it was not reached yet. The checklist starts fresh from the template.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from einwandfrei.planning.plan import (
    ChecklistTick,
    CustomerInfo,
    Plan,
    PlannedObjection,
    PlanStatus,
)


def fresh_checklist(
    template: list[ChecklistTick] | tuple[ChecklistTick, ...],
) -> tuple[ChecklistTick, ...]:
    """The template's items, none ticked."""
    return tuple(replace(tick, done=False) for tick in template)


def is_still_open(objection: PlannedObjection, *, logged: bool) -> bool:
    """Whether an objection still needs preparing: not met yet, or met without a working answer."""
    if not logged:
        return objection.was_expected
    return not (objection.came_up and objection.response_worked is True)


def open_objections(plan: Plan) -> tuple[PlannedObjection, ...]:
    """The plan's objections to prepare again, reset to "expected"; an answer that did not work is
    dropped so that another one gets chosen."""
    carried = []
    for objection in plan.objections:
        if not is_still_open(objection, logged=plan.is_logged):
            continue
        failed = objection.came_up and objection.response_worked is False
        carried.append(
            PlannedObjection(
                objection_text=objection.objection_text,
                objection_id=objection.objection_id,
                response_text="" if failed else objection.response_text,
                response_id=None if failed else objection.response_id,
            )
        )
    return tuple(carried)


def next_plan_from(
    plan: Plan,
    checklist_template: list[ChecklistTick] | tuple[ChecklistTick, ...] = (),
    *,
    scheduled_at: datetime | None = None,
) -> Plan:
    """A new draft for the next call with the same customer ("prepare the next call from this one").

    The call is scheduled at the agreed next contact, unless that is before `scheduled_at` (the
    earliest sensible time, such as the next free hour); both are timezone-aware.
    """
    goal_reached = plan.is_logged and plan.outcome.goal_reached is True
    agreed = plan.outcome.next_contact_at
    if agreed is not None and (scheduled_at is None or agreed >= scheduled_at):
        scheduled_at = agreed
    return Plan(
        customer=plan.customer,
        status=PlanStatus.DRAFT,
        scheduled_at=scheduled_at,
        goal="" if goal_reached else plan.goal,
        key_messages=plan.key_messages,
        questions=plan.questions,
        objections=open_objections(plan),
        checklist=fresh_checklist(checklist_template),
        previous_plan_id=plan.id,
    )


def new_plan_for(
    customer: CustomerInfo,
    last_plan: Plan | None,
    checklist_template: list[ChecklistTick] | tuple[ChecklistTick, ...] = (),
    *,
    scheduled_at: datetime | None = None,
) -> Plan:
    """A new draft for `customer`: carried forward from their last plan, or empty at first."""
    if last_plan is not None:
        return replace(
            next_plan_from(last_plan, checklist_template, scheduled_at=scheduled_at),
            customer=customer,
        )
    return Plan(
        customer=customer,
        scheduled_at=scheduled_at,
        checklist=fresh_checklist(checklist_template),
    )
