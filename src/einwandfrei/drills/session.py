"""A drill session: show an objection, take a grade, store it, move on — and take it back.

`DrillSession` holds the queue and writes each grade in its own transaction, so a session can stop
at any moment and loses nothing. No Qt: the drill dialog is a thin layer over this.
"""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from fsrs import Rating, Scheduler, State

from einwandfrei.drills.queue import DrillItem, library_scheduler
from einwandfrei.planning.drill_records import ReviewLogRecord, ReviewStateRecord
from einwandfrei.planning.library_content import ObjectionRecord
from einwandfrei.planning.practice import (
    Clock,
    apply_rating,
    as_utc,
    is_leech,
    local_zone,
    new_state,
    system_clock,
    today_bounds,
)
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.record_reading import read_objections
from einwandfrei.store.practice.review_state import read_states, save_review, undo_review

_LEARNING_STATES = (int(State.Learning), int(State.Relearning))


@dataclass(frozen=True, slots=True)
class Drill:
    """The drill on screen: the objection, its schedule (None if new) and where the session is."""

    item: DrillItem
    objection: ObjectionRecord
    state: ReviewStateRecord | None
    number: int
    total: int

    @property
    def is_leech(self) -> bool:
        """Whether this objection was forgotten so often that its answer wants rewriting."""
        return is_leech(self.state)


@dataclass(frozen=True, slots=True)
class GradeResult:
    """What a grade did: the new schedule (None for cram) and whether it made a leech."""

    objection_id: int
    rating: Rating
    state: ReviewStateRecord | None
    became_leech: bool
    again_later: bool


@dataclass(slots=True)
class SessionSummary:
    """A finished (or interrupted) session in numbers."""

    drilled: int = 0
    reviews: int = 0
    ratings: Counter[Rating] = field(default_factory=Counter)
    duration_ms: int = 0
    new_leeches: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Step:
    item: DrillItem
    log_id: int
    previous: ReviewStateRecord | None
    queue: tuple[DrillItem, ...]
    rating: Rating
    duration_ms: int
    became_leech: bool
    first_time: bool


class DrillSession:
    """The queue of one practice run over a library.

    Without a `scheduler`, FSRS with the desired retention the library is set to.

    An "Again" (or a learning step due later today) brings an objection back at the end of the
    queue; cram items come back after "Again" only. Each grade is stored at once.
    """

    def __init__(
        self,
        library: Library,
        items: list[DrillItem],
        *,
        scheduler: Scheduler | None = None,
        clock: Clock = system_clock,
        zone: tzinfo | None = None,
    ) -> None:
        self.library = library
        if scheduler is None:
            with library.read() as connection:
                scheduler = library_scheduler(connection)
        self.scheduler = scheduler
        self.clock = clock
        self.zone = zone or local_zone()
        self._queue: deque[DrillItem] = deque(dict.fromkeys(items))
        self._total = len(self._queue)
        self._seen: set[int] = set()
        self._history: list[_Step] = []
        self._current: Drill | None = None

    @property
    def total(self) -> int:
        """How many different objections the session holds."""
        return self._total

    @property
    def remaining(self) -> int:
        """Drills left in the queue, the one on screen included."""
        return len(self._queue)

    def current(self) -> Drill | None:
        """The drill to show now; None when the session is over.

        Objections moved to the Trash since the session began are skipped.
        """
        while self._queue:
            item = self._queue[0]
            if self._current is not None and self._current.item == item:
                return self._current
            with self.library.read() as connection:
                found = read_objections(connection, [item.objection_id])
                state = read_states(connection, [item.objection_id]).get(item.objection_id)
            if found:
                number = min(len(self._seen | {item.objection_id}), self._total)
                self._current = Drill(item, found[0], state, number, self._total)
                return self._current
            self._queue.popleft()
            self._current = None
        return None

    def preview(self) -> dict[Rating, datetime]:
        """When the drill on screen would be due again after each grade (empty for cram)."""
        drill = self.current()
        if drill is None or drill.item.cram:
            return {}
        now = self.clock()
        state = drill.state or new_state(drill.item.objection_id, now)
        settings = self.scheduler.to_dict()
        settings["enable_fuzzing"] = False
        preview_scheduler = Scheduler.from_dict(settings)
        return {
            rating: apply_rating(preview_scheduler, state, rating, now).due
            for rating in (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)
        }

    def grade(self, rating: Rating, duration_ms: int | None = None) -> GradeResult:
        """Grade the drill on screen, store it, and move on."""
        drill = self.current()
        if drill is None:
            raise RuntimeError("the session is over; there is nothing to grade")
        now = as_utc(self.clock())
        item = drill.item
        queue_before = tuple(self._queue)
        with self.library.write() as connection:
            previous = read_states(connection, [item.objection_id]).get(item.objection_id)
            after: ReviewStateRecord | None = None
            if item.cram:
                log = ReviewLogRecord(item.objection_id, int(rating), now, duration_ms, True)
                log_id = save_review(connection, previous or new_state(item.objection_id, now), log)
            else:
                before = previous or new_state(item.objection_id, now)
                after = apply_rating(self.scheduler, before, rating, now, duration_ms)
                log = ReviewLogRecord(item.objection_id, int(rating), now, duration_ms, False)
                log_id = save_review(connection, after, log)
        became_leech = after is not None and is_leech(after) and not is_leech(previous)
        self._queue.popleft()
        self._current = None
        again_later = self._comes_back(item, rating, after)
        if again_later:
            self._queue.append(item)
        first_time = item.objection_id not in self._seen
        self._seen.add(item.objection_id)
        self._history.append(
            _Step(
                item,
                log_id,
                previous,
                queue_before,
                rating,
                duration_ms or 0,
                became_leech,
                first_time,
            )
        )
        return GradeResult(item.objection_id, rating, after, became_leech, again_later)

    def _comes_back(self, item: DrillItem, rating: Rating, after: ReviewStateRecord | None) -> bool:
        if item.cram or after is None:
            return rating == Rating.Again
        _start, end = today_bounds(self.clock(), self.zone)
        return after.state in _LEARNING_STATES and as_utc(after.due) < end

    @property
    def can_undo(self) -> bool:
        """Whether a grade of this session can be taken back."""
        return bool(self._history)

    def undo(self) -> Drill | None:
        """Take back the last grade: restore the schedule, drop the log entry, show it again."""
        if not self._history:
            return None
        step = self._history.pop()
        with self.library.write() as connection:
            undo_review(connection, step.log_id, step.previous)
        self._queue = deque(step.queue)
        self._current = None
        if step.first_time:
            self._seen.discard(step.item.objection_id)
        return self.current()

    def summary(self) -> SessionSummary:
        """The session so far: objections drilled, grades given, time spent, leeches found."""
        result = SessionSummary()
        for step in self._history:
            result.reviews += 1
            result.ratings[step.rating] += 1
            result.duration_ms += step.duration_ms
            if step.became_leech:
                result.new_leeches.append(step.item.objection_id)
        result.drilled = len(self._seen)
        return result
