"""Setting a team up (the database's owner) and linking a library to it (each rep)."""

from __future__ import annotations

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.store.db.connection import Library
from einwandfrei.team import roles, server_schema
from einwandfrei.team.errors import TeamError, not_a_member
from einwandfrei.team.link import read_link, remove_link, write_link
from einwandfrei.team.local_items import forget_all
from einwandfrei.team.server import TeamServer
from einwandfrei.team.urls import ServerUrl


def _init_needs_owner() -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Setting up the team library needs the database's owner with the right to create "
            "roles (CREATEROLE), or a superuser; nothing was changed.",
        )
    )


def initialise(url: ServerUrl) -> tuple[str | None, str]:
    """Create or upgrade the team schema and its roles on the server, in one transaction;
    returns the schema revision before (None: there was none) and after."""
    server = TeamServer(url)
    try:
        with (
            server.connect(permission=_init_needs_owner(), check_schema=False) as connection,
            connection.begin(),
        ):
            return server_schema.upgrade(connection, url.where)
    finally:
        server.dispose()


def connect(library: Library, url: ServerUrl) -> roles.Rights:
    """Link `library` to the team at `url` once the server has shown that it holds a team library
    this user may read; returns the user's rights. A library linked elsewhere is refused."""
    with library.read() as connection:
        current = read_link(connection)
    if current is not None and str(current.url) != str(url):
        raise TeamError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This library is already linked to the team library on {where}; unlink it "
                    "first with `einwandfrei team disconnect`.",
                ),
                where=current.url.where,
            )
        )
    server = TeamServer(url)
    try:
        with server.connect() as connection:
            rights = roles.rights(connection)
    finally:
        server.dispose()
    if not rights.member:
        raise TeamError(not_a_member(rights.user))
    if current is None:
        with library.write() as connection:
            write_link(connection, url)
    return rights


def disconnect(library: Library) -> int:
    """Unlink `library` from its team; every team item stays as a personal one. Returns how many
    team items there were."""
    with library.write() as connection:
        if read_link(connection) is None:
            raise TeamError(
                Message(QT_TRANSLATE_NOOP("Messages", "This library is not linked to a team."))
            )
        kept = forget_all(connection)
        remove_link(connection)
    return kept
