"""Customers and call plans: the preparation before a call and the log after it."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, Enum, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from einwandfrei.store.db.column_types import UtcDateTime
from einwandfrei.store.models.base import (
    Base,
    NeverReused,
    SoftDeleted,
    Timestamped,
    Versioned,
)
from einwandfrei.store.models.library import ChecklistItem, Objection, Question, Response


class PlanStatus(enum.StrEnum):
    """Where a call plan stands: being written, ready for the call, or logged after it."""

    DRAFT = "draft"
    PLANNED = "planned"
    DONE = "done"


class Customer(Timestamped, SoftDeleted, Versioned, NeverReused, Base):
    """A person the salesperson calls."""

    __tablename__ = "customers"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(200), default="", server_default="")
    role: Mapped[str] = mapped_column(String(200), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    plans: Mapped[list[CallPlan]] = relationship(
        back_populates="customer", order_by="CallPlan.scheduled_at"
    )


class CallPlan(Timestamped, SoftDeleted, Versioned, NeverReused, Base):
    """The plan for one call and, once it happened, what came of it."""

    __tablename__ = "call_plans"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    previous_plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("call_plans.id", ondelete="SET NULL")
    )
    status: Mapped[PlanStatus] = mapped_column(
        Enum(
            PlanStatus,
            native_enum=False,
            create_constraint=True,
            length=16,
            values_callable=lambda statuses: [status.value for status in statuses],
            name="plan_status",
        ),
        default=PlanStatus.DRAFT,
        server_default=PlanStatus.DRAFT.value,
    )
    scheduled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    goal: Mapped[str] = mapped_column(Text, default="", server_default="")
    minimum_goal: Mapped[str] = mapped_column(Text, default="", server_default="")
    timing_notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    opener: Mapped[str] = mapped_column(Text, default="", server_default="")
    fallback: Mapped[str] = mapped_column(Text, default="", server_default="")
    # After the call
    outcome: Mapped[str] = mapped_column(Text, default="", server_default="")
    goal_reached: Mapped[bool | None] = mapped_column(Boolean)
    minimum_goal_reached: Mapped[bool | None] = mapped_column(Boolean)
    next_contact_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    next_contact_agreed: Mapped[bool | None] = mapped_column(Boolean)
    logged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The UID of the calendar event this plan was drafted from, so importing it again adds nothing.
    calendar_uid: Mapped[str | None] = mapped_column(String(255), index=True)

    customer: Mapped[Customer] = relationship(back_populates="plans")
    key_messages: Mapped[list[PlanKeyMessage]] = relationship(
        order_by="PlanKeyMessage.position", cascade="all, delete-orphan", passive_deletes=True
    )
    questions: Mapped[list[PlanQuestion]] = relationship(
        order_by="PlanQuestion.position", cascade="all, delete-orphan", passive_deletes=True
    )
    objections: Mapped[list[PlanObjection]] = relationship(
        order_by="PlanObjection.position", cascade="all, delete-orphan", passive_deletes=True
    )
    checklist: Mapped[list[PlanChecklistEntry]] = relationship(
        order_by="PlanChecklistEntry.position", cascade="all, delete-orphan", passive_deletes=True
    )


class PlanKeyMessage(NeverReused, Base):
    """A message to repeat in the call, because customers forget half of what they heard."""

    __tablename__ = "plan_key_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("call_plans.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    text: Mapped[str] = mapped_column(Text)


class PlanQuestion(NeverReused, Base):
    """An open question chosen for the call; the text is kept even if the bank changes."""

    __tablename__ = "plan_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("call_plans.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)

    question: Mapped[Question | None] = relationship()


class PlanObjection(NeverReused, Base):
    """An objection expected in (or met during) the call, with the response chosen for it."""

    __tablename__ = "plan_objections"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("call_plans.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    objection_id: Mapped[int] = mapped_column(
        ForeignKey("objections.id", ondelete="CASCADE"), index=True
    )
    response_id: Mapped[int | None] = mapped_column(
        ForeignKey("responses.id", ondelete="SET NULL"), index=True
    )
    # False for objections that were not expected but came up and were added in the log.
    was_expected: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    came_up: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    response_worked: Mapped[bool | None] = mapped_column(Boolean)

    objection: Mapped[Objection] = relationship()
    response: Mapped[Response | None] = relationship()


class PlanChecklistEntry(NeverReused, Base):
    """A checklist item copied into a plan, ticked or not."""

    __tablename__ = "plan_checklist_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("call_plans.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    checklist_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("checklist_items.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(Text)
    is_done: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    checklist_item: Mapped[ChecklistItem | None] = relationship()
