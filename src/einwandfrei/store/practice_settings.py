"""The drill settings of a library: new objections a day and the desired retention.

They belong to the library, not to the user's computer (a library copied to another laptop drills
the same way), so they live in the `library_meta` key/value table. Reading never fails: a missing
or unreadable value gives the default, one out of bounds is clamped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from einwandfrei.store.changes import mark_changed
from einwandfrei.store.models import library_meta

NEW_PER_DAY_KEY = "drills_new_per_day"
RETENTION_KEY = "drills_desired_retention"

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


def _number(text: str | None, default: float) -> float:
    if text is None:
        return default
    try:
        value = float(text)
    except ValueError:
        return default
    return value if math.isfinite(value) else default


def read_drill_settings(connection: Connection) -> DrillSettings:
    """The library's drill settings (the defaults where none is stored), within their bounds."""
    stored = {
        str(key): str(value)
        for key, value in connection.execute(
            select(library_meta.c.key, library_meta.c.value).where(
                library_meta.c.key.in_([NEW_PER_DAY_KEY, RETENTION_KEY])
            )
        )
    }
    new_per_day = _number(stored.get(NEW_PER_DAY_KEY), DEFAULT_NEW_PER_DAY)
    retention = _number(stored.get(RETENTION_KEY), DEFAULT_RETENTION)
    return DrillSettings(round(new_per_day), retention).clamped()


def write_drill_settings(connection: Connection, settings: DrillSettings) -> DrillSettings:
    """Store the drill settings, clamped to their bounds; returns what was stored."""
    stored = settings.clamped()
    for key, value in (
        (NEW_PER_DAY_KEY, str(stored.new_per_day)),
        (RETENTION_KEY, f"{stored.desired_retention:.2f}"),
    ):
        statement = sqlite_insert(library_meta).values(key=key, value=value)
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=[library_meta.c.key], set_={"value": value}
            )
        )
    mark_changed(connection)
    return stored
