"""Drill scheduling: the spaced-repetition state of each drilled objection and the log of reviews.

The unit of practice is the objection: a drill shows what the customer says and asks for the
prepared answer (see docs/practice.md).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from einwandfrei.store.db.column_types import UtcDateTime
from einwandfrei.store.models.base import Base, NeverReused


class ReviewState(Base):
    """Where an objection stands in the drill schedule (the fields of an `fsrs.Card`)."""

    __tablename__ = "review_states"

    objection_id: Mapped[int] = mapped_column(
        ForeignKey("objections.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    step: Mapped[int | None] = mapped_column(Integer, default=0)
    stability: Mapped[float | None] = mapped_column(Float)
    difficulty: Mapped[float | None] = mapped_column(Float)
    due: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    last_review: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reviews: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    lapses: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ReviewLog(NeverReused, Base):
    """One graded drill (1 Again, 2 Hard, 3 Good, 4 Easy)."""

    __tablename__ = "review_logs"

    id: Mapped[int] = mapped_column(primary_key=True)
    objection_id: Mapped[int] = mapped_column(
        ForeignKey("objections.id", ondelete="CASCADE"), index=True
    )
    rating: Mapped[int] = mapped_column(Integer)
    reviewed_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    # A cram review is logged for statistics but never moves the schedule.
    is_cram: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
