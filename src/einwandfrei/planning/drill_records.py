"""Drill records and bounds as plain data: a schedule, a graded drill, an upcoming call, settings.

What `store.practice` reads and writes and `planning.practice` reasons about; no SQL here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

# An objection forgotten this often after it had been learnt is a leech: its answer wants rewriting
# rather than more drilling.
LEECH_LAPSES = 4


@dataclass(frozen=True, slots=True)
class ReviewStateRecord:
    """Where one objection stands in the drill schedule (the fields of an `fsrs.Card`)."""

    objection_id: int
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None = None
    reviews: int = 0
    lapses: int = 0


@dataclass(frozen=True, slots=True)
class ReviewLogRecord:
    """One graded drill."""

    objection_id: int
    rating: int
    reviewed_at: datetime
    duration_ms: int | None = None
    is_cram: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class UpcomingCall:
    """A planned call and the objections expected in it, in the plan's order."""

    plan_id: int
    scheduled_at: datetime | None
    customer: str
    objection_ids: tuple[int, ...]


# New objections brought into the "due today" drills per day (objections of an upcoming call come
# in regardless).
DEFAULT_NEW_PER_DAY = 10
MIN_NEW_PER_DAY = 0
MAX_NEW_PER_DAY = 100

# The chance of still knowing an answer when it next comes up that FSRS plans the intervals for
# (`fsrs.Scheduler`'s `desired_retention`), in whole percent.
DEFAULT_RETENTION = 0.90
MIN_RETENTION = 0.70
MAX_RETENTION = 0.97


def clamp_new_per_day(value: int) -> int:
    """`value` within the bounds of new objections a day."""
    return max(MIN_NEW_PER_DAY, min(MAX_NEW_PER_DAY, int(value)))


def clamp_retention(value: float) -> float:
    """`value` within the bounds of desired retention, in whole percent (NaN: the default)."""
    if math.isnan(value):
        return DEFAULT_RETENTION
    return round(max(MIN_RETENTION, min(MAX_RETENTION, value)), 2)


@dataclass(frozen=True, slots=True)
class DrillSettings:
    """How a library drills: new objections a day and the desired retention (0.70–0.97)."""

    new_per_day: int = DEFAULT_NEW_PER_DAY
    desired_retention: float = DEFAULT_RETENTION

    def clamped(self) -> DrillSettings:
        """These settings within their bounds."""
        return DrillSettings(
            clamp_new_per_day(self.new_per_day), clamp_retention(self.desired_retention)
        )
