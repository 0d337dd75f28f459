"""This library's link to a team server, kept in the library itself (`library_meta`).

What is kept: the server URL (never with a password), the last revision pulled, when the last pull
succeeded, and since when the server has been unreachable. A library copied to another laptop
keeps its link, as it keeps its drill settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.store.models import library_meta
from einwandfrei.team.errors import TeamError
from einwandfrei.team.urls import ServerUrl, parse

URL_KEY = "team_url"
REVISION_KEY = "team_revision"
PULLED_AT_KEY = "team_pulled_at"
OFFLINE_SINCE_KEY = "team_offline_since"
PREVIOUS_REVISION_KEY = "team_previous_revision"
KEYS = (URL_KEY, REVISION_KEY, PULLED_AT_KEY, OFFLINE_SINCE_KEY, PREVIOUS_REVISION_KEY)


@dataclass(frozen=True, slots=True)
class TeamLink:
    """Where this library's team lives and how far it has pulled."""

    url: ServerUrl
    revision: int = 0
    """The last team revision pulled (0: none yet)."""
    pulled_at: datetime | None = None
    offline_since: datetime | None = None
    """When a pull first failed to reach the server since the last success."""
    previous_revision: int | None = None
    """The revision pulled before the last pull that brought new revisions (the changelog marks
    what that pull brought); None before the first."""


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_link(connection: Connection) -> TeamLink | None:
    """The library's team link, or None when it is not linked."""
    stored = {
        str(key): str(value)
        for key, value in connection.execute(
            select(library_meta.c.key, library_meta.c.value).where(library_meta.c.key.in_(KEYS))
        )
    }
    if not stored.get(URL_KEY):
        return None
    return TeamLink(
        url=parse(stored[URL_KEY]),
        revision=_number(stored.get(REVISION_KEY)) or 0,
        pulled_at=_moment(stored.get(PULLED_AT_KEY)),
        offline_since=_moment(stored.get(OFFLINE_SINCE_KEY)),
        previous_revision=_number(stored.get(PREVIOUS_REVISION_KEY)),
    )


def _number(text: str | None) -> int | None:
    try:
        return None if text is None else int(text)
    except ValueError:
        return None


def require_link(connection: Connection) -> TeamLink:
    """The library's team link; `TeamError` when there is none."""
    link = read_link(connection)
    if link is None:
        raise TeamError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This library is not linked to a team; link it with "
                    "`einwandfrei team connect URL`.",
                )
            )
        )
    return link


def _put(connection: Connection, key: str, value: str | None) -> None:
    if value is None:
        connection.execute(delete(library_meta).where(library_meta.c.key == key))
        return
    statement = sqlite_insert(library_meta).values(key=key, value=value)
    connection.execute(
        statement.on_conflict_do_update(index_elements=[library_meta.c.key], set_={"value": value})
    )


def write_link(connection: Connection, url: ServerUrl) -> None:
    """Link the library to the team at `url`, to pull from the beginning."""
    _put(connection, URL_KEY, str(url))
    for key in KEYS[1:]:
        _put(connection, key, None)


def remove_link(connection: Connection) -> None:
    """Unlink the library (its team items stay, as personal ones)."""
    for key in KEYS:
        _put(connection, key, None)


def record_pull(connection: Connection, revision: int, moment: datetime) -> None:
    """A pull reached `revision` at `moment`; the server is online."""
    link = read_link(connection)
    if link is not None and revision > link.revision:
        _put(connection, PREVIOUS_REVISION_KEY, str(link.revision))
    _put(connection, REVISION_KEY, str(revision))
    _put(connection, PULLED_AT_KEY, moment.astimezone(UTC).isoformat())
    _put(connection, OFFLINE_SINCE_KEY, None)


def record_offline(connection: Connection, moment: datetime) -> None:
    """The server could not be reached at `moment` (the first such moment is kept)."""
    link = read_link(connection)
    if link is not None and link.offline_since is None:
        _put(connection, OFFLINE_SINCE_KEY, moment.astimezone(UTC).isoformat())
