"""The declarative base and mixins of the library's tables (types: `store.db.column_types`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Integer, MetaData, String, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from einwandfrei.store.db.column_types import UtcDateTime
from einwandfrei.store.db.uuids import UUID4_SQL, new_uuid

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """The current time in UTC, as stored in the library."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Base of every mapped table; constraint names follow one convention for migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    """Creation and last-change times, maintained by the ORM."""

    created_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utc_now, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utc_now, onupdate=utc_now, server_default=func.current_timestamp()
    )


class SoftDeleted:
    """Rows that go to the Trash first: `deleted_at` is set instead of deleting."""

    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None, index=True)


class Versioned:
    """A counter the ORM raises on every update and checks, so stale edits fail loudly."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class NeverReused:
    """Ids SQLite never hands out twice (AUTOINCREMENT), even after the newest row is deleted.

    Undo puts deleted rows back under their old ids; another program's insert meanwhile must not
    have taken one of them.
    """

    __table_args__: Any = {"sqlite_autoincrement": True}  # noqa: RUF012


class StablyIdentified:
    """A UUID that names the row in every library it travels to (exports, the team playbook).

    Every write path sets it (`new_uuid`); the schema's default is a safety net for any other.
    """

    uuid: Mapped[str] = mapped_column(
        String(36), unique=True, default=new_uuid, server_default=text(f"({UUID4_SQL})")
    )
