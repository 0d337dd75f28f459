"""Drill state on disk: schedules, the review log, undo, leeches, and the calls drills time to."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from einwandfrei.planning.drill_records import ReviewLogRecord, ReviewStateRecord
from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.store.calls.customers import set_customer_deleted
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.library_parts import part_choices
from einwandfrei.store.models import CallPlan, Objection, PlanStatus
from einwandfrei.store.practice.drill_scope import (
    part_objection_ids,
    unseen_objection_ids,
)
from einwandfrei.store.practice.review_state import (
    first_reviewed_since,
    leech_objection_ids,
    read_logs,
    read_states,
    save_review,
    states_due_before,
    undo_review,
)
from einwandfrei.store.practice.upcoming_calls import call_of_plan, upcoming_calls
from tests.helpers import count
from tests.practice_support import MORNING, add_call, objection_id, objection_ids


def _state(objection: int, *, due_in_days: float = 1, lapses: int = 0) -> ReviewStateRecord:
    return ReviewStateRecord(
        objection_id=objection,
        state=2,
        step=None,
        stability=3.5,
        difficulty=5.25,
        due=MORNING + timedelta(days=due_in_days),
        last_review=MORNING,
        reviews=3,
        lapses=lapses,
    )


def _review(library: Library, state: ReviewStateRecord, *, cram: bool = False) -> int:
    with library.write() as connection:
        return save_review(
            connection,
            state,
            ReviewLogRecord(state.objection_id, 3, MORNING, 4200, cram),
        )


def _trash(library: Library, objection: int) -> None:
    with library.write() as connection:
        connection.execute(
            update(Objection).where(Objection.id == objection).values(deleted_at=MORNING)
        )


def test_a_review_stores_the_schedule_and_the_log(library: Library) -> None:
    first = objection_ids(library)[0]
    state = _state(first)
    _review(library, state)
    with library.read() as connection:
        assert read_states(connection) == {first: state}
        assert read_logs(connection) == [
            ReviewLogRecord(first, 3, MORNING, 4200, False, id=read_logs(connection)[0].id)
        ]
    updated = _state(first, due_in_days=9)
    _review(library, updated)
    with library.read() as connection:
        assert read_states(connection, [first])[first].due == MORNING + timedelta(days=9)
    assert count(library, "review_logs") == 2


def test_a_cram_review_is_logged_but_moves_no_schedule(library: Library) -> None:
    first = objection_ids(library)[0]
    _review(library, _state(first, due_in_days=5))
    _review(library, _state(first, due_in_days=50), cram=True)
    with library.read() as connection:
        assert read_states(connection)[first].due == MORNING + timedelta(days=5)
        assert [log.is_cram for log in read_logs(connection)] == [False, True]


def test_undo_restores_the_previous_schedule_or_removes_a_new_one(library: Library) -> None:
    first, second = objection_ids(library)[:2]
    _review(library, _state(first, due_in_days=2))
    log_id = _review(library, _state(first, due_in_days=20))
    fresh_log = _review(library, _state(second))
    with library.write() as connection:
        undo_review(connection, log_id, _state(first, due_in_days=2))
        undo_review(connection, fresh_log, None)
    with library.read() as connection:
        states = read_states(connection)
        assert set(states) == {first}
        assert states[first].due == MORNING + timedelta(days=2)
        assert len(read_logs(connection)) == 1


def test_leeches_are_objections_forgotten_four_times(library: Library) -> None:
    first, second, third = objection_ids(library)[:3]
    _review(library, _state(first, lapses=4))
    _review(library, _state(second, lapses=3))
    _review(library, _state(third, lapses=7))
    _trash(library, third)
    with library.read() as connection:
        assert leech_objection_ids(connection) == {first}
        assert leech_objection_ids(connection, min_lapses=3) == {first, second}


def test_trashed_objections_drop_out_of_due_lists_and_logs(library: Library) -> None:
    first, second = objection_ids(library)[:2]
    _review(library, _state(first, due_in_days=-1))
    _review(library, _state(second, due_in_days=-2))
    _trash(library, second)
    with library.read() as connection:
        assert [state.objection_id for state in states_due_before(connection, MORNING)] == [first]
        assert {log.objection_id for log in read_logs(connection)} == {first}


def test_unseen_objections_come_favourites_first(library: Library) -> None:
    with library.read() as connection:
        unseen = unseen_objection_ids(connection, 100)
        favourites = part_objection_ids(connection, LibraryPart(PartKind.FAVOURITES))
    assert favourites
    assert unseen[: len(favourites)] == favourites
    assert len(unseen) == len(objection_ids(library))
    _review(library, _state(favourites[0]))
    with library.read() as connection:
        assert favourites[0] not in unseen_objection_ids(connection, 100)
        left_out = {favourites[0], favourites[1]}
        assert (
            unseen_objection_ids(connection, 3, excluding=favourites[1:2])
            == [objection for objection in unseen if objection not in left_out][:3]
        )


def test_first_reviews_are_counted_per_objection(library: Library) -> None:
    first, second = objection_ids(library)[:2]
    with library.write() as connection:
        earlier = MORNING - timedelta(days=1)
        save_review(connection, _state(first), ReviewLogRecord(first, 3, earlier))
        save_review(connection, _state(first), ReviewLogRecord(first, 3, MORNING))
        save_review(connection, _state(second), ReviewLogRecord(second, 1, MORNING))
        assert first_reviewed_since(connection, MORNING) == 1
        assert first_reviewed_since(connection, earlier) == 2


def test_upcoming_calls_list_planned_calls_with_their_objections(library: Library) -> None:
    first, second, third = objection_ids(library)[:3]
    soon = add_call(library, [second, first], MORNING + timedelta(days=3))
    add_call(library, [third], MORNING - timedelta(days=1))
    add_call(library, [third], MORNING + timedelta(days=1), status=PlanStatus.DONE)
    draft = add_call(library, [third], MORNING + timedelta(days=5), status=PlanStatus.DRAFT)
    with library.read() as connection:
        calls = upcoming_calls(connection, since=MORNING)
    assert [(call.plan_id, call.objection_ids) for call in calls] == [
        (soon, (second, first)),
        (draft, (third,)),
    ]
    assert calls[0].customer == "Anna Keller"
    assert calls[0].scheduled_at == MORNING + timedelta(days=3)


def test_calls_of_a_customer_in_the_trash_are_not_upcoming(library: Library) -> None:
    first, second = objection_ids(library)[:2]
    kept = add_call(library, [first], MORNING + timedelta(days=2))
    gone = add_call(library, [second], MORNING + timedelta(days=3), customer="Ben Frei")
    with library.read() as connection:
        customer_id = connection.execute(
            select(CallPlan.customer_id).where(CallPlan.id == gone)
        ).scalar_one()
    set_customer_deleted(library, customer_id, True)
    with library.read() as connection:
        assert [call.plan_id for call in upcoming_calls(connection, since=MORNING)] == [kept]
    set_customer_deleted(library, customer_id, False)
    with library.read() as connection:
        assert [call.plan_id for call in upcoming_calls(connection, since=MORNING)] == [kept, gone]


def test_a_plan_without_a_date_still_names_its_objections(library: Library) -> None:
    first = objection_ids(library)[0]
    plan = add_call(library, [first], None, status=PlanStatus.DRAFT)
    with library.read() as connection:
        call = call_of_plan(connection, plan)
        assert call is not None
        assert (call.scheduled_at, call.objection_ids) == (None, (first,))
        assert call_of_plan(connection, plan + 100) is None


def test_scope_choices_name_categories_and_tags_in_use(library: Library) -> None:
    with library.read() as connection:
        choices = part_choices(connection)
    assert "Persistence" in [entry.name for entry in choices.categories]
    assert "follow-up" in [entry.name for entry in choices.tags]
    persistent = objection_id(library, "You are persistent!")
    category_id = {entry.name: entry.id for entry in choices.categories}["Persistence"]
    with library.read() as connection:
        category = LibraryPart(PartKind.CATEGORY, category_id)
        assert persistent in part_objection_ids(connection, category)
