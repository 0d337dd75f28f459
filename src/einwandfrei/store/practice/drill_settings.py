"""The drill settings of a library: new objections a day and the desired retention.

They belong to the library, not to the user's computer (a library copied to another laptop drills
the same way), so they live in the `library_meta` key/value table. Reading never fails: a missing
or unreadable value gives the default, one out of bounds is clamped.
"""

from __future__ import annotations

import math

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from einwandfrei.planning.drill_records import (
    DEFAULT_NEW_PER_DAY,
    DEFAULT_RETENTION,
    DrillSettings,
)
from einwandfrei.store.db.tables import library_meta

NEW_PER_DAY_KEY = "drills_new_per_day"
RETENTION_KEY = "drills_desired_retention"


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
    return stored
