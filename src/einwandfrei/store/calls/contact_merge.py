"""Merging address book contacts into the customers, all or nothing.

A contact is the live customer with the same address; else the one with the same name and
company; else the only one with that name where either side names no company (a customer
drafted from a calendar has none). A matched customer takes the contact's company, role,
address and phone where the contact has one that differs other than in case (an empty field
never clears a stored one); the name and notes stay. Anyone else becomes a new customer.
Contacts within one file merge with each other the same way.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from einwandfrei.planning.bank_rules import identity, normalise_text
from einwandfrei.planning.contacts import Contact

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from einwandfrei.store.db.connection import Library
    from einwandfrei.store.models import Customer

_FIELDS = ("company", "role", "email", "phone")


class ContactOutcome(enum.StrEnum):
    """What merging does with a contact."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class MergedContact:
    """A contact, what merging does with it, and the customer it is (None: a new one not yet
    saved, in a dry run)."""

    contact: Contact
    outcome: ContactOutcome
    customer_id: int | None
    customer_name: str
    changed: tuple[str, ...] = ()
    """The fields an update changes (company, role, email, phone)."""


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did (or, for a dry run, would do), contact by contact."""

    merged: tuple[MergedContact, ...]
    dry_run: bool = False

    def count(self, outcome: ContactOutcome) -> int:
        """How many contacts had this outcome."""
        return sum(1 for item in self.merged if item.outcome is outcome)


def _tidy(contact: Contact) -> Contact:
    return Contact(
        name=normalise_text(contact.name),
        company=normalise_text(contact.company),
        role=normalise_text(contact.role),
        email=normalise_text(contact.email).lower(),
        phone=normalise_text(contact.phone),
        record=contact.record,
    )


class _Index:
    """The live customers by address, by name and company, and by name."""

    def __init__(self, rows: Sequence[Customer]) -> None:
        self.by_email: dict[str, Customer] = {}
        self.by_name_company: dict[tuple[str, str], Customer] = {}
        self.by_name: dict[str, list[Customer]] = {}
        for row in rows:
            self.add(row)

    def add(self, row: Customer) -> None:
        if row.email:
            self.by_email.setdefault(row.email.lower(), row)
        self.by_name_company.setdefault((identity(row.name), identity(row.company)), row)
        named = self.by_name.setdefault(identity(row.name), [])
        if row not in named:
            named.append(row)

    def find(self, contact: Contact) -> Customer | None:
        if contact.email and contact.email in self.by_email:
            return self.by_email[contact.email]
        name = identity(contact.name)
        exact = self.by_name_company.get((name, identity(contact.company)))
        if exact is not None:
            return exact
        named = self.by_name.get(name, [])
        if len(named) == 1 and not (named[0].company and contact.company):
            return named[0]
        return None


def _merge(session: Session, contacts: Sequence[Contact]) -> list[MergedContact]:
    from einwandfrei.store.models import Customer

    index = _Index(list(session.scalars(select(Customer).where(Customer.deleted_at.is_(None)))))
    created: set[int] = set()
    merged: list[MergedContact] = []
    for raw in contacts:
        contact = _tidy(raw)
        if not contact.name:
            continue
        row = index.find(contact)
        if row is None:
            row = Customer(
                name=contact.name,
                company=contact.company,
                role=contact.role,
                email=contact.email,
                phone=contact.phone,
            )
            session.add(row)
            session.flush()
            created.add(row.id)
            index.add(row)
            merged.append(MergedContact(contact, ContactOutcome.NEW, row.id, row.name))
            continue
        changed = tuple(
            name
            for name in _FIELDS
            if getattr(contact, name)
            and identity(getattr(contact, name)) != identity(getattr(row, name))
        )
        for name in changed:
            setattr(row, name, getattr(contact, name))
        index.add(row)
        if row.id in created:
            outcome = ContactOutcome.NEW  # a second entry of a person this file adds
        else:
            outcome = ContactOutcome.UPDATED if changed else ContactOutcome.UNCHANGED
        merged.append(MergedContact(contact, outcome, row.id, row.name, changed))
    session.flush()
    return merged


class _DryRun(Exception):  # noqa: N818 - a signal, not an error
    """Rolls the merge's transaction back after counting."""


def merge_contacts(
    library: Library, contacts: Sequence[Contact], *, dry_run: bool = False
) -> MergeResult:
    """Merge `contacts` into the customers in one transaction (rolled back for a dry run, whose
    new customers have no id)."""
    merged: list[MergedContact] = []
    try:
        with library.session() as session:
            merged = _merge(session, contacts)
            if dry_run:
                raise _DryRun
    except _DryRun:
        merged = [
            MergedContact(
                item.contact,
                item.outcome,
                None if item.outcome is ContactOutcome.NEW else item.customer_id,
                item.customer_name,
                item.changed,
            )
            for item in merged
        ]
    return MergeResult(tuple(merged), dry_run)
