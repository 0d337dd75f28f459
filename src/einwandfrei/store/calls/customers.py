"""Customers: reading, creating, editing, and the Trash."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.bank_rules import identity, normalise_text
from einwandfrei.planning.plan import CustomerInfo
from einwandfrei.store.db import tables
from einwandfrei.store.db.errors import ConflictError, NotFoundError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from einwandfrei.store.db.connection import Library
    from einwandfrei.store.models import Customer

_customers = tables.customers.c
_plans = tables.call_plans.c
# What a plan names of its customer, and so what saving a plan writes.
_PLAN_FIELDS = ("name", "company", "role", "notes")


@dataclass(frozen=True, slots=True)
class CustomerDetails:
    """Everything kept about a customer: what a plan names, and how to reach them."""

    id: int
    name: str
    company: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""

    def info(self) -> CustomerInfo:
        """The customer as a plan names them."""
        return CustomerInfo(
            name=self.name, company=self.company, role=self.role, id=self.id, notes=self.notes
        )


def _customer_missing() -> NotFoundError:
    return NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "That customer no longer exists.")))


def _info(row: Any) -> CustomerInfo:
    return CustomerInfo(
        name=row.name, company=row.company, role=row.role, id=row.id, notes=row.notes
    )


def list_customers(connection: Connection, *, deleted: bool = False) -> list[CustomerInfo]:
    """Live customers by name (or, with `deleted`, those in the Trash)."""
    condition = _customers.deleted_at.is_not(None) if deleted else _customers.deleted_at.is_(None)
    rows = connection.execute(
        select(
            _customers.id, _customers.name, _customers.company, _customers.role, _customers.notes
        )
        .where(condition)
        .order_by(func.lower(_customers.name), _customers.company, _customers.id)
    )
    return [_info(row) for row in rows]


@dataclass(frozen=True, slots=True)
class TrashedCustomer:
    """A customer in the Trash, and how many of their plans come back with them (those not in
    the Trash themselves)."""

    customer: CustomerInfo
    deleted_at: datetime
    plan_count: int


def list_trashed_customers(connection: Connection) -> list[TrashedCustomer]:
    """The customers in the Trash, the last moved there first."""
    plan_count = (
        select(func.count())
        .where(_plans.customer_id == _customers.id, _plans.deleted_at.is_(None))
        .scalar_subquery()
        .label("plan_count")
    )
    rows = connection.execute(
        select(
            _customers.id,
            _customers.name,
            _customers.company,
            _customers.role,
            _customers.notes,
            _customers.deleted_at,
            plan_count,
        )
        .where(_customers.deleted_at.is_not(None))
        .order_by(_customers.deleted_at.desc(), _customers.id.desc())
    )
    return [
        TrashedCustomer(customer=_info(row), deleted_at=row.deleted_at, plan_count=row.plan_count)
        for row in rows
    ]


def read_customer(connection: Connection, customer_id: int) -> CustomerDetails:
    """One customer's details (also of one in the Trash); `NotFoundError` if there is none."""
    row = connection.execute(
        select(
            _customers.id,
            _customers.name,
            _customers.company,
            _customers.role,
            _customers.email,
            _customers.phone,
            _customers.notes,
        ).where(_customers.id == customer_id)
    ).one_or_none()
    if row is None:
        raise _customer_missing()
    return CustomerDetails(
        id=row.id,
        name=row.name,
        company=row.company,
        role=row.role,
        email=row.email,
        phone=row.phone,
        notes=row.notes,
    )


def _needs_a_name() -> ConflictError:
    return ConflictError(Message(QT_TRANSLATE_NOOP("Messages", "A customer needs a name.")))


def tidy_customer(details: CustomerDetails) -> CustomerDetails:
    """The details as `update_customer` stores them: single spaces, trimmed; notes only trimmed."""
    return CustomerDetails(
        id=details.id,
        name=normalise_text(details.name),
        company=normalise_text(details.company),
        role=normalise_text(details.role),
        email=normalise_text(details.email),
        phone=normalise_text(details.phone),
        notes=details.notes.strip(),
    )


