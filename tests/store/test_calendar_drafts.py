"""Draft plans from calendar meetings: the customer each is for, all or nothing, never twice."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from einwandfrei.interchange.calendar_import import read_calendar_file
from einwandfrei.planning.meetings import Meeting, Participant
from einwandfrei.planning.plan import CustomerInfo, PlanStatus
from einwandfrei.store.calls.calendar_drafts import (
    DraftProposal,
    DraftState,
    create_drafts,
    propose_drafts,
)
from einwandfrei.store.calls.customers import (
    CustomerDetails,
    list_customers,
    read_customer,
    save_customer,
    set_customer_deleted,
    update_customer,
)
from einwandfrei.store.calls.plan_lists import PlanSection, list_plans
from einwandfrei.store.calls.plans import read_plan, set_plan_deleted
from einwandfrei.store.db.connection import Library

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures" / "calendar"
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _known(library: Library, name: str, company: str = "", email: str = "") -> int:
    customer_id = save_customer(library, CustomerInfo(name, company))
    if email:
        update_customer(library, CustomerDetails(customer_id, name, company, email=email))
    return customer_id


def _customer(proposal: DraftProposal) -> CustomerInfo:
    assert proposal.customer is not None
    return proposal.customer


def _propose(library: Library, fixture: str) -> list[DraftProposal]:
    meetings = read_calendar_file(FIXTURES / fixture, now=NOW).meetings
    with library.read() as connection:
        return propose_drafts(connection, meetings)


def test_customers_by_address_then_name_then_new(empty_library: Library) -> None:
    library = empty_library
    anna = _known(library, "Anna Keller-Huber", "Müller AG", "anna.keller@mueller-ag.ch")
    ben = _known(library, "Ben Frei", "Frei GmbH")  # no address yet: found by name
    proposals = _propose(library, "outlook.ics")
    by_summary = {proposal.meeting.summary: proposal for proposal in proposals}
    assert _customer(by_summary["Pilot Q1 besprechen"]).id == anna
    assert _customer(by_summary["Offerte Wartungsvertrag"]).id == ben
    assert by_summary["Offerte Wartungsvertrag"].email == "ben.frei@frei-gmbh.ch"
    assert by_summary["Angebot vorbereiten"].state is DraftState.NO_CUSTOMER
    # Marco Brunner is new, but Anna (found by address) comes first.
    assert _customer(by_summary["Workshop Einführung"]).id == anna
    google = {p.meeting.summary: p for p in _propose(library, "google.ics")}
    roth = google["Telefon Roth Bau: Sanierung Schulhaus"]
    assert roth.is_new_customer and _customer(roth).name == "David Roth"
    assert roth.email == "david.roth@roth-bau.ch"


def test_a_meeting_that_names_a_customer_in_its_title(empty_library: Library) -> None:
    eva = _known(empty_library, "Eva Graf", "Graf Holz")
    meeting = Meeting(uid="a@b", summary="Rückruf Eva Graf wegen Offerte", start=NOW)
    with empty_library.read() as connection:
        [proposal] = propose_drafts(connection, [meeting])
    assert proposal.state is DraftState.NEW
    assert proposal.customer is not None and proposal.customer.id == eva


def test_confirming_creates_drafts_once(library: Library) -> None:
    ben = _known(library, "Ben Frei", "Frei GmbH")
    proposals = _propose(library, "outlook.ics")
    created = create_drafts(library, proposals)
    assert len(created.plan_ids) == 3
    assert created.new_customers == 1  # Anna, once for both of her meetings
    with library.read() as connection:
        drafts = list_plans(connection, PlanSection.DRAFTS)
        plans = {plan.goal: read_plan(connection, plan.id) for plan in drafts}
        customers = {customer.name: customer for customer in list_customers(connection)}
        assert read_customer(connection, ben).email == "ben.frei@frei-gmbh.ch"
        anna = read_customer(connection, customers["Anna Keller"].id or 0)
    assert set(plans) == {"Pilot Q1 besprechen", "Offerte Wartungsvertrag", "Workshop Einführung"}
    assert anna.email == "anna.keller@mueller-ag.ch"
    pilot = plans["Pilot Q1 besprechen"]
    assert pilot.status is PlanStatus.DRAFT
    assert pilot.scheduled_at == datetime(2026, 12, 8, 9, tzinfo=UTC)
    assert pilot.checklist  # started from the checklist template, as a new plan does
    assert plans["Offerte Wartungsvertrag"].customer.id == ben
    # Again, or the same file once more: nothing new.
    again = _propose(library, "outlook.ics")
    assert {proposal.state for proposal in again} == {
        DraftState.ALREADY_IMPORTED,
        DraftState.NO_CUSTOMER,
    }
    assert create_drafts(library, proposals).plan_ids == ()
    with library.read() as connection:
        assert len(list_plans(connection, PlanSection.ALL)) == 3


def test_a_plan_in_the_trash_still_counts_as_imported(empty_library: Library) -> None:
    library = empty_library
    created = create_drafts(library, _propose(library, "google.ics"))
    for plan_id in created.plan_ids:
        set_plan_deleted(library, plan_id, True)
    assert all(
        proposal.state is DraftState.ALREADY_IMPORTED
        for proposal in _propose(library, "google.ics")
    )


def test_all_or_nothing(empty_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    library = empty_library
    proposals = _propose(library, "outlook.ics")
    from einwandfrei.store.calls import calendar_drafts, plans

    calls = 0
    original = plans.write_plan

    def failing_second(session, plan):
        nonlocal calls
        calls += 1
        if calls == 2:
            raise OSError("disk full")
        return original(session, plan)

    monkeypatch.setattr(calendar_drafts, "write_plan", failing_second)
    with pytest.raises(OSError, match="disk full"):
        create_drafts(library, proposals)
    with library.read() as connection:
        assert list_plans(connection, PlanSection.ALL) == []
        assert list_customers(connection) == []


def test_a_customer_trashed_after_the_preview_is_not_revived(empty_library: Library) -> None:
    library = empty_library
    eva = _known(library, "Eva Graf", "", "eva@graf.ch")
    meeting = Meeting(
        uid="x@y", summary="Call", start=NOW, participants=(Participant("Eva Graf", "eva@graf.ch"),)
    )
    with library.read() as connection:
        proposals = propose_drafts(connection, [meeting])
    set_customer_deleted(library, eva, True)
    [plan_id] = create_drafts(library, proposals).plan_ids
    with library.read() as connection:
        plan = read_plan(connection, plan_id)
    assert plan.customer.id != eva and plan.customer.name == "Eva Graf"
