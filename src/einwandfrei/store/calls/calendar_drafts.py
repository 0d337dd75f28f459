"""Draft call plans from calendar meetings: who each one is with, and creating the drafts the
user confirmed, all in one transaction.

A meeting's customer is the first existing live customer whose address is among its
participants, else the first whose name is, else one whose full name the meeting's title
names; failing all that, a new customer from its first participant. A meeting whose event UID a
plan already remembers (also one in the Trash) is already imported and is never drafted again.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from einwandfrei.planning.bank_rules import identity, normalise_text
from einwandfrei.planning.carry_forward import new_plan_for
from einwandfrei.planning.meetings import Meeting, names_in
from einwandfrei.planning.plan import CustomerInfo
from einwandfrei.store.calls.checklist_template import template_ticks
from einwandfrei.store.calls.plans import latest_plan, write_plan
from einwandfrei.store.db import tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from einwandfrei.store.db.connection import Library
    from einwandfrei.store.models import Customer

_plans = tables.call_plans.c
_customers = tables.customers.c


class DraftState(enum.StrEnum):
    """Whether a meeting can become a draft."""

    NEW = "new"
    ALREADY_IMPORTED = "already-imported"
    NO_CUSTOMER = "no-customer"


@dataclass(frozen=True, slots=True)
class DraftProposal:
    """A meeting and the customer its draft would be for (`customer.id` None: a new customer
    with `email`)."""

    meeting: Meeting
    state: DraftState
    customer: CustomerInfo | None = None
    email: str = ""

    @property
    def is_new_customer(self) -> bool:
        """Whether confirming creates the customer."""
        return self.customer is not None and self.customer.id is None


@dataclass(frozen=True, slots=True)
class _Known:
    info: CustomerInfo
    email: str


def _live_customers(connection: Connection) -> list[_Known]:
    rows = connection.execute(
        select(
            _customers.id,
            _customers.name,
            _customers.company,
            _customers.role,
            _customers.notes,
            _customers.email,
        )
        .where(_customers.deleted_at.is_(None))
        .order_by(_customers.id)
    )
    return [
        _Known(
            CustomerInfo(row.name, row.company, row.role, id=row.id, notes=row.notes),
            row.email.strip().lower(),
        )
        for row in rows
    ]


def imported_uids(connection: Connection) -> set[str]:
    """The event UIDs plans were drafted from (plans in the Trash included)."""
    return set(
        connection.execute(
            select(_plans.calendar_uid).where(_plans.calendar_uid.is_not(None))
        ).scalars()
    )


def _customer_for(meeting: Meeting, known: list[_Known]) -> tuple[CustomerInfo | None, str]:
    by_email = {customer.email: customer for customer in known if customer.email}
    for participant in meeting.participants:
        if participant.email in by_email:
            return by_email[participant.email].info, participant.email
    by_name: dict[str, _Known] = {}
    for customer in known:
        by_name.setdefault(identity(customer.info.name), customer)
    for participant in meeting.participants:
        match = by_name.get(identity(participant.best_name()))
        if match is not None and participant.best_name():
            return match.info, participant.email
    for customer in known:
        if names_in(meeting.summary, customer.info.name):
            return customer.info, ""
    for participant in meeting.participants:
        name = normalise_text(participant.best_name())
        if name:
            return CustomerInfo(name=name), participant.email
    return None, ""


def propose_drafts(connection: Connection, meetings: Sequence[Meeting]) -> list[DraftProposal]:
    """For each meeting, in order: the customer its draft would be for, or why it gets none."""
    known = _live_customers(connection)
    imported = imported_uids(connection)
    proposals = []
    for meeting in meetings:
        customer, email = _customer_for(meeting, known)
        if meeting.uid_key in imported:
            state = DraftState.ALREADY_IMPORTED
        elif customer is None:
            state = DraftState.NO_CUSTOMER
        else:
            state = DraftState.NEW
        proposals.append(DraftProposal(meeting, state, customer, email))
    return proposals


@dataclass(frozen=True, slots=True)
class DraftsCreated:
    """What confirming did: the new plans' ids and how many customers were created."""

    plan_ids: tuple[int, ...]
    new_customers: int


def create_drafts(library: Library, proposals: Sequence[DraftProposal]) -> DraftsCreated:
    """Create a draft plan for each NEW proposal, all or nothing, and return what was created.

    Each draft starts as a new plan for its customer does (carried forward from their last plan,
    the checklist template), at the meeting's time, its goal the meeting's title (where it has
    one); it remembers the meeting's UID. A meeting imported meanwhile
    (by another window) is skipped; customers named by several meetings are created once; a
    matched customer without an address gets the meeting's.
    """
    plan_ids: list[int] = []
    created: dict[str, Customer] = {}
    with library.session() as session:
        connection = session.connection()
        imported = imported_uids(connection)
        template = template_ticks(connection)
        for proposal in proposals:
            if proposal.state is not DraftState.NEW or proposal.customer is None:
                continue
            meeting = proposal.meeting
            if meeting.uid_key in imported:
                continue
            customer = _customer_row(session, proposal, created)
            info = CustomerInfo(
                name=customer.name,
                company=customer.company,
                role=customer.role,
                id=customer.id,
                notes=customer.notes,
            )
            last = latest_plan(connection, customer.id)
            draft = new_plan_for(info, last, template, scheduled_at=meeting.start)
            if meeting.summary:
                draft = replace(draft, goal=meeting.summary)
            row = write_plan(session, draft)
            row.calendar_uid = meeting.uid_key
            session.flush()
            imported.add(meeting.uid_key)
            plan_ids.append(row.id)
    return DraftsCreated(plan_ids=tuple(plan_ids), new_customers=len(created))


def _customer_row(
    session: Session, proposal: DraftProposal, created: dict[str, Customer]
) -> Customer:
    from einwandfrei.store.models import Customer

    assert proposal.customer is not None
    email = proposal.email.strip().lower()
    if proposal.customer.id is not None:
        row = session.get(Customer, proposal.customer.id)
        if row is None or row.deleted_at is not None:
            # Gone or trashed since the preview: draft for a customer like the one proposed.
            return _customer_row(
                session,
                replace(proposal, customer=replace(proposal.customer, id=None)),
                created,
            )
        if email and not row.email:
            row.email = email
        return row
    name = normalise_text(proposal.customer.name)
    key = email or f"name:{identity(name)}"
    if key in created:
        return created[key]
    row = Customer(name=name, email=email)
    session.add(row)
    session.flush()
    created[key] = row
    return row
