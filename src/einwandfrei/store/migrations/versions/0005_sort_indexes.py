"""Indexes for sorting the list at 100,000 objections: by text, and by the # and ✓ columns.

Revision ID: 0005_sort_indexes
Revises: 0004_team_playbook
Create Date: 2026-12-04 18:30:00.000000

`ix_objections_text_order` holds live objections in text order (German letters folded, as the
list sorts them); `ix_responses_objection_counts` covers the responses' counts per objection and
takes the place of `ix_responses_objection_id`, whose column it starts with.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0005_sort_indexes"
down_revision: str | None = "0004_team_playbook"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As `store.db.text_order.text_order("text")` builds it on this revision (frozen here: SQLite
# uses the index only for the very same expression).
_FOLDS = (
    ("Ä", "A"),
    ("ä", "a"),
    ("Ö", "O"),
    ("ö", "o"),
    ("Ü", "U"),
    ("ü", "u"),
    ("ß", "ss"),
    ("É", "E"),
    ("é", "e"),
    ("È", "E"),
    ("è", "e"),
    ("À", "A"),
    ("à", "a"),
)


def _text_order() -> str:
    expression = "text"
    for original, replacement in _FOLDS:
        expression = f"replace({expression}, '{original}', '{replacement}')"
    return f"{expression} COLLATE NOCASE"


def upgrade() -> None:
    op.create_index(
        "ix_objections_text_order", "objections", ["deleted_at", sa.text(_text_order())]
    )
    op.create_index(
        "ix_responses_objection_counts",
        "responses",
        ["objection_id", "deleted_at", "times_used", "times_worked"],
    )
    op.drop_index("ix_responses_objection_id", table_name="responses")


def downgrade() -> None:
    op.create_index("ix_responses_objection_id", "responses", ["objection_id"])
    op.drop_index("ix_responses_objection_counts", table_name="responses")
    op.drop_index("ix_objections_text_order", table_name="objections")
