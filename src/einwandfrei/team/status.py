"""The state of this library's team link, read from the library alone (works offline)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from einwandfrei.store.db.connection import Library
from einwandfrei.team.link import TeamLink, read_link


@dataclass(frozen=True, slots=True)
class TeamStatus:
    """The link, what waits to go out, and where the team's version waits beside the rep's."""

    link: TeamLink | None
    team_items: int = 0
    conflicts: tuple[str, ...] = ()
    """Uuids of items whose newer team version waits beside the rep's own."""
    suggestions_unsent: int = 0
    suggestions_undecided: int = 0
    counts_unsent: int = 0
    """Answer counts (used + worked moves) sealed or not, not yet on the server."""

    def as_json(self) -> dict[str, Any]:
        """The status as a JSON document (`team status --json`)."""
        link = self.link
        return {
            "linked": link is not None,
            "url": None if link is None else str(link.url),
            "revision": None if link is None else link.revision,
            "pulled_at": _iso(None if link is None else link.pulled_at),
            "offline_since": _iso(None if link is None else link.offline_since),
            "team_items": self.team_items,
            "conflicts": list(self.conflicts),
            "suggestions_unsent": self.suggestions_unsent,
            "suggestions_undecided": self.suggestions_undecided,
            "counts_unsent": self.counts_unsent,
        }


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone().isoformat(timespec="seconds")


def _count(connection: Connection, query: str) -> int:
    return int(connection.exec_driver_sql(query).scalar_one() or 0)


def _unsent_counts(connection: Connection) -> int:
    import json

    total = _count(connection, "SELECT sum(abs(used) + abs(worked)) FROM team_count_deltas")
    for (counts,) in connection.exec_driver_sql("SELECT counts FROM team_count_batches"):
        total += sum(abs(int(c["used"])) + abs(int(c["worked"])) for c in json.loads(counts))
    return total


def read_status(library: Library) -> TeamStatus:
    """The team status of `library`."""
    with library.read() as connection:
        link = read_link(connection)
        if link is None:
            return TeamStatus(None)
        return TeamStatus(
            link,
            team_items=_count(connection, "SELECT count(*) FROM team_items"),
            conflicts=tuple(
                str(uuid)
                for (uuid,) in connection.exec_driver_sql(
                    "SELECT uuid FROM team_items WHERE incoming_revision IS NOT NULL ORDER BY uuid"
                )
            ),
            suggestions_unsent=_count(
                connection, "SELECT count(*) FROM team_suggestions WHERE sent_at IS NULL"
            ),
            suggestions_undecided=_count(
                connection,
                "SELECT count(*) FROM team_suggestions WHERE sent_at IS NOT NULL "
                "AND status = 'pending'",
            ),
            counts_unsent=_unsent_counts(connection),
        )
