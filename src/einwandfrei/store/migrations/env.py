"""Alembic environment: runs on the connection the app hands over, or on the URL in alembic.ini."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from sqlalchemy import Connection, create_engine

from einwandfrei.store.db.schema import SEARCH_TABLE_PREFIX
from einwandfrei.store.models import Base, UtcDateTime


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Leave the search index's virtual tables and SQLite's own tables out of comparisons."""
    if type_ == "table" and name is not None:
        return not name.startswith((SEARCH_TABLE_PREFIX, "sqlite_"))
    return True


def render_item(type_: str, obj: Any, _autogen_context: Any) -> str | Literal[False]:
    """Write our column types as plain SQLAlchemy ones, so migrations never import app code."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime()"
    return False


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


config = context.config
given: Connection | None = config.attributes.get("connection")
if given is not None:
    run_on(given)
else:  # `alembic` on the command line, for writing new revisions
    with create_engine(config.get_main_option("sqlalchemy.url") or "").begin() as connection:
        run_on(connection)
