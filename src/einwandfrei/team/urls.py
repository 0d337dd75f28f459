"""Team server URLs: what the user types, what is kept, what is shown.

A password never gets saved: libpq finds it in `~/.pgpass`, `PGPASSWORD` or a service file
(`PGSERVICE`). One typed into the URL is taken out before the URL is kept, and the user is told.
TLS settings (`?sslmode=verify-full`, `sslrootcert=…`) stay in the URL and reach libpq as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.team.errors import TeamError

DRIVER = "postgresql+psycopg"
_ACCEPTED = ("postgresql", "postgres", "postgresql+psycopg")


@dataclass(frozen=True, slots=True)
class ServerUrl:
    """A team server URL without a password."""

    url: URL
    had_password: bool = False
    """The typed URL held a password, which was left out."""

    def __str__(self) -> str:
        return self.url.render_as_string(hide_password=False)

    @property
    def user(self) -> str:
        """The login role, or what libpq picks (the system user's name) when none is given."""
        return self.url.username or ""

    @property
    def where(self) -> str:
        """Host and database, for sentences ("db.example/sales")."""
        host = self.url.host or str(self.url.query.get("host", "") or "localhost")
        return f"{host}/{self.url.database or ''}"


def parse(text: str) -> ServerUrl:
    """The team server URL in `text`, its password left out; `TeamError` if it is none."""
    try:
        url = make_url(text.strip())
    except ArgumentError as error:
        raise _not_a_url(text) from error
    if url.drivername not in _ACCEPTED or not url.database:
        raise _not_a_url(text)
    had_password = url.password is not None
    # `URL.set(password=None)` would keep the password: None means "unchanged" there.
    bare = URL.create(DRIVER, url.username, None, url.host, url.port, url.database, url.query)
    return ServerUrl(bare, had_password)


def _not_a_url(text: str) -> TeamError:
    return TeamError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{url}” is not a PostgreSQL URL; it looks like postgresql://user@host/database.",
            ),
            url=text.strip(),
        )
    )


def password_left_out() -> Message:
    """What the user is told when the URL they typed held a password."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The password in the URL was not saved: put it in ~/.pgpass (or PGPASSWORD, or a "
            "service file), where PostgreSQL's own tools find it too.",
        )
    )
