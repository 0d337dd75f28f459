"""Answer counts for the team: per team answer, how often it was used and how often it worked.

The after-call log adds to `team_count_deltas` in the same transaction that moves the answer's
own counters (`store.calls.team_outbox`). Sending is exactly once, across any dropped connection:

1. Seal (one local transaction): the deltas become a batch under a new uuid; the deltas are
   cleared.
2. Send each batch: `einwandfrei.add_counts(batch, counts)` records the batch uuid and adds its
   counts in ONE server transaction; a batch already recorded adds nothing.
3. Forget the batch here, only after the server committed it.

Cut off between 2 and 3, the batch is sent again next time, and the server ignores it. Nothing
else goes out: a response's uuid and two numbers.
"""

from __future__ import annotations

import json
import uuid as uuid_module

from sqlalchemy import Connection, text

from einwandfrei.store.db.connection import Library
from einwandfrei.store.transfer.row_writer import timestamp_text


def seal(library: Library) -> str | None:
    """Turn the waiting deltas into a batch; returns its uuid (None: nothing waited)."""
    with library.write() as connection:
        rows = connection.exec_driver_sql(
            "SELECT response_uuid, used, worked FROM team_count_deltas "
            "WHERE used <> 0 OR worked <> 0 ORDER BY response_uuid"
        ).all()
        connection.exec_driver_sql("DELETE FROM team_count_deltas")
        if not rows:
            return None
        batch = str(uuid_module.uuid4())
        counts = [
            {"response": str(response), "used": int(used), "worked": int(worked)}
            for response, used, worked in rows
        ]
        connection.exec_driver_sql(
            "INSERT INTO team_count_batches (uuid, counts, created_at) VALUES (?, ?, ?)",
            (batch, json.dumps(counts, separators=(",", ":")), timestamp_text()),
        )
    return batch


def send_batch(connection: Connection, batch: str, counts: str) -> bool:
    """Send one batch in its own server transaction; True if the server added it now, False if
    it had it already."""
    with connection.begin():
        return bool(
            connection.execute(
                text("SELECT einwandfrei.add_counts(CAST(:batch AS uuid), CAST(:counts AS jsonb))"),
                {"batch": batch, "counts": counts},
            ).scalar_one()
        )


def forget_batch(library: Library, batch: str) -> None:
    """The server has `batch`: drop it here."""
    with library.write() as connection:
        connection.exec_driver_sql("DELETE FROM team_count_batches WHERE uuid = ?", (batch,))


def waiting_batches(library: Library) -> list[tuple[str, str]]:
    """The sealed batches not yet known to be on the server, oldest first: (uuid, counts)."""
    with library.read() as connection:
        return [
            (str(uuid), str(counts))
            for uuid, counts in connection.exec_driver_sql(
                "SELECT uuid, counts FROM team_count_batches ORDER BY created_at, uuid"
            )
        ]


def send_counts(library: Library, connection: Connection) -> int:
    """Seal what waits and send every batch over the open server `connection`; returns how many
    batches the server took now."""
    seal(library)
    added = 0
    for batch, counts in waiting_batches(library):
        added += send_batch(connection, batch, counts)
        forget_batch(library, batch)
    return added
