"""The library's drill settings steer the scheduler: new objections a day, desired retention."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from fsrs import Card, Rating, Scheduler

from einwandfrei.drills.queue import (
    DrillItem,
    PracticeRequest,
    due_count,
    due_items,
    library_scheduler,
    session_items,
)
from einwandfrei.drills.session import DrillSession
from einwandfrei.drills.statistics import read_statistics
from einwandfrei.planning.drill_records import DEFAULT_NEW_PER_DAY, DrillSettings
from einwandfrei.store.db.connection import Library
from einwandfrei.store.practice.drill_settings import write_drill_settings
from einwandfrei.store.practice.review_state import read_states
from tests.practice_support import ZONE, FakeClock, objection_ids


def _set(library: Library, new_per_day: int = DEFAULT_NEW_PER_DAY, retention: float = 0.90) -> None:
    with library.write() as connection:
        write_drill_settings(connection, DrillSettings(new_per_day, retention))


def _due(library: Library, clock: FakeClock) -> tuple[list[int], int]:
    with library.read() as connection:
        items = due_items(connection, clock(), ZONE)
        count = due_count(connection, clock(), ZONE)
    return [item.objection_id for item in items], count


def test_without_settings_ten_new_objections_a_day(library: Library) -> None:
    assert len(objection_ids(library)) > DEFAULT_NEW_PER_DAY == 10
    ids, count = _due(library, FakeClock())
    assert len(ids) == count == 10


def test_new_per_day_two_introduces_exactly_two_new_drills(library: Library) -> None:
    clock = FakeClock()
    _set(library, new_per_day=2)
    ids, count = _due(library, clock)
    assert len(ids) == count == 2
    with library.read() as connection:
        assert read_states(connection, ids) == {}  # both new
        request = PracticeRequest()
        session = session_items(connection, request, clock(), ZONE, library_scheduler(connection))
    assert [item.objection_id for item in session] == ids
    drills = DrillSession(library, [DrillItem(ids[0])], clock=clock, zone=ZONE)
    drills.grade(Rating.Easy)  # learnt at once: due again in days, not today
    clock.advance(minutes=5)
    later, count = _due(library, clock)
    assert len(later) == count == 1  # two a day: one of them was introduced already
    assert ids[0] not in later
    _set(library, new_per_day=0)
    assert _due(library, clock) == ([], 0)


def test_new_per_day_is_clamped_to_a_hundred(library: Library) -> None:
    _set(library, new_per_day=1000)
    ids, count = _due(library, FakeClock())
    assert len(ids) == count == min(100, len(objection_ids(library)))


def _first_easy(library: Library, objection: int, clock: FakeClock) -> datetime:
    """Grade a new objection Easy in a session that takes its scheduler from the library, and
    check the new due date against fsrs with the same desired retention (same random state)."""
    with library.read() as connection:
        retention = library_scheduler(connection).desired_retention
    session = DrillSession(library, [DrillItem(objection)], clock=clock, zone=ZONE)
    assert session.scheduler.desired_retention == retention
    random.seed(objection)
    result = session.grade(Rating.Easy)
    random.seed(objection)
    reference = Scheduler(desired_retention=retention)
    card, _log = reference.review_card(Card(card_id=objection, due=clock()), Rating.Easy, clock())
    assert result.state is not None
    assert result.state.due == card.due
    return card.due


@pytest.mark.parametrize("retention", [0.80, 0.95])
def test_the_desired_retention_moves_the_next_due_date_as_fsrs_computes(
    library: Library, retention: float
) -> None:
    clock = FakeClock()
    first, second = objection_ids(library)[:2]
    at_default = _first_easy(library, first, clock)
    _set(library, retention=retention)
    with library.read() as connection:
        assert library_scheduler(connection, fuzzing=False).desired_retention == retention
    at_setting = _first_easy(library, second, clock)
    # Asking for a higher retention brings answers back sooner; a lower one, later.
    if retention > 0.90:
        assert at_setting < at_default
    else:
        assert at_setting > at_default


def test_the_preview_uses_the_librarys_retention(library: Library) -> None:
    clock = FakeClock()
    _set(library, retention=0.75)
    objection = objection_ids(library)[0]
    session = DrillSession(library, [DrillItem(objection)], clock=clock, zone=ZONE)
    reference = Scheduler(desired_retention=0.75, enable_fuzzing=False)
    card, _log = reference.review_card(Card(card_id=objection, due=clock()), Rating.Easy, clock())
    assert session.preview()[Rating.Easy] == card.due


def test_the_statistics_measure_against_the_librarys_retention(library: Library) -> None:
    clock = FakeClock()
    with library.read() as connection:
        assert read_statistics(connection, clock(), ZONE).goal == 0.90
    _set(library, retention=0.85)
    with library.read() as connection:
        assert read_statistics(connection, clock(), ZONE).goal == 0.85
