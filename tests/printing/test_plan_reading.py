"""Reading a call plan for printing (no Qt)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from einwandfrei.store.calls.printable_plan import PlanNotFoundError, read_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.print_selection import best_response
from einwandfrei.store.library.record_reading import read_objections
from tests.printing.samples import CALL_TIME, add_plan, objection_ids


def test_every_field_of_the_plan_is_read(library: Library, plan_id: int) -> None:
    with library.read() as connection:
        plan = read_plan(connection, plan_id)
        library_objections = read_objections(connection, objection_ids(library, 8))
    assert plan.id == plan_id
    assert (plan.customer_name, plan.customer_company, plan.customer_role) == (
        "Anna Keller",
        "Müller AG",
        "Head of Purchasing",
    )
    assert plan.scheduled_at == CALL_TIME
    assert plan.goal == "Pilot agreed for Q2"
    assert plan.minimum_goal == "Their OK to call back on 18 March"
    assert plan.key_messages == ("30% less set-up time", "Support in Swiss German")
    assert plan.opener.startswith("Is now a good moment")
    assert plan.fallback.startswith("Offer Thursday")
    assert plan.timing_notes == "Quarter end: budget talks this week."
    assert len(plan.questions) == 3
    assert [planned.objection for planned in plan.objections] == library_objections
    # Only the unticked checklist items, in order.
    assert plan.open_checklist == (
        "CRM notes of the last call read",
        "Reference customer in the same industry ready",
    )


def test_chosen_response_or_else_the_best_one(library: Library) -> None:
    ids = objection_ids(library, 3)
    with library.read() as connection:
        records = read_objections(connection, ids)
    second = records[0].responses[1]
    assert second.id is not None
    plan_id = add_plan(library, ids, chosen={ids[0]: second.id})
    with library.read() as connection:
        plan = read_plan(connection, plan_id)
    assert plan.objections[0].response == second
    assert plan.objections[0].chosen
    assert plan.objections[0].follow_up == second.follow_up
    assert plan.objections[1].response == best_response(records[1].responses)
    assert not plan.objections[1].chosen


def test_best_response_is_by_success_rate_then_position(library: Library) -> None:
    ids = objection_ids(library, 1)
    with library.write() as connection:
        rows = connection.execute(
            text("SELECT id FROM responses WHERE objection_id = :id ORDER BY position, id"),
            {"id": ids[0]},
        ).all()
        # The third response worked 3 of 4 times; the second 1 of 1 (best); the first never used.
        connection.execute(
            text("UPDATE responses SET times_used = 4, times_worked = 3 WHERE id = :id"),
            {"id": rows[2].id},
        )
        connection.execute(
            text("UPDATE responses SET times_used = 1, times_worked = 1 WHERE id = :id"),
            {"id": rows[1].id},
        )
    plan_id = add_plan(library, ids)
    with library.read() as connection:
        plan = read_plan(connection, plan_id)
    assert plan.objections[0].response is not None
    assert plan.objections[0].response.id == rows[1].id


def test_trashed_objections_and_responses_are_left_out(library: Library) -> None:
    ids = objection_ids(library, 3)
    with library.read() as connection:
        records = read_objections(connection, ids)
    chosen = records[1].responses[0]
    plan_id = add_plan(library, ids, chosen={ids[1]: chosen.id or 0})
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
    with library.write() as connection:
        connection.execute(
            text("UPDATE objections SET deleted_at = :now WHERE id = :id"),
            {"now": now, "id": ids[0]},
        )
        connection.execute(
            text("UPDATE responses SET deleted_at = :now WHERE id = :id"),
            {"now": now, "id": chosen.id},
        )
    with library.read() as connection:
        plan = read_plan(connection, plan_id)
    assert [planned.objection.id for planned in plan.objections] == ids[1:]
    assert plan.objections[0].response is not None
    assert plan.objections[0].response.id != chosen.id
    assert not plan.objections[0].chosen


def test_objections_only_logged_after_the_call_are_not_printed(library: Library) -> None:
    ids = objection_ids(library, 2)
    plan_id = add_plan(library, ids)
    with library.write() as connection:
        connection.execute(
            text("UPDATE plan_objections SET was_expected = 0 WHERE objection_id = :id"),
            {"id": ids[1]},
        )
    with library.read() as connection:
        plan = read_plan(connection, plan_id)
    assert [planned.objection.id for planned in plan.objections] == ids[:1]


def test_an_unknown_or_trashed_plan_is_one_sentence(library: Library, plan_id: int) -> None:
    with library.read() as connection, pytest.raises(PlanNotFoundError) as raised:
        read_plan(connection, 999)
    assert str(raised.value) == "There is no call plan with the number 999."
    with library.write() as connection:
        connection.execute(
            text("UPDATE call_plans SET deleted_at = '2025-01-01 00:00:00' WHERE id = :id"),
            {"id": plan_id},
        )
    with library.read() as connection, pytest.raises(PlanNotFoundError):
        read_plan(connection, plan_id)


def test_a_plain_sqlite_connection_reads_the_same(library: Library, plan_id: int) -> None:
    with library.read() as connection:
        through_sqlalchemy = read_plan(connection, plan_id)
    with sqlite3.connect(library.path) as db:
        assert read_plan(db, plan_id) == through_sqlalchemy


def test_a_plan_without_anything_optional(library: Library) -> None:
    plan_id = add_plan(
        library,
        [],
        company="",
        role="",
        goal="",
        minimum_goal="",
        opener="",
        fallback="",
        timing_notes="",
        key_messages=(),
        questions=(),
        checklist=(),
    )
    with library.read() as connection:
        plan = read_plan(connection, plan_id)
    assert plan.objections == () and plan.questions == () and plan.open_checklist == ()
    assert plan.customer_company == "" and plan.goal == ""


def test_contact_details_and_what_the_plan_leaves_open_on_its_checklist(library: Library) -> None:
    ids = objection_ids(library, 2)
    checklist = (
        ("Opener ready that asks whether now is a good moment", False),  # the plan has one
        ("Key messages to repeat noted: the customer remembers only part of the last call", False),
        ("Expected objections and chosen answers ready", False),  # answered by the best ones
        ("CRM record open", False),
    )
    plan_id = add_plan(
        library, ids, phone="+41 44 123 45 67", email="anna@example.ch", checklist=checklist
    )
    with library.read() as connection:
        plan = read_plan(connection, plan_id)
    assert (plan.customer_phone, plan.customer_email) == ("+41 44 123 45 67", "anna@example.ch")
    assert plan.open_checklist == ("CRM record open",)

    # Without key messages and without an opener, those items are still open.
    bare = add_plan(library, ids, opener="", key_messages=(), checklist=checklist)
    with library.read() as connection:
        plan = read_plan(connection, bare)
    assert plan.open_checklist == (checklist[0][0], checklist[1][0], "CRM record open")
