"""How drills are scheduled: the FSRS algorithm per objection, days, and the timing to calls.

The unit of practice is the objection: a drill shows what the customer says and asks for the
prepared answer (docs/practice.md says why). Each drilled objection carries an `fsrs.Card`'s
fields (stored by `store.practice.review_state`); a grade moves them exactly as `fsrs.Scheduler`
prescribes.

Drills are timed to calls: an objection expected in an upcoming call is due again on the day
before that call at the latest (at once, when the call is today or tomorrow), unless it was
already drilled on or after that day; an objection never drilled is due at once. The stored
schedule is never changed for this — the cap is applied when asking what is due, so a moved or
cancelled call simply stops pulling its objections in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from fsrs import Card, Rating, Scheduler, State

from einwandfrei.planning.drill_records import (
    DEFAULT_RETENTION,
    LEECH_LAPSES,
    ReviewStateRecord,
    UpcomingCall,
)

# A clock returns the current time, timezone-aware. Tests inject their own.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


def local_zone() -> tzinfo:
    """The system's current time zone (its offset now)."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def make_scheduler(
    *, fuzzing: bool = True, desired_retention: float = DEFAULT_RETENTION
) -> Scheduler:
    """The FSRS scheduler drills use: default parameters and `desired_retention` (90 % unless
    given).

    Fuzzing spreads intervals of a few days by a day or so, so that objections learnt together do
    not stay due together forever; tests switch it off (or compare against the same random state).
    """
    return Scheduler(desired_retention=desired_retention, enable_fuzzing=fuzzing)


def as_utc(moment: datetime) -> datetime:
    """`moment` in UTC, as `fsrs` requires (`timezone.utc` itself, not just a zero offset)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
    return moment.astimezone(UTC)


def new_state(objection_id: int, now: datetime) -> ReviewStateRecord:
    """The schedule of an objection never drilled: learning, first step, due now."""
    return ReviewStateRecord(
        objection_id=objection_id,
        state=int(State.Learning),
        step=0,
        stability=None,
        difficulty=None,
        due=as_utc(now),
    )


def card_of(state: ReviewStateRecord) -> Card:
    """The `fsrs.Card` a stored schedule describes (the objection id is the card id)."""
    return Card(
        card_id=state.objection_id,
        state=State(state.state),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=as_utc(state.due),
        last_review=None if state.last_review is None else as_utc(state.last_review),
    )


def apply_rating(
    scheduler: Scheduler,
    state: ReviewStateRecord,
    rating: Rating,
    reviewed_at: datetime,
    duration_ms: int | None = None,
) -> ReviewStateRecord:
    """The schedule after grading `state` with `rating` at `reviewed_at`, as `fsrs` computes it.

    A lapse is an "Again" on an objection that had been learnt (in the review state).
    """
    card, _log = scheduler.review_card(card_of(state), rating, as_utc(reviewed_at), duration_ms)
    lapsed = state.state == State.Review and rating == Rating.Again
    return ReviewStateRecord(
        objection_id=state.objection_id,
        state=int(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
        reviews=state.reviews + 1,
        lapses=state.lapses + int(lapsed),
    )


def is_leech(state: ReviewStateRecord | None) -> bool:
    """Whether the objection was forgotten so often that its answer wants rewriting."""
    return state is not None and state.lapses >= LEECH_LAPSES


def retrievability(scheduler: Scheduler, state: ReviewStateRecord, now: datetime) -> float:
    """The predicted chance of recalling the answer at `now` (0 for an objection still new)."""
    return float(scheduler.get_card_retrievability(card_of(state), as_utc(now)))


def day_start(day: date, zone: tzinfo) -> datetime:
    """When the local `day` begins, in UTC."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def local_day(now: datetime, zone: tzinfo) -> date:
    """The local calendar day of `now`."""
    return now.astimezone(zone).date()


def today_bounds(now: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """The start of today and of tomorrow, local days, in UTC."""
    today = local_day(now, zone)
    return day_start(today, zone), day_start(today + timedelta(days=1), zone)


def review_by(call_at: datetime, zone: tzinfo) -> datetime:
    """When an objection expected in the call at `call_at` is due again at the latest.

    The start of the day before the call (already past for a call today or tomorrow: due now).
    """
    return day_start(local_day(call_at, zone) - timedelta(days=1), zone)


def call_deadlines(calls: Iterable[UpcomingCall], zone: tzinfo) -> dict[int, datetime]:
    """For each objection expected in an upcoming call: when it must be drilled by at the latest."""
    deadlines: dict[int, datetime] = {}
    for call in calls:
        if call.scheduled_at is None:
            continue
        deadline = review_by(call.scheduled_at, zone)
        for objection_id in call.objection_ids:
            known = deadlines.get(objection_id)
            if known is None or deadline < known:
                deadlines[objection_id] = deadline
    return deadlines


def effective_due(
    state: ReviewStateRecord | None, deadline: datetime | None, now: datetime
) -> datetime:
    """When the objection is next due, with the cap of an upcoming call applied.

    Never drilled: now. Expected in a call and not drilled since its deadline began: the earlier of
    the stored due time and that deadline (a deadline already past means: due now). Otherwise the
    stored due time.
    """
    if state is None:
        return as_utc(now)
    due = as_utc(state.due)
    if deadline is None:
        return due
    if state.last_review is not None and as_utc(state.last_review) >= deadline:
        return due
    return min(due, deadline)
