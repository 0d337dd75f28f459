"""Merging contacts into the customers: no twins, nothing cleared, all or nothing."""

from __future__ import annotations

import pytest

from einwandfrei.planning.contacts import Contact
from einwandfrei.planning.plan import CustomerInfo
from einwandfrei.store.calls.contact_merge import ContactOutcome, merge_contacts
from einwandfrei.store.calls.customers import (
    CustomerDetails,
    list_customers,
    read_customer,
    save_customer,
    set_customer_deleted,
    update_customer,
)
from einwandfrei.store.db.connection import Library


def _customers(library: Library) -> dict[str, CustomerDetails]:
    with library.read() as connection:
        return {
            customer.name: read_customer(connection, customer.id or 0)
            for customer in list_customers(connection)
        }


def test_new_contacts_become_customers(empty_library: Library) -> None:
    result = merge_contacts(
        empty_library,
        [
            Contact("Anna  Keller ", "Müller AG", "Einkauf", "Anna.Keller@Mueller-AG.ch", "+41 44"),
            Contact("Ben Frei", "Frei GmbH"),
        ],
    )
    assert [item.outcome for item in result.merged] == [ContactOutcome.NEW, ContactOutcome.NEW]
    stored = _customers(empty_library)
    assert stored["Anna Keller"].email == "anna.keller@mueller-ag.ch"
    assert stored["Anna Keller"].phone == "+41 44"
    assert stored["Ben Frei"].company == "Frei GmbH"


def test_merges_by_address_then_name_and_company(empty_library: Library) -> None:
    library = empty_library
    anna = save_customer(library, CustomerInfo("Anna Keller", "Müller AG", notes="Likes mornings"))
    update_customer(
        library,
        CustomerDetails(
            anna, "Anna Keller", "Müller AG", email="anna@mueller.ch", notes="Likes mornings"
        ),
    )
    ben = save_customer(library, CustomerInfo("Ben Frei", "Frei GmbH", "CEO"))
    result = merge_contacts(
        library,
        [
            # Same address, another spelling of the name: Anna, whose name stays.
            Contact("Anna Keller-Huber", "Müller AG", "Head of Purchasing", "ANNA@mueller.ch", ""),
            # Same name and company: Ben; an empty role does not clear his.
            Contact("ben frei", "FREI GMBH", "", "ben@frei.ch", "+41 52"),
            # Same again: nothing to change.
            Contact("Ben Frei", "Frei GmbH", "CEO", "ben@frei.ch", "+41 52"),
        ],
    )
    assert [(item.outcome, item.customer_id) for item in result.merged] == [
        (ContactOutcome.UPDATED, anna),
        (ContactOutcome.UPDATED, ben),
        (ContactOutcome.UNCHANGED, ben),
    ]
    assert result.merged[0].changed == ("role",)
    stored = _customers(library)
    assert set(stored) == {"Anna Keller", "Ben Frei"}
    assert stored["Anna Keller"].role == "Head of Purchasing"
    assert stored["Anna Keller"].notes == "Likes mornings"
    assert stored["Ben Frei"].role == "CEO"
    assert stored["Ben Frei"].phone == "+41 52"


def test_a_name_without_company_is_the_same_person_when_unique(empty_library: Library) -> None:
    library = empty_library
    drafted = save_customer(library, CustomerInfo("Clara Sommer"))  # as a calendar drafts it
    twice = [save_customer(library, CustomerInfo("Max Muster", c)) for c in ("A AG", "B AG")]
    result = merge_contacts(
        library,
        [
            Contact("Clara Sommer", "Sommer Treuhand AG", "Partnerin"),
            Contact("Max Muster", "C AG"),  # two Max Musters already: a third one
        ],
    )
    assert result.merged[0].customer_id == drafted
    assert result.merged[1].outcome is ContactOutcome.NEW
    assert result.merged[1].customer_id not in twice
    assert _customers(library)["Clara Sommer"].company == "Sommer Treuhand AG"


def test_twice_in_one_file_is_one_customer(empty_library: Library) -> None:
    result = merge_contacts(
        empty_library,
        [
            Contact("Eva Graf", "", "", "eva@graf.ch"),
            Contact("Eva Graf", "Graf Holz", "", "eva@graf.ch"),
        ],
    )
    assert [item.outcome for item in result.merged] == [ContactOutcome.NEW, ContactOutcome.NEW]
    assert result.merged[0].customer_id == result.merged[1].customer_id
    assert _customers(empty_library)["Eva Graf"].company == "Graf Holz"


def test_trashed_customers_are_left_alone(empty_library: Library) -> None:
    trashed = save_customer(empty_library, CustomerInfo("Dora Trash", "T AG"))
    set_customer_deleted(empty_library, trashed, True)
    result = merge_contacts(empty_library, [Contact("Dora Trash", "T AG", "CFO")])
    assert result.merged[0].outcome is ContactOutcome.NEW
    with empty_library.read() as connection:
        assert read_customer(connection, trashed).role == ""


def test_dry_run_changes_nothing(empty_library: Library) -> None:
    ben = save_customer(empty_library, CustomerInfo("Ben Frei", "Frei GmbH"))
    result = merge_contacts(
        empty_library,
        [Contact("Ben Frei", "Frei GmbH", "CEO"), Contact("Neu Kunde")],
        dry_run=True,
    )
    assert result.dry_run
    assert [(item.outcome, item.customer_id) for item in result.merged] == [
        (ContactOutcome.UPDATED, ben),
        (ContactOutcome.NEW, None),
    ]
    assert set(_customers(empty_library)) == {"Ben Frei"}
    assert _customers(empty_library)["Ben Frei"].role == ""


def test_all_or_nothing(empty_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    from einwandfrei.planning import bank_rules
    from einwandfrei.store.calls import contact_merge

    original = bank_rules.normalise_text

    def failing(text: str) -> str:
        if text == "B Two":  # after the first contact was written
            raise OSError("disk full")
        return original(text)

    monkeypatch.setattr(contact_merge, "normalise_text", failing)
    with pytest.raises(OSError, match="disk full"):
        merge_contacts(empty_library, [Contact("A One", "X"), Contact("B Two", "Y")])
    assert _customers(empty_library) == {}
