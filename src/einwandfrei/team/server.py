"""Connections to the team server: SQLAlchemy 2 on psycopg 3, passwords left to libpq."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.pool import NullPool

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.team import server_schema
from einwandfrei.team.errors import TeamError, translated
from einwandfrei.team.urls import ServerUrl

if TYPE_CHECKING:
    from sqlalchemy import Engine

CONNECT_TIMEOUT_S = 10
MINIMUM_SERVER_VERSION = 150000
APPLICATION_NAME = "einwandfrei"


_ENGINES: dict[str, Engine] = {}
_ENGINES_LOCK = threading.Lock()


def _engine(url: ServerUrl) -> Engine:
    """The engine of `url`, made once per process: SQLAlchemy asks a new engine's first
    connection about the server (four round trips), which every later pull would pay again."""
    key = str(url)
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            connect_args: dict[str, object] = {"application_name": APPLICATION_NAME}
            if "connect_timeout" not in url.url.query:
                connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
            engine = create_engine(url.url, poolclass=NullPool, connect_args=connect_args)
            _ENGINES[key] = engine
        return engine


class TeamServer:
    """One team server URL; each `connect()` opens a fresh connection (nothing is pooled, so a
    laptop that goes offline holds no dead connections)."""

    def __init__(self, url: ServerUrl) -> None:
        self.url = url
        self.engine: Engine = _engine(url)

    @contextlib.contextmanager
    def connect(
        self, *, permission: Message | None = None, check_schema: bool = True
    ) -> Iterator[Connection]:
        """A connection (no transaction begun), closed afterwards; driver errors inside become
        `TeamError`s, a refused privilege the sentence `permission`. Unless `check_schema` is
        false, the team schema is checked first (present, not newer than this app)."""
        user, where = self.url.user, self.url.where
        with translated(user=user, where=where, connecting=True):
            connection = self.engine.connect()
        try:
            with translated(user=user, where=where, permission=permission):
                if connection.connection.dbapi_connection is not None:
                    info = connection.connection.dbapi_connection.info
                    _check_version(int(info.server_version), where)
                if check_schema:
                    server_schema.check(connection, where)
                    connection.commit()
                yield connection
        finally:
            with contextlib.suppress(Exception):
                connection.close()

    def current_user(self, connection: Connection) -> str:
        """The login role the server sees."""
        return str(connection.execute(text("SELECT session_user")).scalar_one())

    def dispose(self) -> None:
        """Let go of the server (its engine pools nothing, so there is nothing to close; the
        engine stays for the next connection to the same URL)."""


def _check_version(version: int, where: str) -> None:
    if version < MINIMUM_SERVER_VERSION:
        raise TeamError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The team server {where} runs PostgreSQL {version}; the team library needs "
                    "PostgreSQL 15 or newer.",
                ),
                where=where,
                version=f"{version // 10000}",
            )
        )
