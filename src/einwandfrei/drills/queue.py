"""Which objections a drill session holds: due today, a part of the library, a call's.

A session is a list of `DrillItem`s. A scheduled item's grade moves its schedule; a cram item's
grade is only logged (for statistics), so cramming never disturbs the spacing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from fsrs import Scheduler
from sqlalchemy import Connection

from einwandfrei.planning.drill_records import ReviewStateRecord
from einwandfrei.planning.library_part import WHOLE_LIBRARY, LibraryPart, PartKind
from einwandfrei.planning.practice import (
    call_deadlines,
    effective_due,
    local_day,
    make_scheduler,
    retrievability,
    today_bounds,
)
from einwandfrei.store.practice.drill_scope import (
    count_unseen,
    part_objection_ids,
    unseen_objection_ids,
)
from einwandfrei.store.practice.drill_settings import read_drill_settings
from einwandfrei.store.practice.review_state import (
    first_reviewed_since,
    read_states,
    states_due_before,
)
from einwandfrei.store.practice.upcoming_calls import call_of_plan, upcoming_calls

# New objections a session over a part brings in at most (besides those due).
SCOPE_NEW_LIMIT = 20
# A cram session over a part holds at most this many, weakest first.
CRAM_LIMIT = 50


@dataclass(frozen=True, slots=True)
class PracticeRequest:
    """What to drill, and whether to cram.

    The whole library (`LibraryPart()`) means today's drills: what is due, what an upcoming call
    pulls in, and the day's new objections. A call plan's part drills the objections expected in
    that call. Any other part drills its due objections and a few new ones.
    """

    part: LibraryPart = WHOLE_LIBRARY
    cram: bool = False


@dataclass(frozen=True, slots=True)
class DrillItem:
    """One objection to drill; `cram` leaves its schedule untouched."""

    objection_id: int
    cram: bool = False


def _deadlines(connection: Connection, now: datetime, zone: tzinfo) -> dict[int, datetime]:
    return call_deadlines(upcoming_calls(connection, since=now), zone)


def _due_today(
    connection: Connection, now: datetime, zone: tzinfo
) -> tuple[list[int], datetime, dict[int, ReviewStateRecord]]:
    """Reviews due before tomorrow, then objections pulled in for a call; today's start; and the
    drill states read on the way (of every objection chosen that has one)."""
    start, end = today_bounds(now, zone)
    deadlines = _deadlines(connection, now, zone)
    states = {state.objection_id: state for state in states_due_before(connection, end)}
    chosen = list(states)
    taken = set(chosen)
    call_states = read_states(connection, list(deadlines))
    for objection_id, deadline in deadlines.items():
        if (
            objection_id not in taken
            and effective_due(call_states.get(objection_id), deadline, now) < end
        ):
            chosen.append(objection_id)
            taken.add(objection_id)
            if objection_id in call_states:
                states[objection_id] = call_states[objection_id]
    return chosen, start, states


def _new_allowance(connection: Connection, start: datetime, new_per_day: int | None) -> int:
    """How many new objections today's drills may still bring in."""
    if new_per_day is None:
        new_per_day = read_drill_settings(connection).new_per_day
    return max(0, new_per_day - first_reviewed_since(connection, start))


def due_items(
    connection: Connection, now: datetime, zone: tzinfo, new_per_day: int | None = None
) -> list[DrillItem]:
    """Today's drills: everything due before tomorrow, objections of upcoming calls, new ones.

    Order: scheduled reviews by due time, then objections pulled in for a call, then at most
    `new_per_day` new objections a day (favourites first; None: as many as the library is set
    to, see `store.practice_settings`).
    """
    return todays_drills(connection, now, zone, new_per_day)[0]


def todays_drills(
    connection: Connection, now: datetime, zone: tzinfo, new_per_day: int | None = None
) -> tuple[list[DrillItem], dict[int, ReviewStateRecord]]:
    """`due_items`, and the drill state of each that has one (the new ones have none)."""
    chosen, start, states = _due_today(connection, now, zone)
    allowance = _new_allowance(connection, start, new_per_day)
    chosen.extend(unseen_objection_ids(connection, allowance, excluding=chosen))
    return [DrillItem(objection_id) for objection_id in chosen], states


def due_count(
    connection: Connection, now: datetime, zone: tzinfo, new_per_day: int | None = None
) -> int:
    """How many drills are due today (what the main window shows): `len(due_items(…))`, cheaply."""
    chosen, start, _states = _due_today(connection, now, zone)
    allowance = _new_allowance(connection, start, new_per_day)
    return len(chosen) + count_unseen(connection, allowance, excluding=chosen)


