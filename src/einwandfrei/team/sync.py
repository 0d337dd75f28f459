"""One round with the team server: send what waits (suggestions, answer counts), then pull.

This is what `einwandfrei team pull` and the window's background pull run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection

from einwandfrei.store.db.connection import Library
from einwandfrei.team.counts import send_counts
from einwandfrei.team.pull import PullReport, pull
from einwandfrei.team.server import TeamServer
from einwandfrei.team.suggestions import send_pending


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What one round sent and what its pull brought."""

    report: PullReport
    suggestions_sent: int
    count_batches_sent: int


def sync(
    library: Library, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> SyncResult:
    """Send the outbox, then pull (see `pull.pull`)."""
    sent = {"suggestions": 0, "counts": 0}

    def send(_server: TeamServer, connection: Connection) -> None:
        sent["suggestions"] = send_pending(library, connection)
        sent["counts"] = send_counts(library, connection)

    report = pull(library, clock=clock, before_fetch=send)
    return SyncResult(report, sent["suggestions"], sent["counts"])
