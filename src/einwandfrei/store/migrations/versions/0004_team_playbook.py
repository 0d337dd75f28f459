"""The team playbook's local side: team items, the pulled changelog, the outbox, team totals.

Revision ID: 0004_team_playbook
Revises: 0003_calendar_uid
Create Date: 2026-12-02 14:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_team_playbook"
down_revision: str | None = "0003_calendar_uid"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "team_items",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("incoming_revision", sa.Integer(), nullable=True),
        sa.Column("incoming_content", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_team_items")),
    )
    op.create_table(
        "team_revisions",
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("message", sa.Text(), server_default="", nullable=False),
        sa.Column("author", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_team_revisions")),
    )
    op.create_table(
        "team_suggestions",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("item_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("base_revision", sa.Integer(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="pending", nullable=False),
        sa.Column("decided_by", sa.Text(), server_default="", nullable=False),
        sa.Column("decision_reason", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_team_suggestions")),
    )
    with op.batch_alter_table("team_suggestions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_team_suggestions_item_uuid"), ["item_uuid"], unique=False
        )
    op.create_table(
        "team_count_deltas",
        sa.Column("response_uuid", sa.String(length=36), nullable=False),
        sa.Column("used", sa.Integer(), server_default="0", nullable=False),
        sa.Column("worked", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("response_uuid", name=op.f("pk_team_count_deltas")),
    )
    op.create_table(
        "team_count_batches",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_team_count_batches")),
    )
    op.create_table(
        "team_answer_totals",
        sa.Column("response_uuid", sa.String(length=36), nullable=False),
        sa.Column("used", sa.Integer(), server_default="0", nullable=False),
        sa.Column("worked", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("response_uuid", name=op.f("pk_team_answer_totals")),
    )


def downgrade() -> None:
    for table in (
        "team_answer_totals",
        "team_count_batches",
        "team_count_deltas",
        "team_suggestions",
        "team_revisions",
        "team_items",
    ):
        op.drop_table(table)
