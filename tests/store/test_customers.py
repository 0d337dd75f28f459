"""Customers: reading and editing every field, and the Trash."""

from __future__ import annotations

from dataclasses import replace

import pytest

from einwandfrei.planning.plan import CustomerInfo
from einwandfrei.store.customers import (
    CustomerDetails,
    list_customers,
    read_customer,
    save_customer,
    set_customer_deleted,
    update_customer,
)
from einwandfrei.store.errors import ConflictError, NotFoundError
from einwandfrei.store.library import Library
from einwandfrei.store.plans import read_plan, save_plan
from tests.store.plan_fixtures import ready_plan


def details(library: Library, customer_id: int) -> CustomerDetails:
    with library.read() as connection:
        return read_customer(connection, customer_id)


def test_a_new_customer_reads_back_with_empty_contact_fields(library: Library) -> None:
    customer_id = save_customer(
        library,
        CustomerInfo("Anna Keller", "Müller AG", "Head of purchasing", notes="Prefers mornings"),
    )
    assert details(library, customer_id) == CustomerDetails(
        id=customer_id,
        name="Anna Keller",
        company="Müller AG",
        role="Head of purchasing",
        notes="Prefers mornings",
    )
    assert details(library, customer_id).info() == CustomerInfo(
        "Anna Keller", "Müller AG", "Head of purchasing", customer_id, "Prefers mornings"
    )


def test_update_writes_every_field_tidied(library: Library) -> None:
    customer_id = save_customer(library, CustomerInfo("Anna Keller"))
    stored = update_customer(
        library,
        CustomerDetails(
            id=customer_id,
            name="  Anna   Keller-Frei ",
            company=" Müller AG",
            role="Head of  purchasing",
            email=" anna@mueller.example ",
            phone="+41 44  555 01 01",
            notes="\nBudget frozen until April.\nCall before 10.\n",
        ),
    )
    expected = CustomerDetails(
        id=customer_id,
        name="Anna Keller-Frei",
        company="Müller AG",
        role="Head of purchasing",
        email="anna@mueller.example",
        phone="+41 44 555 01 01",
        notes="Budget frozen until April.\nCall before 10.",
    )
    assert stored == expected
    assert details(library, customer_id) == expected
    with library.read() as connection:
        assert [c.name for c in list_customers(connection)] == ["Anna Keller-Frei"]


def test_an_empty_name_or_a_missing_customer_changes_nothing(library: Library) -> None:
    customer_id = save_customer(library, CustomerInfo("Anna Keller", "Müller AG"))
    before = details(library, customer_id)
    with pytest.raises(ConflictError):
        update_customer(library, replace(before, name="   ", email="a@b.example"))
    assert details(library, customer_id) == before
    with pytest.raises(NotFoundError):
        update_customer(library, replace(before, id=customer_id + 100))
    with library.read() as connection, pytest.raises(NotFoundError):
        read_customer(connection, customer_id + 100)


def test_saving_a_plan_keeps_the_contact_fields(library: Library) -> None:
    plan = save_plan(library, ready_plan(library))
    customer_id = plan.customer.id or 0
    edited = replace(details(library, customer_id), email="anna@mueller.example", phone="044")
    update_customer(library, edited)
    save_plan(library, replace(plan, goal="Another goal", version=None))
    assert details(library, customer_id) == edited


def test_a_customer_in_the_trash_leaves_the_list_and_their_plans_stay_readable(
    library: Library,
) -> None:
    plan = save_plan(library, ready_plan(library))
    other = save_customer(library, CustomerInfo("Ben Frei"))
    customer_id = plan.customer.id or 0
    assert plan.id is not None
    set_customer_deleted(library, customer_id, True)
    with library.read() as connection:
        assert [c.id for c in list_customers(connection)] == [other]
        assert [c.id for c in list_customers(connection, deleted=True)] == [customer_id]
        assert read_plan(connection, plan.id).goal == plan.goal
    # Details of a customer in the Trash can still be read and edited; the edit keeps them there.
    update_customer(library, replace(details(library, customer_id), phone="044 555 01 01"))
    with library.read() as connection:
        assert [c.id for c in list_customers(connection, deleted=True)] == [customer_id]
    set_customer_deleted(library, customer_id, False)
    with library.read() as connection:
        assert [c.id for c in list_customers(connection)] == [customer_id, other]
    assert details(library, customer_id).phone == "044 555 01 01"
    with pytest.raises(NotFoundError):
        set_customer_deleted(library, customer_id + 100, True)