def _due_in(
    objection_ids: list[int],
    states: dict[int, ReviewStateRecord],
    deadlines: dict[int, datetime],
    now: datetime,
    end: datetime,
) -> list[int]:
    due = [
        (effective_due(states[objection_id], deadlines.get(objection_id), now), objection_id)
        for objection_id in objection_ids
        if objection_id in states
    ]
    return [objection_id for moment, objection_id in sorted(due) if moment < end]


def _part_items(
    connection: Connection,
    request: PracticeRequest,
    now: datetime,
    zone: tzinfo,
    scheduler: Scheduler,
) -> list[DrillItem]:
    objection_ids = part_objection_ids(connection, request.part)
    states = read_states(connection, objection_ids)
    if request.cram:
        # Weakest first: never drilled, then the lowest chance of recall now.
        weakness = {
            objection_id: retrievability(scheduler, states[objection_id], now)
            if objection_id in states
            else -1.0
            for objection_id in objection_ids
        }
        ordered = sorted(objection_ids, key=lambda objection_id: weakness[objection_id])
        return [DrillItem(objection_id, cram=True) for objection_id in ordered[:CRAM_LIMIT]]
    _start, end = today_bounds(now, zone)
    chosen = _due_in(objection_ids, states, _deadlines(connection, now, zone), now, end)
    chosen += unseen_objection_ids(connection, SCOPE_NEW_LIMIT, request.part)
    return [DrillItem(objection_id) for objection_id in chosen]


def _call_items(
    connection: Connection, request: PracticeRequest, now: datetime, zone: tzinfo
) -> list[DrillItem]:
    """The objections expected in a call, in the plan's order.

    Those due by the call's timing are scheduled drills; the others come as cram, so a run-through
    before the call covers every one without disturbing the spacing of the fresh ones.
    """
    if request.part.target_id is None:
        raise ValueError("a call session needs the plan's id")
    call = call_of_plan(connection, request.part.target_id)
    if call is None:
        return []
    if request.cram:
        return [DrillItem(objection_id, cram=True) for objection_id in call.objection_ids]
    objection_ids = list(call.objection_ids)
    states = read_states(connection, objection_ids)
    deadlines = _deadlines(connection, now, zone)
    for objection_id, deadline in call_deadlines([call], zone).items():
        deadlines[objection_id] = min(deadline, deadlines.get(objection_id, deadline))
    _start, end = today_bounds(now, zone)
    due = {
        objection_id
        for objection_id in objection_ids
        if effective_due(states.get(objection_id), deadlines.get(objection_id), now) < end
    }
    return [DrillItem(objection_id, cram=objection_id not in due) for objection_id in objection_ids]


def session_items(
    connection: Connection,
    request: PracticeRequest,
    now: datetime,
    zone: tzinfo,
    scheduler: Scheduler,
    new_per_day: int | None = None,
) -> list[DrillItem]:
    """The drills a request asks for, in the order they are shown."""
    if request.part.kind is PartKind.ALL:
        items = due_items(connection, now, zone, new_per_day)
        if request.cram:
            return [DrillItem(item.objection_id, cram=True) for item in items]
        return items
    if request.part.kind is PartKind.PLAN:
        return _call_items(connection, request, now, zone)
    return _part_items(connection, request, now, zone, scheduler)


def due_forecast(
    connection: Connection, now: datetime, zone: tzinfo, days: int = 7
) -> list[tuple[date, int]]:
    """Scheduled drills falling due on each of the next `days` days (tomorrow first).

    Counts objections already drilled (new ones are added day by day), with call timing applied.
    """
    today = local_day(now, zone)
    deadlines = _deadlines(connection, now, zone)
    _start, end = today_bounds(now, zone)
    horizon = end + timedelta(days=days)
    counts: Counter[date] = Counter()
    states = {state.objection_id: state for state in states_due_before(connection, horizon)}
    states.update(read_states(connection, [i for i in deadlines if i not in states]))
    for objection_id, state in states.items():
        moment = effective_due(state, deadlines.get(objection_id), now)
        if end <= moment < horizon:
            counts[local_day(moment, zone)] += 1
    return [
        (today + timedelta(days=offset), counts[today + timedelta(days=offset)])
        for offset in range(1, days + 1)
    ]


def library_scheduler(connection: Connection, *, fuzzing: bool = True) -> Scheduler:
    """The FSRS scheduler with the desired retention the library is set to."""
    settings = read_drill_settings(connection)
    return make_scheduler(fuzzing=fuzzing, desired_retention=settings.desired_retention)
