"""The team schema on the server: which revisions this app knows, checking and upgrading it.

The schema `einwandfrei` keeps its own Alembic history in `migrations/` and its own version
table (`einwandfrei.einwandfrei_team_version`), so it never meets another Alembic history in the
same database. Checking reads that table with plain SQL; Alembic loads only for `team init`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, text

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.team.errors import TeamError, not_set_up

SCHEMA = "einwandfrei"
VERSION_TABLE = "einwandfrei_team_version"
KNOWN_REVISIONS: tuple[str, ...] = ("t0001_playbook",)
HEAD_REVISION = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def stored_revision(connection: Connection) -> str | None:
    """The schema's revision on the server, or None when it has no team schema."""
    exists = connection.execute(
        text("SELECT to_regclass(:table) IS NOT NULL"), {"table": f"{SCHEMA}.{VERSION_TABLE}"}
    ).scalar_one()
    if not exists:
        return None
    revision = connection.execute(
        text(f"SELECT version_num FROM {SCHEMA}.{VERSION_TABLE}")
    ).scalar_one_or_none()
    return None if revision is None else str(revision)


def check(connection: Connection, where: str) -> None:
    """Refuse a server without the team schema, or with one this app does not know."""
    revision = stored_revision(connection)
    if revision is None:
        raise not_set_up(where)
    if revision not in KNOWN_REVISIONS:
        raise newer_schema(where, revision)
    if revision != HEAD_REVISION:
        raise TeamError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The team library on {where} was set up by an older Einwandfrei; the "
                    "database's owner upgrades it with `einwandfrei team init URL`.",
                ),
                where=where,
            )
        )


def newer_schema(where: str, revision: str) -> TeamError:
    """The server's team schema was written by a newer Einwandfrei."""
    return TeamError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The team library on {where} was set up by a newer Einwandfrei (schema "
                "{revision}); update the app to use it.",
            ),
            where=where,
            revision=revision,
        )
    )


def upgrade(connection: Connection, where: str) -> tuple[str | None, str]:
    """Create or upgrade the team schema and its roles in one transaction; returns the revision
    before and after. Run by the database's owner (or an admin)."""
    before = stored_revision(connection)
    if before is not None and before not in KNOWN_REVISIONS:
        raise newer_schema(where, before)
    if before != HEAD_REVISION:
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}"))
        command.upgrade(config, "head")
    return before, HEAD_REVISION
