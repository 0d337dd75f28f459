"""Customers: reading and editing every field, and the Trash."""

from __future__ import annotations

from dataclasses import replace

import pytest

from einwandfrei.planning.plan import CustomerInfo
from einwandfrei.store.calls.customers import (
    CustomerDetails,
    customer_to_write_back,
    list_customers,
    list_trashed_customers,
    read_customer,
    save_customer,
    set_customer_deleted,
    update_customer,
)
from einwandfrei.store.calls.plans import delete_plan, read_plan, save_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import ConflictError, NotFoundError
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


def test_the_trash_lists_customers_last_trashed_first_with_the_plans_that_come_back(
    library: Library,
) -> None:
    anna = save_plan(library, ready_plan(library))
    save_plan(library, replace(ready_plan(library), scheduled_at=None))
    ben = save_plan(library, ready_plan(library, CustomerInfo("Ben Frei", "Frei Logistik GmbH")))
    clara = save_customer(library, CustomerInfo("Clara Sommer"))
    anna_id, ben_id = anna.customer.id or 0, ben.customer.id or 0
    assert anna.id is not None
    delete_plan(library, anna.id)  # in the Trash by itself: stays there when Anna comes back
    with library.read() as connection:
        assert list_trashed_customers(connection) == []
    set_customer_deleted(library, anna_id, True)
    set_customer_deleted(library, clara, True)
    set_customer_deleted(library, ben_id, True)
    with library.read() as connection:
        trashed = list_trashed_customers(connection)
    assert [(t.customer.name, t.plan_count) for t in trashed] == [
        ("Ben Frei", 1),
        ("Clara Sommer", 0),
        ("Anna Keller", 1),
    ]
    assert trashed[0].customer == CustomerInfo("Ben Frei", "Frei Logistik GmbH", id=ben_id)
    assert trashed[0].deleted_at >= trashed[1].deleted_at >= trashed[2].deleted_at
    set_customer_deleted(library, ben_id, False)
    with library.read() as connection:
        assert [t.customer.id for t in list_trashed_customers(connection)] == [clara, anna_id]
        assert [c.id for c in list_customers(connection)] == [ben_id]


def test_saving_a_plan_never_takes_its_customer_out_of_the_trash(library: Library) -> None:
    plan = save_plan(library, ready_plan(library))
    customer_id = plan.customer.id or 0
    set_customer_deleted(library, customer_id, True)
    save_plan(library, replace(plan, goal="Another goal", version=None))
    with library.read() as connection:
        assert list_customers(connection) == []
        assert [t.customer.id for t in list_trashed_customers(connection)] == [customer_id]


def test_writing_back_keeps_customer_fields_changed_since(library: Library) -> None:
    customer_id = save_customer(
        library, CustomerInfo("Anna Keller", "Müller AG", "Buyer", notes="Old notes")
    )
    earlier = CustomerInfo("Anna Keller", "Müller AG", "Buyer", customer_id, "Old notes")
    # A plan edit made her "Head of purchasing" (and, typed with extra spaces, kept the company)…
    later = replace(earlier, role="Head of  purchasing", company=" Müller AG")
    update_customer(library, replace(details(library, customer_id), role="Head of purchasing"))
    # …and since then her notes were edited elsewhere.
    update_customer(library, replace(details(library, customer_id), notes="New notes"))
    with library.read() as connection:
        back = customer_to_write_back(connection, earlier, later)
    # The role the edit changed goes back; the notes changed since stay.
    assert back == CustomerInfo("Anna Keller", "Müller AG", "Buyer", customer_id, "New notes")

    # Her role changed again since: writing the edit back keeps that one too.
    update_customer(library, replace(details(library, customer_id), role="Chief buyer"))
    with library.read() as connection:
        back = customer_to_write_back(connection, earlier, later)
    assert back.role == "Chief buyer"


def test_writing_back_another_customer_or_an_unknown_one(library: Library) -> None:
    anna = save_customer(library, CustomerInfo("Anna Keller", "Müller AG", notes="Anna's notes"))
    ben = save_customer(library, CustomerInfo("Ben Frei"))
    stale = CustomerInfo("Anna K.", "Old AG", "Old role", anna, "Old notes")
    with library.read() as connection:
        # The edit moved the plan from Anna to Ben: Anna keeps everything stored.
        assert customer_to_write_back(connection, stale, CustomerInfo("Ben Frei", id=ben)) == (
            CustomerInfo("Anna Keller", "Müller AG", "", anna, "Anna's notes")
        )
        new = CustomerInfo("Dora Weber")
        assert customer_to_write_back(connection, new, stale) == new
        gone = replace(stale, id=anna + 100)
        assert customer_to_write_back(connection, gone, stale) == gone
