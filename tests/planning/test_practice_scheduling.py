"""Drill scheduling: grades move schedules exactly as fsrs says; calls pull their objections in."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Card, Rating, Scheduler, State

from einwandfrei.planning.drill_records import ReviewStateRecord
from einwandfrei.planning.practice import (
    apply_rating,
    card_of,
    effective_due,
    is_leech,
    make_scheduler,
    new_state,
    review_by,
    today_bounds,
)
from tests.practice_support import MORNING, ZONE


def _same_card(card: Card, state: ReviewStateRecord) -> None:
    assert (card.state, card.step, card.stability, card.difficulty) == (
        State(state.state),
        state.step,
        state.stability,
        state.difficulty,
    )
    assert (card.due, card.last_review) == (state.due, state.last_review)


@pytest.mark.parametrize("fuzzing", [False, True])
def test_grades_follow_fsrs_exactly(fuzzing: bool) -> None:
    grades = [
        (Rating.Good, timedelta(0)),
        (Rating.Good, timedelta(minutes=12)),
        (Rating.Good, timedelta(days=3)),
        (Rating.Again, timedelta(days=9)),
        (Rating.Hard, timedelta(minutes=11)),
        (Rating.Easy, timedelta(days=2)),
        (Rating.Good, timedelta(days=20)),
    ]
    ours = make_scheduler(fuzzing=fuzzing)
    theirs = Scheduler(enable_fuzzing=fuzzing)
    state = new_state(7, MORNING)
    card = Card(card_id=7, due=MORNING)
    moment = MORNING
    for rating, wait in grades:
        moment += wait
        random.seed(moment.timestamp())
        state = apply_rating(ours, state, rating, moment, 2500)
        random.seed(moment.timestamp())
        card, _log = theirs.review_card(card, rating, moment, 2500)
        _same_card(card, state)
    assert state.reviews == len(grades)
    assert state.lapses == 1


def test_a_lapse_is_again_on_a_learnt_objection_only() -> None:
    scheduler = make_scheduler(fuzzing=False)
    state = apply_rating(scheduler, new_state(1, MORNING), Rating.Again, MORNING)
    assert state.lapses == 0
    state = apply_rating(scheduler, state, Rating.Easy, MORNING + timedelta(minutes=2))
    assert state.state == State.Review
    for days in (3, 6, 9, 12):
        state = apply_rating(scheduler, state, Rating.Again, MORNING + timedelta(days=days))
        state = apply_rating(
            scheduler, state, Rating.Good, MORNING + timedelta(days=days, minutes=15)
        )
    assert state.lapses == 4
    assert is_leech(state)
    assert not is_leech(None)


def test_times_must_be_aware() -> None:
    with pytest.raises(ValueError, match="naive"):
        new_state(1, datetime(2026, 3, 3, 9, 0))


def test_the_card_of_a_stored_schedule_round_trips() -> None:
    state = ReviewStateRecord(3, 2, None, 4.5, 6.0, MORNING, MORNING - timedelta(days=4), 5, 1)
    card = card_of(state)
    assert (card.card_id, card.state, card.stability, card.due) == (3, State.Review, 4.5, MORNING)
    assert card.due.tzinfo is UTC


def test_days_are_local_days() -> None:
    late = datetime(2026, 3, 3, 23, 30, tzinfo=UTC)  # already 4 March in ZONE
    start, end = today_bounds(late, ZONE)
    assert start == datetime(2026, 3, 3, 23, 0, tzinfo=UTC)
    assert end == datetime(2026, 3, 4, 23, 0, tzinfo=UTC)


def test_a_call_in_three_days_must_be_prepared_by_the_day_before() -> None:
    call_at = MORNING + timedelta(days=3, hours=1)  # Friday 10:00 local
    assert review_by(call_at, ZONE) == datetime(2026, 3, 4, 23, 0, tzinfo=UTC)  # Thursday 00:00
    # A call tomorrow: today; a call today: since yesterday.
    today = today_bounds(MORNING, ZONE)[0]
    assert review_by(MORNING + timedelta(days=1), ZONE) == today
    assert review_by(MORNING + timedelta(hours=5), ZONE) == today - timedelta(days=1)


def test_the_call_caps_the_due_date_until_drilled_on_its_eve() -> None:
    deadline = review_by(MORNING + timedelta(days=3), ZONE)
    learnt = ReviewStateRecord(
        1, 2, None, 30.0, 4.0, MORNING + timedelta(days=30), MORNING - timedelta(days=10), 4, 0
    )
    assert effective_due(learnt, None, MORNING) == learnt.due
    assert effective_due(learnt, deadline, MORNING) == deadline
    soon = ReviewStateRecord(1, 2, None, 1.0, 4.0, MORNING + timedelta(days=1), MORNING, 4, 0)
    assert effective_due(soon, deadline, MORNING) == soon.due
    drilled_on_eve = ReviewStateRecord(
        1, 2, None, 30.0, 4.0, MORNING + timedelta(days=40), deadline + timedelta(hours=9), 5, 0
    )
    assert effective_due(drilled_on_eve, deadline, MORNING) == drilled_on_eve.due
    assert effective_due(None, deadline, MORNING) == MORNING
    yesterday = review_by(MORNING + timedelta(hours=2), ZONE)
    assert effective_due(learnt, yesterday, MORNING) == yesterday  # in the past: due now
