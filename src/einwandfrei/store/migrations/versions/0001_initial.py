"""Initial schema: the library, call plans and the full-text search index.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-27 11:08:14.548590
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200, collation="NOCASE"), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("colour", sa.String(length=16), server_default="", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
        sa.UniqueConstraint("name", name=op.f("uq_categories_name")),
    )
    op.create_table(
        "checklist_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_items")),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("company", sa.String(length=200), server_default="", nullable=False),
        sa.Column("role", sa.String(length=200), server_default="", nullable=False),
        sa.Column("email", sa.String(length=200), server_default="", nullable=False),
        sa.Column("phone", sa.String(length=64), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customers_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "library_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_library_meta")),
    )
    op.create_table(
        "questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questions")),
    )
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_questions_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100, collation="NOCASE"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "techniques",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200, collation="NOCASE"), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_techniques")),
        sa.UniqueConstraint("name", name=op.f("uq_techniques_name")),
    )
    op.create_table(
        "call_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("previous_plan_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "planned",
                "done",
                name="plan_status",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            server_default="draft",
            nullable=False,
        ),
        sa.Column("scheduled_at", sa.DateTime(), nullable=True),
        sa.Column("goal", sa.Text(), server_default="", nullable=False),
        sa.Column("minimum_goal", sa.Text(), server_default="", nullable=False),
        sa.Column("timing_notes", sa.Text(), server_default="", nullable=False),
        sa.Column("opener", sa.Text(), server_default="", nullable=False),
        sa.Column("fallback", sa.Text(), server_default="", nullable=False),
        sa.Column("outcome", sa.Text(), server_default="", nullable=False),
        sa.Column("goal_reached", sa.Boolean(), nullable=True),
        sa.Column("minimum_goal_reached", sa.Boolean(), nullable=True),
        sa.Column("next_contact_at", sa.DateTime(), nullable=True),
        sa.Column("next_contact_agreed", sa.Boolean(), nullable=True),
        sa.Column("logged_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_call_plans_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["previous_plan_id"],
            ["call_plans.id"],
            name=op.f("fk_call_plans_previous_plan_id_call_plans"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_plans")),
    )
    with op.batch_alter_table("call_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_call_plans_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_call_plans_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_call_plans_next_contact_at"), ["next_contact_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_call_plans_scheduled_at"), ["scheduled_at"], unique=False
        )

    op.create_table(
        "objections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("concern", sa.Text(), server_default="", nullable=False),
        sa.Column("probing_questions", sa.Text(), server_default="", nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "unknown",
                "real",
                "smoke_screen",
                "brush_off",
                name="objection_kind",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            server_default="unknown",
            nullable=False,
        ),
        sa.Column("language", sa.String(length=8), server_default="", nullable=False),
        sa.Column("is_favorite", sa.Boolean(), server_default="0", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name=op.f("fk_objections_category_id_categories"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objections")),
    )
    with op.batch_alter_table("objections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_objections_category_id"), ["category_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_objections_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "objection_tags",
        sa.Column("objection_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["objection_id"],
            ["objections.id"],
            name=op.f("fk_objection_tags_objection_id_objections"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_objection_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("objection_id", "tag_id", name=op.f("pk_objection_tags")),
    )
    with op.batch_alter_table("objection_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objection_tags_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "plan_checklist_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("checklist_item_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("is_done", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["checklist_item_id"],
            ["checklist_items.id"],
            name=op.f("fk_plan_checklist_entries_checklist_item_id_checklist_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["call_plans.id"],
            name=op.f("fk_plan_checklist_entries_plan_id_call_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_checklist_entries")),
    )
    with op.batch_alter_table("plan_checklist_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_checklist_entries_plan_id"), ["plan_id"], unique=False
        )

    op.create_table(
        "plan_key_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["call_plans.id"],
            name=op.f("fk_plan_key_messages_plan_id_call_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_key_messages")),
    )
    with op.batch_alter_table("plan_key_messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_key_messages_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["call_plans.id"],
            name=op.f("fk_plan_questions_plan_id_call_plans"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name=op.f("fk_plan_questions_question_id_questions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_questions")),
    )
    with op.batch_alter_table("plan_questions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_questions_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_questions_question_id"), ["question_id"], unique=False
        )

    op.create_table(
        "responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objection_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("technique_id", sa.Integer(), nullable=True),
        sa.Column("follow_up", sa.Text(), server_default="", nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("times_used", sa.Integer(), server_default="0", nullable=False),
        sa.Column("times_worked", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["objection_id"],
            ["objections.id"],
            name=op.f("fk_responses_objection_id_objections"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["technique_id"],
            ["techniques.id"],
            name=op.f("fk_responses_technique_id_techniques"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_responses")),
    )
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_responses_objection_id"), ["objection_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_responses_technique_id"), ["technique_id"], unique=False
        )

    op.create_table(
        "plan_objections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("objection_id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=True),
        sa.Column("was_expected", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("came_up", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("response_worked", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["objection_id"],
            ["objections.id"],
            name=op.f("fk_plan_objections_objection_id_objections"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["call_plans.id"],
            name=op.f("fk_plan_objections_plan_id_call_plans"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["responses.id"],
            name=op.f("fk_plan_objections_response_id_responses"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_objections")),
    )
    with op.batch_alter_table("plan_objections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_objections_objection_id"), ["objection_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_objections_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_objections_response_id"), ["response_id"], unique=False
        )

    op.create_table(
        "review_logs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objection_id", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("is_cram", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["objection_id"],
            ["objections.id"],
            name=op.f("fk_review_logs_objection_id_objections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_logs")),
    )
    with op.batch_alter_table("review_logs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_logs_objection_id"), ["objection_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_review_logs_reviewed_at"), ["reviewed_at"], unique=False
        )

    op.create_table(
        "review_states",
        sa.Column("objection_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.Integer(), server_default="1", nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Float(), nullable=True),
        sa.Column("difficulty", sa.Float(), nullable=True),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("last_review", sa.DateTime(), nullable=True),
        sa.Column("reviews", sa.Integer(), server_default="0", nullable=False),
        sa.Column("lapses", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["objection_id"],
            ["objections.id"],
            name=op.f("fk_review_states_objection_id_objections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("objection_id", name=op.f("pk_review_states")),
    )
    with op.batch_alter_table("review_states", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_states_due"), ["due"], unique=False)

    # The search index (see einwandfrei.store.library.search_index). The DDL is spelled out here, as a
    # migration must keep creating what it created when it was written.
    op.execute(
        "CREATE VIRTUAL TABLE search_objections USING fts5("
        "text, tags, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_documents USING fts5("
        "body, tokenize='unicode61 remove_diacritics 2', detail=none, prefix='3 4')"
    )
    op.execute("INSERT INTO library_meta (key, value) VALUES ('change_count', '0')")


def downgrade() -> None:
    with op.batch_alter_table("review_states", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_states_due"))

    op.drop_table("review_states")
    with op.batch_alter_table("review_logs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_logs_reviewed_at"))
        batch_op.drop_index(batch_op.f("ix_review_logs_objection_id"))

    op.drop_table("review_logs")
    op.execute("DROP TABLE search_documents")
    op.execute("DROP TABLE search_objections")
    with op.batch_alter_table("plan_objections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_objections_response_id"))
        batch_op.drop_index(batch_op.f("ix_plan_objections_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_objections_objection_id"))

    op.drop_table("plan_objections")
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_responses_technique_id"))
        batch_op.drop_index(batch_op.f("ix_responses_objection_id"))

    op.drop_table("responses")
    with op.batch_alter_table("plan_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_questions_question_id"))
        batch_op.drop_index(batch_op.f("ix_plan_questions_plan_id"))

    op.drop_table("plan_questions")
    with op.batch_alter_table("plan_key_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_key_messages_plan_id"))

    op.drop_table("plan_key_messages")
    with op.batch_alter_table("plan_checklist_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_checklist_entries_plan_id"))

    op.drop_table("plan_checklist_entries")
    with op.batch_alter_table("objection_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objection_tags_tag_id"))

    op.drop_table("objection_tags")
    with op.batch_alter_table("objections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objections_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_objections_category_id"))

    op.drop_table("objections")
    with op.batch_alter_table("call_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_plans_scheduled_at"))
        batch_op.drop_index(batch_op.f("ix_call_plans_next_contact_at"))
        batch_op.drop_index(batch_op.f("ix_call_plans_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_call_plans_customer_id"))

    op.drop_table("call_plans")
    op.drop_table("techniques")
    op.drop_table("tags")
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_questions_deleted_at"))

    op.drop_table("questions")
    op.drop_table("library_meta")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_deleted_at"))

    op.drop_table("customers")
    op.drop_table("checklist_items")
    op.drop_table("categories")
