"""Ids are never reused (AUTOINCREMENT), and shared items carry a stable UUID.

Undo puts deleted rows back under their old ids, so no table whose rows it reinstates may hand an
id out twice: every table with an integer id is rebuilt with AUTOINCREMENT. Objections, responses,
questions and checklist items get a `uuid` (canonical text, version 4, unique) that names them in
every library they travel to; existing rows get theirs here, from SQLite's own random bytes.

Revision ID: 0002_stable_ids
Revises: 0001_initial
Create Date: 2026-12-02 10:00:00.000000
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations

revision: str = "0002_stable_ids"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A version 4 UUID in SQL (written out: a migration must keep doing what it did when written).
UUID4_SQL = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
    "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)
IDENTIFIED = ("objections", "responses", "questions", "checklist_items")
# Unique names compared ignoring case; a rebuild must say so again (reflection loses the collation).
NAMED = {"categories": 200, "techniques": 200, "tags": 100}
NUMBERED = (
    *NAMED,
    "customers",
    "call_plans",
    "plan_key_messages",
    "plan_questions",
    "plan_objections",
    "plan_checklist_entries",
    "review_logs",
)


@contextmanager
def _rebuilt(table: str, *, autoincrement: bool) -> Iterator[BatchOperations]:
    """The table copied into a new one (SQLite sets AUTOINCREMENT only when creating a table)."""
    with op.batch_alter_table(
        table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
    ) as batch_op:
        if table in NAMED:
            batch_op.alter_column(
                "name",
                existing_type=sa.String(length=NAMED[table]),
                type_=sa.String(length=NAMED[table], collation="NOCASE"),
                existing_nullable=False,
            )
        yield batch_op


def upgrade() -> None:
    for table in NUMBERED:
        with _rebuilt(table, autoincrement=True):
            pass
    for table in IDENTIFIED:
        op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
        op.execute(f"UPDATE {table} SET uuid = {UUID4_SQL}")
        with _rebuilt(table, autoincrement=True) as batch_op:
            batch_op.alter_column(
                "uuid",
                existing_type=sa.String(length=36),
                nullable=False,
                server_default=sa.text(f"({UUID4_SQL})"),
            )
            batch_op.create_unique_constraint(batch_op.f(f"uq_{table}_uuid"), ["uuid"])


def downgrade() -> None:
    for table in IDENTIFIED:
        with _rebuilt(table, autoincrement=False) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"uq_{table}_uuid"), type_="unique")
            batch_op.drop_column("uuid")
    for table in NUMBERED:
        with _rebuilt(table, autoincrement=False):
            pass
