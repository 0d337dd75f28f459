"""How customers say it: phrasings of an objection, and a search index that meets word forms.

Adds `objection_phrasings` (the ways customers say an objection, searched like its text) and
rebuilds the search index's tables in their new shape: the objection table gets a `phrasings`
column, `search_forms` holds stems, spelling variants, joined words and the parts of compounds.
The new tables start empty; the app fills them once, on the next open, from the library's rows
(the `search_format` key in `library_meta` says whether that is due).

Revision ID: 0006_phrasings
Revises: 0005_sort_indexes
Create Date: 2026-12-04 18:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_phrasings"
down_revision: str | None = "0005_sort_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SEARCH_TABLES = ("search_objections", "search_forms", "search_documents")


def upgrade() -> None:
    op.create_table(
        "objection_phrasings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objection_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["objection_id"],
            ["objections.id"],
            name=op.f("fk_objection_phrasings_objection_id_objections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objection_phrasings")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("objection_phrasings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_objection_phrasings_objection_id"), ["objection_id"], unique=False
        )

    # The search index (see einwandfrei.store.library.search_index), spelled out as written here.
    op.execute("DROP TABLE search_objections")
    op.execute("DROP TABLE search_documents")
    # Prefix indexes of one and two letters: the word being typed is a prefix query, and one
    # letter after other words ("cheaper callback r") would otherwise merge the doclists of every
    # word starting with it (25-140 ms over 100,000 objections, 0.2-2 ms with them).
    op.execute(
        "CREATE VIRTUAL TABLE search_objections USING fts5("
        "text, phrasings, tags, tokenize='unicode61 remove_diacritics 2', prefix='1 2')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_forms USING fts5("
        "forms, parts, tokenize='unicode61 remove_diacritics 2', detail=column, prefix='1 2')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_documents USING fts5("
        "body, tokenize='unicode61 remove_diacritics 2', detail=none, prefix='1 2 3 4')"
    )
    op.execute("DELETE FROM library_meta WHERE key = 'search_format'")


def downgrade() -> None:
    for table in _SEARCH_TABLES:
        op.execute(f"DROP TABLE {table}")
    op.execute(
        "CREATE VIRTUAL TABLE search_objections USING fts5("
        "text, tags, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_documents USING fts5("
        "body, tokenize='unicode61 remove_diacritics 2', detail=none, prefix='3 4')"
    )
    op.execute("DELETE FROM library_meta WHERE key = 'search_format'")
    with op.batch_alter_table("objection_phrasings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objection_phrasings_objection_id"))
    op.drop_table("objection_phrasings")