def update_customer(library: Library, details: CustomerDetails) -> CustomerDetails:
    """Write every field of a customer (single spaces, trimmed; notes only trimmed) and return
    what was stored. Raises `ConflictError` for an empty name, `NotFoundError` for a customer
    that no longer exists; nothing changes then. Whether they are in the Trash stays as it is."""
    stored = tidy_customer(details)
    if not stored.name:
        raise _needs_a_name()
    from einwandfrei.store.models import Customer

    with library.session() as session:
        row = session.get(Customer, details.id)
        if row is None:
            raise _customer_missing()
        for attribute in ("name", "company", "role", "email", "phone", "notes"):
            value = getattr(stored, attribute)
            if getattr(row, attribute) != value:
                setattr(row, attribute, value)
    return stored


def upsert_customer(session: Session, customer: CustomerInfo) -> Customer:
    """The customer's row, created or updated inside `session`'s transaction.

    A new customer whose name and company match a live one is that one, so typing a known name
    never creates a twin.
    """
    from einwandfrei.store.models import Customer

    name = normalise_text(customer.name)
    if not name:
        raise _needs_a_name()
    company = normalise_text(customer.company)
    role = normalise_text(customer.role)
    if customer.id is None:
        key = (identity(name), identity(company))
        twin = next(
            (
                row
                for row in session.scalars(select(Customer).where(Customer.deleted_at.is_(None)))
                if (identity(row.name), identity(row.company)) == key
            ),
            None,
        )
        if twin is not None:
            return twin
        row = Customer(name=name, company=company, role=role, notes=customer.notes)
        session.add(row)
        return row
    existing = session.get(Customer, customer.id)
    if existing is None:
        raise _customer_missing()
    changes = {"name": name, "company": company, "role": role, "notes": customer.notes}
    for attribute, value in changes.items():
        if getattr(existing, attribute) != value:
            setattr(existing, attribute, value)
    # Whether they are in the Trash stays as it is: only `set_customer_deleted` changes that (so
    # writing a plan back, on undo, never brings a trashed customer back).
    return existing


def customer_to_write_back(
    connection: Connection, customer: CustomerInfo, replacing: CustomerInfo
) -> CustomerInfo:
    """The customer to save with a plan version written back (undo or redo), where `customer`
    is what that version names and `replacing` what the version written last named.

    Each of name, company, role and notes that is still stored as `replacing` wrote it goes back
    to `customer`'s value; one changed since (by Edit Customer… or another plan) stays as it is
    now. A customer other than `replacing`'s keeps everything stored. A customer without an id,
    or one that no longer exists, is returned as it is (saving creates or reports it).
    """
    if customer.id is None:
        return customer
    row = connection.execute(
        select(*(_customers[field] for field in _PLAN_FIELDS)).where(_customers.id == customer.id)
    ).one_or_none()
    if row is None:
        return customer
    stored = CustomerInfo(
        name=row.name, company=row.company, role=row.role, id=customer.id, notes=row.notes
    )
    if replacing.id != customer.id:
        return stored
    written = replace(
        replacing,
        name=normalise_text(replacing.name),
        company=normalise_text(replacing.company),
        role=normalise_text(replacing.role),
    )
    kept = {
        field: getattr(customer, field)
        for field in _PLAN_FIELDS
        if getattr(stored, field) == getattr(written, field)
    }
    return replace(stored, **kept)


def save_customer(library: Library, customer: CustomerInfo) -> int:
    """Create or update a customer; returns its id."""
    with library.session() as session:
        row = upsert_customer(session, customer)
        session.flush()
        return row.id


def set_customer_deleted(library: Library, customer_id: int, deleted: bool) -> None:
    """Move a customer (and so their plans, from every list) to the Trash, or restore them."""
    from einwandfrei.store.models import Customer, utc_now

    with library.session() as session:
        row = session.get(Customer, customer_id)
        if row is None:
            raise _customer_missing()
        row.deleted_at = utc_now() if deleted else None
