"""What the team dialog lists from the library alone: the changelog as pulled, and the rep's own
suggestions with their outcomes (works offline)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from einwandfrei.store.db.connection import Library
from einwandfrei.team.content import from_json
from einwandfrei.team.link import read_link

PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"


@dataclass(frozen=True, slots=True)
class Revision:
    """One pulled entry of the team's changelog."""

    number: int
    message: str
    author: str
    created_at: datetime
    new: bool
    """Brought by the last pull that brought anything."""


@dataclass(frozen=True, slots=True)
class OwnSuggestion:
    """A suggestion made in this library, and what became of it."""

    text: str
    """The suggested objection's words."""
    reason: str
    created_at: datetime
    sent: bool
    status: str
    """pending, approved or rejected."""
    decided_by: str
    decision_reason: str
    new: bool
    """A new objection (not a change to a team one)."""


def _moment(value: object) -> datetime:
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            moment = datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def changelog(library: Library, limit: int = 200) -> list[Revision]:
    """The newest `limit` entries of the pulled changelog, newest first."""
    with library.read() as connection:
        link = read_link(connection)
        since = link.previous_revision if link is not None else None
        rows = connection.exec_driver_sql(
            "SELECT number, message, author, created_at FROM team_revisions "
            "ORDER BY number DESC LIMIT ?",
            (limit,),
        ).all()
    return [
        Revision(
            int(number),
            str(message),
            str(author),
            _moment(created_at),
            new=since is not None and int(number) > since,
        )
        for number, message, author, created_at in rows
    ]


def _words(kind: str, body: str) -> str:
    try:
        document = json.loads(body)
    except ValueError:
        return ""
    return from_json(kind, document).text if isinstance(document, dict) else ""


def own_suggestions(library: Library, limit: int = 200) -> list[OwnSuggestion]:
    """The suggestions made here, newest first."""
    with library.read() as connection:
        rows = connection.exec_driver_sql(
            "SELECT kind, content, reason, created_at, sent_at IS NOT NULL, status, decided_by, "
            "decision_reason, base_revision IS NULL FROM team_suggestions "
            "ORDER BY created_at DESC LIMIT ?",
            (limit,),
        ).all()
    return [
        OwnSuggestion(
            text=_words(str(kind), str(body)),
            reason=str(reason),
            created_at=_moment(created),
            sent=bool(sent),
            status=str(status),
            decided_by=str(by),
            decision_reason=str(why),
            new=bool(new),
        )
        for kind, body, reason, created, sent, status, by, why, new in rows
    ]
