"""The library's change counter, which tells automatic backups whether anything changed."""

from __future__ import annotations

from typing import Any

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


def _after_flush(session: Any, _flush_context: Any) -> None:
    if session.new or session.dirty or session.deleted:
        mark_changed(session.connection())


def install_change_hooks(session_factory: Any) -> None:
    """Count every flush that changed something in sessions from `session_factory`."""
    from sqlalchemy import event

    event.listen(session_factory, "after_flush", _after_flush)
