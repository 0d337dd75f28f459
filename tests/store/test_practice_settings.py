"""The drill settings a library keeps: round trip, defaults, bounds."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from einwandfrei.planning.drill_records import DEFAULT_NEW_PER_DAY, DEFAULT_RETENTION, DrillSettings
from einwandfrei.store.db.change_counter import CHANGE_COUNT
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.record_reading import read_meta
from einwandfrei.store.practice.drill_settings import (
    NEW_PER_DAY_KEY,
    RETENTION_KEY,
    read_drill_settings,
    write_drill_settings,
)


def _stored(library: Library, key: str) -> str | None:
    with library.read() as connection:
        value = connection.scalar(
            text("SELECT value FROM library_meta WHERE key = :key"), {"key": key}
        )
    return None if value is None else str(value)


def test_a_new_library_drills_with_the_defaults(library: Library) -> None:
    with library.read() as connection:
        settings = read_drill_settings(connection)
    assert settings == DrillSettings(DEFAULT_NEW_PER_DAY, DEFAULT_RETENTION)
    assert settings == DrillSettings(10, 0.90)
    assert _stored(library, NEW_PER_DAY_KEY) is None  # nothing written until it is changed


def test_the_settings_round_trip_and_count_as_a_change(library: Library) -> None:
    with library.read() as connection:
        before = int(read_meta(connection, CHANGE_COUNT, "0"))
    with library.write() as connection:
        stored = write_drill_settings(connection, DrillSettings(3, 0.85))
    assert stored == DrillSettings(3, 0.85)
    with library.read() as connection:
        assert read_drill_settings(connection) == DrillSettings(3, 0.85)
        assert int(read_meta(connection, CHANGE_COUNT, "0")) == before + 1
    assert (_stored(library, NEW_PER_DAY_KEY), _stored(library, RETENTION_KEY)) == ("3", "0.85")
    with library.write() as connection:
        write_drill_settings(connection, DrillSettings(0, 0.97))
    with library.read() as connection:
        assert read_drill_settings(connection) == DrillSettings(0, 0.97)


@pytest.mark.parametrize(
    ("wanted", "stored"),
    [
        (DrillSettings(-5, 0.5), DrillSettings(0, 0.70)),
        (DrillSettings(101, 0.99), DrillSettings(100, 0.97)),
        (DrillSettings(100, 0.70), DrillSettings(100, 0.70)),
        (DrillSettings(7, 0.8649), DrillSettings(7, 0.86)),  # whole percent
        (DrillSettings(7, float("nan")), DrillSettings(7, DEFAULT_RETENTION)),
    ],
)
def test_writing_clamps_to_the_bounds(
    library: Library, wanted: DrillSettings, stored: DrillSettings
) -> None:
    with library.write() as connection:
        assert write_drill_settings(connection, wanted) == stored
    with library.read() as connection:
        assert read_drill_settings(connection) == stored


@pytest.mark.parametrize(
    ("new_per_day", "retention", "read"),
    [
        ("1000", "0.2", DrillSettings(100, 0.70)),
        ("-3", "1.5", DrillSettings(0, 0.97)),
        ("many", "", DrillSettings(DEFAULT_NEW_PER_DAY, DEFAULT_RETENTION)),
        ("inf", "nan", DrillSettings(DEFAULT_NEW_PER_DAY, DEFAULT_RETENTION)),
        ("4.6", "0.926", DrillSettings(5, 0.93)),
    ],
)
def test_stored_values_out_of_bounds_or_unreadable_are_clamped_or_ignored(
    library: Library, new_per_day: str, retention: str, read: DrillSettings
) -> None:
    with library.write() as connection:
        for key, value in ((NEW_PER_DAY_KEY, new_per_day), (RETENTION_KEY, retention)):
            connection.execute(
                text("INSERT INTO library_meta (key, value) VALUES (:key, :value)"),
                {"key": key, "value": value},
            )
    with library.read() as connection:
        assert read_drill_settings(connection) == read
