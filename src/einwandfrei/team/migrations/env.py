"""Alembic environment of the team schema on PostgreSQL: runs on the connection `team init` hands
over, with its own version table in the `einwandfrei` schema."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

SCHEMA = "einwandfrei"
VERSION_TABLE = "einwandfrei_team_version"

connection: Connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    version_table=VERSION_TABLE,
    version_table_schema=SCHEMA,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
