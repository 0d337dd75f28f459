"""What goes wrong with the team server, as one sentence each.

Errors the server reports are told apart by their SQLSTATE (`error.sqlstate`), never by their
words. A connection that fails before the server says anything has no SQLSTATE; libpq's own
state tells those apart instead: whether it wanted a password and had none
(`PQconnectionNeedsPassword`), whether it sent one (`PQconnectionUsedPassword`), whether a server
answered at all. libpq's reason is then shown in brackets, as it wrote it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message, as_message

if TYPE_CHECKING:
    import psycopg

# SQLSTATEs (PostgreSQL's appendix A) this module tells apart.
INSUFFICIENT_PRIVILEGE = "42501"
UNDEFINED_TABLE = "42P01"
UNDEFINED_FUNCTION = "42883"
INVALID_SCHEMA_NAME = "3F000"
SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"
ADMIN_SHUTDOWN = "57P01"
CRASH_SHUTDOWN = "57P02"
CANNOT_CONNECT_NOW = "57P03"
QUERY_CANCELED = "57014"
CONNECTION_EXCEPTION_CLASS = "08"
OPERATOR_INTERVENTION_CLASS = "57"
RETRYABLE = (SERIALIZATION_FAILURE, DEADLOCK_DETECTED)


class TeamError(Exception):
    """A team operation could not be done; `str()` is the sentence to show. Nothing changed."""

    def __init__(self, message: Message | str) -> None:
        self.message = as_message(message)
        super().__init__(self.message.render())


class ServerUnreachableError(TeamError):
    """No connection could be made, or it was lost: the laptop works offline meanwhile."""


class TeamConflictError(TeamError):
    """Someone else changed the same item or decided the same suggestion first."""


def connection_lost() -> ServerUnreachableError:
    """The server went away in the middle of an operation."""
    return ServerUnreachableError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The connection to the team server was lost before the work was done; nothing "
                "was changed here — try again when the server is back.",
            )
        )
    )


def not_set_up(where: str) -> TeamError:
    """The database holds no team library."""
    return TeamError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{where} holds no team library; the database's owner sets one up with "
                "`einwandfrei team init URL`.",
            ),
            where=where,
        )
    )


def permission_denied(sentence: Message) -> TeamError:
    """The server refused an operation this user's role may not do; `sentence` says which."""
    return TeamError(sentence)


def only_editors_publish() -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Only editors can publish: ask the team's admin to grant your user the role "
            "einwandfrei_editor.",
        )
    )


def only_editors_decide() -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Only editors can approve or reject suggestions: ask the team's admin to grant your "
            "user the role einwandfrei_editor.",
        )
    )


def not_a_member(user: str) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The user {user} may not read the team library: ask the team's admin to grant it "
            "the role einwandfrei_member.",
        ),
        user=user or "?",
    )


def _connect_failure(error: psycopg.Error, user: str, where: str) -> TeamError:
    """The sentence for a connection that could not be made (no SQLSTATE exists yet here)."""
    connection = getattr(error, "pgconn", None)
    reason = _reason(error)
    if connection is not None and connection.needs_password:
        return ServerUnreachableError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The team server {where} asks for the password of {user}, and none was "
                    "found: put it in ~/.pgpass (or PGPASSWORD, or a service file).",
                ),
                where=where,
                user=user or "?",
            )
        )
    if connection is not None and connection.used_password:
        return TeamError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The team server {where} refused the login of {user}: the password, the "
                    "user or the database is wrong ({reason}).",
                ),
                where=where,
                user=user or "?",
                reason=reason,
            )
        )
    return ServerUnreachableError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The team server {where} cannot be reached; check the URL and the network "
                "({reason}).",
            ),
            where=where,
            reason=reason,
        )
    )


def _reason(error: BaseException) -> str:
    """libpq's or the server's own words, on one line, without the "connection failed" prefix."""
    connection = getattr(error, "pgconn", None)
    raw = getattr(connection, "error_message", b"") if connection is not None else b""
    text = raw.decode("utf-8", "replace") if raw else str(error)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(lines)[:300] or type(error).__name__


def _driver_error(error: BaseException) -> psycopg.Error | None:
    import psycopg

    if isinstance(error, psycopg.Error):
        return error
    original = getattr(error, "orig", None)
    return original if isinstance(original, psycopg.Error) else None


def classify(
    error: BaseException,
    *,
    user: str,
    where: str,
    connecting: bool = False,
    permission: Message | None = None,
) -> TeamError | None:
    """The sentence for a driver error (bare or wrapped by SQLAlchemy); None for anything else."""
    driver_error = _driver_error(error)
    if driver_error is None:
        return None
    state = driver_error.sqlstate or ""
    if connecting and not state:
        return _connect_failure(driver_error, user, where)
    if not state or state.startswith((CONNECTION_EXCEPTION_CLASS, OPERATOR_INTERVENTION_CLASS)):
        return connection_lost()
    if state == INSUFFICIENT_PRIVILEGE:
        return permission_denied(permission or not_a_member(user))
    if state in (UNDEFINED_TABLE, UNDEFINED_FUNCTION, INVALID_SCHEMA_NAME):
        return not_set_up(where)
    if state in RETRYABLE:
        return TeamConflictError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Someone else changed the team library at the same moment; nothing was "
                    "changed — try again.",
                )
            )
        )
    return TeamError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The team server {where} refused the work ({reason}); nothing was changed.",
            ),
            where=where,
            reason=_reason(driver_error),
        )
    )


@contextlib.contextmanager
def translated(
    *, user: str, where: str, connecting: bool = False, permission: Message | None = None
) -> Iterator[None]:
    """Turn driver errors raised inside the block into `TeamError`s."""
    try:
        yield
    except TeamError:
        raise
    except Exception as error:
        translated_error = classify(
            error, user=user, where=where, connecting=connecting, permission=permission
        )
        if translated_error is None:
            raise
        raise translated_error from error
