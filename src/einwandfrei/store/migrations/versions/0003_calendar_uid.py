"""Call plans remember the calendar event they were drafted from.

Revision ID: 0003_calendar_uid
Revises: 0002_stable_ids
Create Date: 2026-12-02 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0003_calendar_uid"
down_revision: str | None = "0002_stable_ids"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("call_plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("calendar_uid", sa.String(length=255), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_call_plans_calendar_uid"), ["calendar_uid"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("call_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_plans_calendar_uid"))
        batch_op.drop_column("calendar_uid")
