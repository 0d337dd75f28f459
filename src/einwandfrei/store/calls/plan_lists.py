"""Lists of call plans for the Calls view and the command line, and the facts behind follow-ups."""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, select

from einwandfrei.planning.follow_ups import (
    ConsentRecord,
    DueFollowUp,
    FollowUpFacts,
    consent_record,
    due_follow_ups,
)
from einwandfrei.planning.plan import CustomerInfo, PlanStatus
from einwandfrei.store.db import tables

_plans = tables.call_plans.c
_customers = tables.customers.c


class PlanSection(enum.StrEnum):
    """Which plans a list shows."""

    UPCOMING = "upcoming"  # planned, by call date (those past their date wait for a log)
    DRAFTS = "drafts"  # being written, last changed first
    PAST = "past"  # logged, newest first
    ALL = "all"  # every live plan, newest first: a customer's history
    TRASH = "trash"  # deleted, last deleted first


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """One row of a plan list."""

    id: int
    customer: CustomerInfo
    status: PlanStatus
    scheduled_at: datetime | None
    goal: str
    minimum_goal: str
    goal_reached: bool | None
    minimum_goal_reached: bool | None
    next_contact_at: datetime | None
    next_contact_agreed: bool | None
    outcome: str
    updated_at: datetime
    deleted_at: datetime | None
    question_count: int
    objection_count: int


_STATUSES = {status.value: status for status in PlanStatus}


def _status(value: Any) -> PlanStatus:
    return _STATUSES[str(getattr(value, "value", value))]


def _summary(row: Any, customers: dict[int, CustomerInfo]) -> PlanSummary:
    customer = customers.get(row.customer_id)
    if customer is None:
        customer = CustomerInfo(
            name=row.name, company=row.company, role=row.role, id=row.customer_id
        )
        customers[row.customer_id] = customer
    return PlanSummary(
        id=row.id,
        customer=customer,
        status=_status(row.status),
        scheduled_at=row.scheduled_at,
        goal=row.goal,
        minimum_goal=row.minimum_goal,
        goal_reached=row.goal_reached,
        minimum_goal_reached=row.minimum_goal_reached,
        next_contact_at=row.next_contact_at,
        next_contact_agreed=row.next_contact_agreed,
        outcome=row.outcome,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
        question_count=row.question_count,
        objection_count=row.objection_count,
    )


def list_plans(
    connection: Connection,
    section: PlanSection = PlanSection.ALL,
    *,
    customer_id: int | None = None,
) -> list[PlanSummary]:
    """The plans of one section, optionally of one customer, in the section's order."""
    question_count = (
        select(func.count())
        .where(tables.plan_questions.c.plan_id == _plans.id)
        .scalar_subquery()
        .label("question_count")
    )
    objection_count = (
        select(func.count())
        .where(
            tables.plan_objections.c.plan_id == _plans.id,
            tables.plan_objections.c.was_expected,
        )
        .scalar_subquery()
        .label("objection_count")
    )
    query = (
        select(
            _plans.id,
            _plans.customer_id,
            _plans.status,
            _plans.scheduled_at,
            _plans.goal,
            _plans.minimum_goal,
            _plans.goal_reached,
            _plans.minimum_goal_reached,
            _plans.next_contact_at,
            _plans.next_contact_agreed,
            _plans.outcome,
            _plans.updated_at,
            _plans.deleted_at,
            _customers.name,
            _customers.company,
            _customers.role,
            question_count,
            objection_count,
        )
        .join(tables.customers, _customers.id == _plans.customer_id)
        .where(_customers.deleted_at.is_(None))
    )
    if section is PlanSection.TRASH:
        query = query.where(_plans.deleted_at.is_not(None)).order_by(_plans.deleted_at.desc())
    else:
        query = query.where(_plans.deleted_at.is_(None))
        newest_first = (_plans.scheduled_at.is_(None), _plans.scheduled_at.desc(), _plans.id.desc())
        if section is PlanSection.UPCOMING:
            query = query.where(_plans.status == PlanStatus.PLANNED.value).order_by(
                _plans.scheduled_at.is_(None), _plans.scheduled_at, _plans.id
            )
        elif section is PlanSection.DRAFTS:
            query = query.where(_plans.status == PlanStatus.DRAFT.value).order_by(
                _plans.updated_at.desc(), _plans.id.desc()
            )
        elif section is PlanSection.PAST:
            query = query.where(_plans.status == PlanStatus.DONE.value).order_by(*newest_first)
        else:
            query = query.order_by(*newest_first)
    if customer_id is not None:
        query = query.where(_plans.customer_id == customer_id)
    customers: dict[int, CustomerInfo] = {}
    return [_summary(row, customers) for row in connection.execute(query)]


def follow_up_facts(connection: Connection) -> list[FollowUpFacts]:
    """For each live customer with a logged call: the latest one's agreement on the next contact,
    and a later plan already prepared for it, if any."""
    rows = connection.execute(
        select(
            _plans.id,
            _plans.customer_id,
            _plans.status,
            _plans.next_contact_at,
            _plans.next_contact_agreed,
            _customers.name,
            _customers.company,
            _customers.role,
        )
        .join(tables.customers, _customers.id == _plans.customer_id)
        .where(_plans.deleted_at.is_(None), _customers.deleted_at.is_(None))
        .order_by(_plans.scheduled_at.is_not(None), _plans.scheduled_at, _plans.id)
    ).all()
    latest_logged: dict[int, Any] = {}
    prepared: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        if _status(row.status) is PlanStatus.DONE:
            latest_logged[row.customer_id] = row
            prepared[row.customer_id].clear()
        else:
            prepared[row.customer_id].append(row)
    return [
        FollowUpFacts(
            customer=CustomerInfo(
                name=row.name, company=row.company, role=row.role, id=row.customer_id
            ),
            plan_id=row.id,
            next_contact_at=row.next_contact_at,
            next_contact_agreed=row.next_contact_agreed,
            prepared_plan_id=prepared[customer_id][0].id if prepared[customer_id] else None,
        )
        for customer_id, row in latest_logged.items()
    ]


def due_now(connection: Connection, today: date) -> list[DueFollowUp]:
    """The Due list: customers whose agreed next contact is `today` or overdue."""
    return due_follow_ups(follow_up_facts(connection), today)


def consent_records(connection: Connection) -> dict[int, ConsentRecord]:
    """Per customer id, how often they agreed to a next contact over their logged calls."""
    answers: dict[int, list[bool | None]] = defaultdict(list)
    for customer_id, agreed in connection.execute(
        select(_plans.customer_id, _plans.next_contact_agreed)
        .where(_plans.deleted_at.is_(None), _plans.status == PlanStatus.DONE.value)
        .order_by(_plans.scheduled_at.is_not(None), _plans.scheduled_at, _plans.id)
    ):
        answers[customer_id].append(None if agreed is None else bool(agreed))
    return {customer_id: consent_record(values) for customer_id, values in answers.items()}
