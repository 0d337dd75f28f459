"""The library's tables for Core statements, without the ORM.

Importing `store.models` loads SQLAlchemy's ORM (about a fifth of a second here); what runs at
start-up and on every drill — the practice and calls stores' reads, and the practice writes — needs
only Core. These `Table`s name the same columns with the types Core needs to convert values (UTC
times, flags); the schema itself (keys, indexes, defaults) is the migrations' and the models'.
`tests/store/test_tables.py` checks that both agree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Column, Float, Integer, MetaData, String, Table, Text

from einwandfrei.store.db.column_types import UtcDateTime

metadata = MetaData()


def _table(name: str, *columns: Column[Any]) -> Table:
    return Table(name, metadata, *columns)


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _times(*names: str) -> list[Column[Any]]:
    return [Column(name, UtcDateTime) for name in names]


library_meta = _table(
    "library_meta", Column("key", String, primary_key=True), Column("value", Text)
)
categories = _table(
    "categories",
    _id(),
    Column("name", String),
    Column("position", Integer),
    Column("colour", String),
    *_times("created_at", "updated_at"),
)
techniques = _table("techniques", _id(), Column("name", String), Column("position", Integer))
tags = _table("tags", _id(), Column("name", String))
objections = _table(
    "objections",
    _id(),
    Column("uuid", String),
    Column("text", Text),
    Column("category_id", Integer),
    Column("concern", Text),
    Column("probing_questions", Text),
    Column("kind", String),
    Column("language", String),
    Column("is_favorite", Boolean),
    *_times("created_at", "updated_at", "deleted_at"),
    Column("version", Integer),
)
objection_tags = _table(
    "objection_tags",
    Column("objection_id", Integer, primary_key=True),
    Column("tag_id", Integer, primary_key=True),
)
objection_phrasings = _table(
    "objection_phrasings",
    _id(),
    Column("objection_id", Integer),
    Column("text", Text),
    Column("position", Integer),
)
responses = _table(
    "responses",
    _id(),
    Column("uuid", String),
    Column("objection_id", Integer),
    Column("text", Text),
    Column("technique_id", Integer),
    Column("follow_up", Text),
    Column("position", Integer),
    Column("times_used", Integer),
    Column("times_worked", Integer),
    *_times("deleted_at", "created_at", "updated_at"),
    Column("version", Integer),
)
questions = _table(
    "questions",
    _id(),
    Column("uuid", String),
    Column("text", Text),
    Column("position", Integer),
    *_times("created_at", "updated_at", "deleted_at"),
)
checklist_items = _table(
    "checklist_items",
    _id(),
    Column("uuid", String),
    Column("text", Text),
    Column("position", Integer),
    Column("is_active", Boolean),
    *_times("created_at", "updated_at"),
)
review_states = _table(
    "review_states",
    Column("objection_id", Integer, primary_key=True),
    Column("state", Integer),
    Column("step", Integer),
    Column("stability", Float),
    Column("difficulty", Float),
    *_times("due", "last_review"),
    Column("reviews", Integer),
    Column("lapses", Integer),
)
review_logs = _table(
    "review_logs",
    _id(),
    Column("objection_id", Integer),
    Column("rating", Integer),
    Column("reviewed_at", UtcDateTime),
    Column("duration_ms", Integer),
    Column("is_cram", Boolean),
)
customers = _table(
    "customers",
    _id(),
    Column("name", String),
    Column("company", String),
    Column("role", String),
    Column("email", String),
    Column("phone", String),
    Column("notes", Text),
    *_times("created_at", "updated_at", "deleted_at"),
    Column("version", Integer),
)
call_plans = _table(
    "call_plans",
    _id(),
    Column("customer_id", Integer),
    Column("previous_plan_id", Integer),
    Column("status", String),
    Column("scheduled_at", UtcDateTime),
    *(
        Column(name, Text)
        for name in ("goal", "minimum_goal", "timing_notes", "opener", "fallback", "outcome")
    ),
    Column("goal_reached", Boolean),
    Column("minimum_goal_reached", Boolean),
    Column("next_contact_at", UtcDateTime),
    Column("next_contact_agreed", Boolean),
    *_times("logged_at", "created_at", "updated_at", "deleted_at"),
    Column("version", Integer),
    Column("calendar_uid", String),
)
plan_key_messages = _table(
    "plan_key_messages",
    _id(),
    Column("plan_id", Integer),
    Column("position", Integer),
    Column("text", Text),
)
plan_questions = _table(
    "plan_questions",
    _id(),
    Column("plan_id", Integer),
    Column("position", Integer),
    Column("question_id", Integer),
    Column("text", Text),
)
plan_objections = _table(
    "plan_objections",
    _id(),
    Column("plan_id", Integer),
    Column("position", Integer),
    Column("objection_id", Integer),
    Column("response_id", Integer),
    Column("was_expected", Boolean),
    Column("came_up", Boolean),
    Column("response_worked", Boolean),
)
plan_checklist_entries = _table(
    "plan_checklist_entries",
    _id(),
    Column("plan_id", Integer),
    Column("position", Integer),
    Column("checklist_item_id", Integer),
    Column("text", Text),
    Column("is_done", Boolean),
)
# The team playbook's local bookkeeping (written by `einwandfrei.team`, text SQL; here for Core
# reads; `tests/store/test_tables.py` checks them with the rest).
team_items = _table(
    "team_items",
    Column("uuid", String, primary_key=True),
    Column("kind", String),
    Column("revision", Integer),
    Column("content", Text),
    Column("incoming_revision", Integer),
    Column("incoming_content", Text),
)
team_revisions = _table(
    "team_revisions",
    Column("number", Integer, primary_key=True),
    Column("message", Text),
    Column("author", Text),
    *_times("created_at"),
)
team_suggestions = _table(
    "team_suggestions",
    Column("uuid", String, primary_key=True),
    Column("item_uuid", String),
    Column("kind", String),
    Column("base_revision", Integer),
    Column("content", Text),
    Column("reason", Text),
    *_times("created_at", "sent_at"),
    Column("number", Integer),
    Column("status", String),
    Column("decided_by", Text),
    Column("decision_reason", Text),
)
team_count_deltas = _table(
    "team_count_deltas",
    Column("response_uuid", String, primary_key=True),
    Column("used", Integer),
    Column("worked", Integer),
)
team_count_batches = _table(
    "team_count_batches",
    Column("uuid", String, primary_key=True),
    Column("counts", Text),
    *_times("created_at"),
)
team_answer_totals = _table(
    "team_answer_totals",
    Column("response_uuid", String, primary_key=True),
    Column("used", Integer),
    Column("worked", Integer),
)
