"""Practice statistics: reviews per day, retention, and the objections that fail most.

Retention counts only real recalls: scheduled drills of an objection last drilled on an earlier day
(drills within a session or a day test short-term memory, not what a call needs). Cram drills count
as reviews and as failures for the weakest objections, but never for retention.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import Connection

from einwandfrei.planning.drill_records import DEFAULT_RETENTION, ReviewLogRecord, ReviewStateRecord
from einwandfrei.planning.practice import is_leech, local_day
from einwandfrei.store.practice.drill_scope import objection_texts
from einwandfrei.store.practice.drill_settings import read_drill_settings
from einwandfrei.store.practice.review_state import read_logs, read_states

AGAIN = 1
WEAKEST_COUNT = 8
# An objection needs this many drills before its failure rate means anything.
WEAKEST_MIN_REVIEWS = 2


@dataclass(frozen=True, slots=True)
class DayReviews:
    """Drills graded on one local day."""

    day: date
    scheduled: int
    cram: int

    @property
    def total(self) -> int:
        """Scheduled and cram drills together."""
        return self.scheduled + self.cram


@dataclass(frozen=True, slots=True)
class WeekRetention:
    """Retention in one week (Monday first): the share of real recalls that succeeded."""

    week_start: date
    recalls: int
    remembered: int

    @property
    def rate(self) -> float | None:
        """Remembered / recalls, or None for a week without recalls."""
        return self.remembered / self.recalls if self.recalls else None


@dataclass(frozen=True, slots=True)
class WeakObjection:
    """An objection whose answer is often not there when drilled."""

    objection_id: int
    text: str
    reviews: int
    failures: int
    lapses: int
    leech: bool

    @property
    def failure_rate(self) -> float:
        """Failures / reviews."""
        return self.failures / self.reviews if self.reviews else 0.0


@dataclass(frozen=True, slots=True)
class PracticeStatistics:
    """Everything the statistics view draws."""

    days: tuple[DayReviews, ...]
    weeks: tuple[WeekRetention, ...]
    weakest: tuple[WeakObjection, ...]
    recalls: int
    remembered: int
    drilled_objections: int
    leeches: int
    goal: float = DEFAULT_RETENTION
    """The desired retention the library is set to: what the retention is measured against."""

    @property
    def retention(self) -> float | None:
        """The share of real recalls that succeeded over the whole period, None without any."""
        return self.remembered / self.recalls if self.recalls else None

    @property
    def reviews(self) -> int:
        """All drills in the period."""
        return sum(day.total for day in self.days)


def _recalls(logs: Sequence[ReviewLogRecord], zone: tzinfo) -> list[tuple[ReviewLogRecord, bool]]:
    """Scheduled drills of objections last drilled on an earlier day, with success."""
    last_day: dict[int, date] = {}
    recalls = []
    for log in logs:
        if log.is_cram:
            continue
        today = local_day(log.reviewed_at, zone)
        previous = last_day.get(log.objection_id)
        if previous is not None and previous < today:
            recalls.append((log, log.rating != AGAIN))
        last_day[log.objection_id] = today
    return recalls


def compute_statistics(
    logs: Sequence[ReviewLogRecord],
    states: dict[int, ReviewStateRecord],
    texts: dict[int, str],
    now: datetime,
    zone: tzinfo,
    days: int = 30,
    weeks: int = 8,
    goal: float = DEFAULT_RETENTION,
) -> PracticeStatistics:
    """Statistics over the last `days` days (reviews) and `weeks` weeks (retention).

    `goal` is the desired retention the library drills for.

    `logs` must be in time order and reach back far enough to tell each drill's predecessor.
    """
    today = local_day(now, zone)
    first_day = today - timedelta(days=days - 1)
    scheduled: Counter[date] = Counter()
    cram: Counter[date] = Counter()
    reviews: Counter[int] = Counter()
    failures: Counter[int] = Counter()
    for log in logs:
        day = local_day(log.reviewed_at, zone)
        if first_day <= day <= today:
            (cram if log.is_cram else scheduled)[day] += 1
        reviews[log.objection_id] += 1
        failures[log.objection_id] += int(log.rating == AGAIN)

    this_week = today - timedelta(days=today.weekday())
    week_starts = [this_week - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    by_week: dict[date, list[bool]] = defaultdict(list)
    period: list[bool] = []
    for log, remembered in _recalls(logs, zone):
        day = local_day(log.reviewed_at, zone)
        by_week[day - timedelta(days=day.weekday())].append(remembered)
        if first_day <= day <= today:
            period.append(remembered)

    weak = [
        WeakObjection(
            objection_id,
            texts[objection_id],
            reviews[objection_id],
            failures[objection_id],
            states[objection_id].lapses if objection_id in states else 0,
            is_leech(states.get(objection_id)),
        )
        for objection_id in reviews
        if objection_id in texts
        and failures[objection_id] > 0
        and reviews[objection_id] >= WEAKEST_MIN_REVIEWS
    ]
    weak.sort(key=lambda item: (-item.failure_rate, -item.lapses, -item.failures, item.text))
    return PracticeStatistics(
        days=tuple(
            DayReviews(day, scheduled[day], cram[day])
            for day in (first_day + timedelta(days=offset) for offset in range(days))
        ),
        weeks=tuple(
            WeekRetention(start, len(by_week[start]), sum(by_week[start])) for start in week_starts
        ),
        weakest=tuple(weak[:WEAKEST_COUNT]),
        recalls=len(period),
        remembered=sum(period),
        drilled_objections=len(states),
        leeches=sum(1 for state in states.values() if is_leech(state)),
        goal=goal,
    )


def read_statistics(
    connection: Connection, now: datetime, zone: tzinfo, days: int = 30, weeks: int = 8
) -> PracticeStatistics:
    """The statistics of the library's drills."""
    logs = read_logs(connection)
    states = read_states(connection)
    texts = objection_texts(connection, {log.objection_id for log in logs})
    goal = read_drill_settings(connection).desired_retention
    return compute_statistics(logs, states, texts, now, zone, days, weeks, goal)
