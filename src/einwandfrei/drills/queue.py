"""Which objections a drill session holds: due today, a category, a tag, the favourites, a call.

A session is a list of `DrillItem`s. A scheduled item's grade moves its schedule; a cram item's
grade is only logged (for statistics), so cramming never disturbs the spacing.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from fsrs import Scheduler
from sqlalchemy import Connection

from einwandfrei.planning.drill_records import ReviewStateRecord
from einwandfrei.planning.practice import (
    call_deadlines,
    effective_due,
    local_day,
    make_scheduler,
    retrievability,
    today_bounds,
)
from einwandfrei.store.library.search import SearchFilter
from einwandfrei.store.practice.drill_scope import (
    count_unseen,
    scope_objection_ids,
    unseen_objection_ids,
)
from einwandfrei.store.practice.drill_settings import read_drill_settings
from einwandfrei.store.practice.review_state import (
    first_reviewed_since,
    read_states,
    states_due_before,
)
from einwandfrei.store.practice.upcoming_calls import call_of_plan, upcoming_calls

# New objections a category, tag or favourites session brings in at most (besides those due).
SCOPE_NEW_LIMIT = 20
# A cram session over a category, tag or the favourites holds at most this many, weakest first.
CRAM_LIMIT = 50


class PracticeKind(enum.StrEnum):
    """What a session drills."""

    DUE = "due"
    FAVOURITES = "favourites"
    CATEGORY = "category"
    TAG = "tag"
    CALL = "call"


@dataclass(frozen=True, slots=True)
class PracticeRequest:
    """What to drill: a kind, the category, tag or plan it names, and whether to cram."""

    kind: PracticeKind = PracticeKind.DUE
    target_id: int | None = None
    cram: bool = False

    def scope(self) -> SearchFilter:
        """The part of the library a favourites, category or tag session draws from."""
        if self.kind is PracticeKind.FAVOURITES:
            return SearchFilter(favorites_only=True)
        if self.kind is PracticeKind.CATEGORY:
            return SearchFilter(category_id=self.target_id)
        if self.kind is PracticeKind.TAG:
            return SearchFilter(tag_id=self.target_id)
        raise ValueError(f"a {self.kind} session has no library scope")


@dataclass(frozen=True, slots=True)
class DrillItem:
    """One objection to drill; `cram` leaves its schedule untouched."""

    objection_id: int
    cram: bool = False


def _deadlines(connection: Connection, now: datetime, zone: tzinfo) -> dict[int, datetime]:
    return call_deadlines(upcoming_calls(connection, since=now), zone)


def _due_today(connection: Connection, now: datetime, zone: tzinfo) -> tuple[list[int], datetime]:
    """Reviews due before tomorrow, then objections pulled in for a call; and today's start."""
    start, end = today_bounds(now, zone)
    deadlines = _deadlines(connection, now, zone)
    chosen = [state.objection_id for state in states_due_before(connection, end)]
    taken = set(chosen)
    call_states = read_states(connection, list(deadlines))
    for objection_id, deadline in deadlines.items():
        if (
            objection_id not in taken
            and effective_due(call_states.get(objection_id), deadline, now) < end
        ):
            chosen.append(objection_id)
            taken.add(objection_id)
    return chosen, start


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
    chosen, start = _due_today(connection, now, zone)
    allowance = _new_allowance(connection, start, new_per_day)
    chosen.extend(unseen_objection_ids(connection, allowance, excluding=chosen))
    return [DrillItem(objection_id) for objection_id in chosen]


def due_count(
    connection: Connection, now: datetime, zone: tzinfo, new_per_day: int | None = None
) -> int:
    """How many drills are due today (what the main window shows): `len(due_items(…))`, cheaply."""
    chosen, start = _due_today(connection, now, zone)
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


def _scope_items(
    connection: Connection,
    request: PracticeRequest,
    now: datetime,
    zone: tzinfo,
    scheduler: Scheduler,
) -> list[DrillItem]:
    scope = request.scope()
    objection_ids = scope_objection_ids(connection, scope)
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
    chosen += unseen_objection_ids(connection, SCOPE_NEW_LIMIT, scope)
    return [DrillItem(objection_id) for objection_id in chosen]


def _call_items(
    connection: Connection, request: PracticeRequest, now: datetime, zone: tzinfo
) -> list[DrillItem]:
    """The objections expected in a call, in the plan's order.

    Those due by the call's timing are scheduled drills; the others come as cram, so a run-through
    before the call covers every one without disturbing the spacing of the fresh ones.
    """
    if request.target_id is None:
        raise ValueError("a call session needs the plan's id")
    call = call_of_plan(connection, request.target_id)
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
    if request.kind is PracticeKind.DUE:
        items = due_items(connection, now, zone, new_per_day)
        if request.cram:
            return [DrillItem(item.objection_id, cram=True) for item in items]
        return items
    if request.kind is PracticeKind.CALL:
        return _call_items(connection, request, now, zone)
    return _scope_items(connection, request, now, zone, scheduler)


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
