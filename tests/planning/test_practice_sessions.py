"""Drill sessions over a real library: modes, call timing, cram, undo, leeches."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from fsrs import Card, Rating, Scheduler
from sqlalchemy import update

from einwandfrei.drills.queue import (
    DrillItem,
    PracticeRequest,
    due_count,
    due_forecast,
    due_items,
    session_items,
)
from einwandfrei.drills.session import DrillSession
from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.planning.practice import make_scheduler
from einwandfrei.store.db.connection import Library
from einwandfrei.store.models import Objection
from einwandfrei.store.practice.drill_scope import part_objection_ids
from einwandfrei.store.practice.review_state import read_logs, read_states
from tests.practice_support import ZONE, FakeClock, add_call, objection_id, objection_ids


def _session(library: Library, items: list[DrillItem], clock: FakeClock) -> DrillSession:
    return DrillSession(
        library, items, scheduler=make_scheduler(fuzzing=False), clock=clock, zone=ZONE
    )


def _learn(library: Library, objections: list[int], clock: FakeClock, rating: Rating) -> None:
    """Drill each objection until it leaves the learning steps."""
    session = _session(library, [DrillItem(objection) for objection in objections], clock)
    while session.current() is not None:
        session.grade(rating)
        clock.advance(minutes=11)


def _due_ids(library: Library, clock: FakeClock, new_per_day: int = 0) -> list[int]:
    with library.read() as connection:
        items = due_items(connection, clock(), ZONE, new_per_day)
    return [item.objection_id for item in items]


def test_a_session_moves_due_dates_exactly_as_fsrs_prescribes(library: Library) -> None:
    clock = FakeClock()
    first, second = objection_ids(library)[:2]
    scheduler = Scheduler()  # fuzzing on: both sides see the same random numbers
    session = DrillSession(
        library, [DrillItem(first), DrillItem(second)], scheduler=scheduler, clock=clock, zone=ZONE
    )
    cards = {first: Card(card_id=first, due=clock()), second: Card(card_id=second, due=clock())}
    reference = Scheduler()
    grades = [Rating.Good, Rating.Again, Rating.Good, Rating.Good, Rating.Easy]
    shown = []
    for rating in grades:
        drill = session.current()
        assert drill is not None
        shown.append(drill.item.objection_id)
        random.seed(len(shown))
        result = session.grade(rating, duration_ms=3000)
        random.seed(len(shown))
        cards[drill.item.objection_id], _log = reference.review_card(
            cards[drill.item.objection_id], rating, clock(), 3000
        )
        assert result.state is not None
        assert result.state.due == cards[drill.item.objection_id].due
        clock.advance(minutes=3)
    with library.read() as connection:
        stored = read_states(connection)
        logs = read_logs(connection)
    for objection, card in cards.items():
        assert (stored[objection].due, stored[objection].stability) == (card.due, card.stability)
        assert stored[objection].difficulty == card.difficulty
    assert [log.rating for log in logs] == [int(rating) for rating in grades]
    # Learning steps bring objections back at the end of the queue until they are learnt.
    assert shown == [first, second, first, second, second]
    assert session.current() is None
    assert session.summary().reviews == len(grades)


def test_cram_leaves_schedules_alone(library: Library) -> None:
    clock = FakeClock()
    first, second = objection_ids(library)[:2]
    _learn(library, [first], clock, Rating.Good)
    with library.read() as connection:
        before = read_states(connection)
    session = _session(library, [DrillItem(first, cram=True), DrillItem(second, cram=True)], clock)
    assert session.preview() == {}
    session.grade(Rating.Again)
    session.grade(Rating.Easy)
    session.grade(Rating.Good)  # `first` again, after its "Again"
    assert session.current() is None
    with library.read() as connection:
        assert read_states(connection) == before
        assert [log.is_cram for log in read_logs(connection)][-3:] == [True, True, True]
    assert session.summary().drilled == 2


def test_a_call_in_three_days_puts_its_objections_into_the_next_days_drills(
    library: Library,
) -> None:
    clock = FakeClock()
    learnt, new = objection_ids(library)[:2]
    _learn(library, [learnt], clock, Rating.Easy)  # due in two weeks or more
    clock.advance(days=1)
    assert learnt not in _due_ids(library, clock)
    add_call(library, [learnt, new], clock() + timedelta(days=3))
    # Today: the objection never drilled comes in at once; the learnt one waits.
    assert _due_ids(library, clock) == [new]
    _learn(library, [new], clock, Rating.Good)
    clock.advance(days=1)
    assert learnt not in _due_ids(library, clock)
    clock.advance(days=1)  # the day before the call
    assert set(_due_ids(library, clock)) == {learnt, new}
    _learn(library, [learnt, new], clock, Rating.Good)
    assert _due_ids(library, clock) == []
    clock.advance(days=1)  # the day of the call: both were drilled on its eve
    assert _due_ids(library, clock) == []


def test_due_today_brings_in_a_few_new_objections_a_day(library: Library) -> None:
    clock = FakeClock()
    with library.read() as connection:
        assert due_count(connection, clock(), ZONE, new_per_day=5) == 5
        first_five = _due_ids(library, clock, 5)
        favourites = part_objection_ids(connection, LibraryPart(PartKind.FAVOURITES))
    assert first_five == favourites[:5]
    _learn(library, first_five[:3], clock, Rating.Easy)
    assert len(_due_ids(library, clock, 5)) == 2
    clock.advance(days=1)
    assert len(_due_ids(library, clock, 5)) == 5


def test_the_due_count_counts_the_due_drills(library: Library) -> None:
    clock = FakeClock()
    first, second, third = objection_ids(library)[:3]
    _learn(library, [first, second], clock, Rating.Good)
    add_call(library, [second, third], clock() + timedelta(days=1))
    clock.advance(hours=2)
    for new_per_day in (0, 1, 3, 10):
        with library.read() as connection:
            items = due_items(connection, clock(), ZONE, new_per_day)
            assert due_count(connection, clock(), ZONE, new_per_day) == len(items)
    due = {item.objection_id for item in items}
    assert third in due  # never drilled, expected tomorrow
    assert second not in due  # drilled today: fresh for tomorrow's call


def test_practice_a_category_or_the_favourites(library: Library) -> None:
    clock = FakeClock()
    persistent = objection_id(library, "You are persistent!")
    with library.read() as connection:
        category = connection.scalar(
            Objection.__table__.select()
            .with_only_columns(Objection.category_id)
            .where(Objection.id == persistent)
        )
        scheduler = make_scheduler(fuzzing=False)
        request = PracticeRequest(LibraryPart(PartKind.CATEGORY, category))
        items = session_items(connection, request, clock(), ZONE, scheduler)
        in_category = part_objection_ids(connection, LibraryPart(PartKind.CATEGORY, category))
        favourites = session_items(
            connection, PracticeRequest(LibraryPart(PartKind.FAVOURITES)), clock(), ZONE, scheduler
        )
    assert [item.objection_id for item in items] == in_category
    assert not any(item.cram for item in items)
    assert persistent in [item.objection_id for item in favourites]
    _learn(library, in_category, clock, Rating.Easy)
    with library.read() as connection:
        assert session_items(connection, request, clock(), ZONE, scheduler) == []
        cram = PracticeRequest(LibraryPart(PartKind.CATEGORY, category), cram=True)
        crammed = session_items(connection, cram, clock(), ZONE, scheduler)
    assert sorted(item.objection_id for item in crammed) == sorted(in_category)
    assert all(item.cram for item in crammed)


def test_a_call_session_drills_due_objections_and_crams_the_fresh_ones(library: Library) -> None:
    clock = FakeClock()
    fresh, new = objection_ids(library)[:2]
    _learn(library, [fresh], clock, Rating.Easy)
    plan = add_call(library, [new, fresh], clock() + timedelta(days=5))
    with library.read() as connection:
        items = session_items(
            connection,
            PracticeRequest(LibraryPart(PartKind.PLAN, plan)),
            clock(),
            ZONE,
            make_scheduler(),
        )
    assert items == [DrillItem(new), DrillItem(fresh, cram=True)]


def test_undo_takes_back_the_last_grade(library: Library) -> None:
    clock = FakeClock()
    first, second = objection_ids(library)[:2]
    session = _session(library, [DrillItem(first), DrillItem(second)], clock)
    session.grade(Rating.Easy)
    session.grade(Rating.Again)
    drill = session.undo()
    assert drill is not None
    assert drill.item.objection_id == second
    with library.read() as connection:
        assert set(read_states(connection)) == {first}
        assert len(read_logs(connection)) == 1
    assert session.undo() is not None
    assert not session.can_undo
    with library.read() as connection:
        assert read_states(connection) == {}
    assert session.summary().reviews == 0


def test_four_lapses_make_a_leech(library: Library) -> None:
    clock = FakeClock()
    first = objection_ids(library)[0]
    _learn(library, [first], clock, Rating.Easy)
    results = []
    for _ in range(4):
        clock.advance(days=30)
        session = _session(library, [DrillItem(first)], clock)
        results.append(session.grade(Rating.Again).became_leech)
        clock.advance(minutes=11)
        session.grade(Rating.Good)
        summary = session.summary()
    assert results == [False, False, False, True]
    assert summary.new_leeches == [first]


def test_trashed_objections_are_skipped(library: Library) -> None:
    clock = FakeClock()
    first, second = objection_ids(library)[:2]
    session = _session(library, [DrillItem(first), DrillItem(second)], clock)
    with library.write() as connection:
        connection.execute(
            update(Objection).where(Objection.id == first).values(deleted_at=clock())
        )
    drill = session.current()
    assert drill is not None
    assert drill.item.objection_id == second


def test_the_forecast_counts_drills_per_coming_day(library: Library) -> None:
    clock = FakeClock()
    first, second = objection_ids(library)[:2]
    _learn(library, [first, second], clock, Rating.Good)
    with library.read() as connection:
        forecast = due_forecast(connection, clock(), ZONE, days=7)
    assert len(forecast) == 7
    assert sum(number for _day, number in forecast) == 2


def test_a_session_over_nothing_is_over_at_once(library: Library) -> None:
    session = _session(library, [], FakeClock())
    assert session.current() is None
    with pytest.raises(RuntimeError):
        session.grade(Rating.Good)
