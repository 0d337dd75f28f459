"""What the team dialog asks the server for in one connection: the user's rights and, for an
editor, the suggestions waiting for a decision."""

from __future__ import annotations

from dataclasses import dataclass

from einwandfrei.store.db.connection import Library
from einwandfrei.team import roles
from einwandfrei.team.link import require_link
from einwandfrei.team.server import TeamServer
from einwandfrei.team.suggestions import Suggestion, read_queue


@dataclass(frozen=True, slots=True)
class ServerOverview:
    """The connected user's rights and the queue an editor decides."""

    rights: roles.Rights
    queue: tuple[Suggestion, ...] = ()
    """Empty for a member (their own suggestions are listed from the library)."""


def server_overview(library: Library) -> ServerOverview:
    """Ask the team server of `library` for the user's rights and, for an editor, the queue."""
    with library.read() as connection:
        link = require_link(connection)
    server = TeamServer(link.url)
    try:
        with server.connect() as connection:
            rights = roles.rights(connection)
            queue = tuple(read_queue(connection)) if rights.editor else ()
    finally:
        server.dispose()
    return ServerOverview(rights, queue)
