"""The state of this library's team link, read from the library alone (works offline)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from einwandfrei.store.db.connection import Library
from einwandfrei.team.link import TeamLink, read_link


@dataclass(frozen=True, slots=True)
class TeamStatus:
    """The link and what waits to go out."""

    link: TeamLink | None

    def as_json(self) -> dict[str, Any]:
        """The status as a JSON document (`team status --json`)."""
        link = self.link
        return {
            "linked": link is not None,
            "url": None if link is None else str(link.url),
            "revision": None if link is None else link.revision,
            "pulled_at": _iso(None if link is None else link.pulled_at),
            "offline_since": _iso(None if link is None else link.offline_since),
        }

    def lines(self) -> list[str]:
        """The status as lines of text."""
        link = self.link
        if link is None:
            return ["This library is not linked to a team."]
        lines = [f"Linked to the team library on {link.url.where} as {link.url.user or '?'}."]
        if link.pulled_at is None:
            lines.append("Nothing pulled yet.")
        else:
            lines.append(f"Pulled revision {link.revision} at {_iso(link.pulled_at)}.")
        if link.offline_since is not None:
            lines.append(f"The server has been unreachable since {_iso(link.offline_since)}.")
        return lines


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone().isoformat(timespec="seconds")


def read_status(library: Library) -> TeamStatus:
    """The team status of `library`."""
    with library.read() as connection:
        return TeamStatus(read_link(connection))
