"""The library's change counter, which tells automatic backups whether anything changed.

`Library.write` moves it once for every write transaction that changed a row; nothing else needs
to call `mark_changed`.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

CHANGE_COUNT = "change_count"
BACKED_UP_CHANGE_COUNT = "backed_up_change_count"


def mark_changed(connection: Connection) -> None:
    """Count one more change (inside the writing transaction)."""
    connection.execute(
        text(
            "INSERT INTO library_meta (key, value) VALUES (:key, '1') ON CONFLICT (key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        ),
        {"key": CHANGE_COUNT},
    )
