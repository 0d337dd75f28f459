"""The objection library: categories, techniques, tags, objections, responses, question bank."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, Column, Enum, ForeignKey, Index, Integer, String, Table, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from einwandfrei.store.db.column_types import UtcDateTime
from einwandfrei.store.db.text_order import text_order
from einwandfrei.store.models.base import (
    Base,
    NeverReused,
    SoftDeleted,
    StablyIdentified,
    Timestamped,
    Versioned,
)

NOCASE = "NOCASE"


class ObjectionKind(enum.StrEnum):
    """Whether an objection is usually meant, a smoke screen for something else, or a brush-off."""

    UNKNOWN = "unknown"
    REAL = "real"
    SMOKE_SCREEN = "smoke_screen"
    BRUSH_OFF = "brush_off"


library_meta = Table(
    "library_meta",
    Base.metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


class Category(Timestamped, NeverReused, Base):
    """A group of objections such as price, timing or persistence."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200, collation=NOCASE), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    colour: Mapped[str] = mapped_column(String(16), default="", server_default="")


class Technique(NeverReused, Base):
    """A named way of answering (reframe, question back, …); the list is the user's to edit."""

    __tablename__ = "techniques"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200, collation=NOCASE), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


objection_tags = Table(
    "objection_tags",
    Base.metadata,
    Column(
        "objection_id",
        ForeignKey("objections.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(NeverReused, Base):
    """A free label on objections."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100, collation=NOCASE), unique=True)


class Objection(Timestamped, SoftDeleted, Versioned, StablyIdentified, NeverReused, Base):
    """What a customer says, in their words, with what is behind it and how to probe it."""

    __tablename__ = "objections"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    # The list sorted by text (and by the # and ✓ columns, which sort by text within a count):
    # live objections in text order straight from the index, instead of folding every text.
    __table_args__ = (
        Index("ix_objections_text_order", "deleted_at", text(text_order("text"))),
        NeverReused.__table_args__,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), index=True
    )
    concern: Mapped[str] = mapped_column(Text, default="", server_default="")
    # One probing question per line.
    probing_questions: Mapped[str] = mapped_column(Text, default="", server_default="")
    kind: Mapped[ObjectionKind] = mapped_column(
        Enum(
            ObjectionKind,
            native_enum=False,
            create_constraint=True,
            length=16,
            values_callable=lambda kinds: [kind.value for kind in kinds],
            name="objection_kind",
        ),
        default=ObjectionKind.UNKNOWN,
        server_default=ObjectionKind.UNKNOWN.value,
    )
    language: Mapped[str] = mapped_column(String(8), default="", server_default="")
    is_favorite: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    category: Mapped[Category | None] = relationship(lazy="joined")
    tags: Mapped[list[Tag]] = relationship(secondary=objection_tags, order_by=Tag.name)
    responses: Mapped[list[Response]] = relationship(
        back_populates="objection",
        order_by="Response.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    phrasings: Mapped[list[Phrasing]] = relationship(
        order_by="Phrasing.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Phrasing(NeverReused, Base):
    """One way customers say an objection ("How customers say it"), in their words.

    Searched like the objection's own text, so the words a customer uses find the prepared answer
    even when the library words it differently.
    """

    __tablename__ = "objection_phrasings"

    id: Mapped[int] = mapped_column(primary_key=True)
    objection_id: Mapped[int] = mapped_column(
        ForeignKey("objections.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Response(Timestamped, SoftDeleted, Versioned, StablyIdentified, NeverReused, Base):
    """A prepared answer to one objection."""

    __tablename__ = "responses"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    # Covering what the list counts per objection (the # and ✓ columns): counting and summing
    # never reads the rows. It serves every lookup by objection, too.
    __table_args__ = (
        Index(
            "ix_responses_objection_counts",
            "objection_id",
            "deleted_at",
            "times_used",
            "times_worked",
        ),
        NeverReused.__table_args__,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    objection_id: Mapped[int] = mapped_column(ForeignKey("objections.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    technique_id: Mapped[int | None] = mapped_column(
        ForeignKey("techniques.id", ondelete="SET NULL"), index=True
    )
    follow_up: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    times_used: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    times_worked: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    # No index, unlike other soft-deleted tables: responses are always read by objection, and an
    # index matching nearly every row only costs inserts and misleads the query planner.
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)

    objection: Mapped[Objection] = relationship(back_populates="responses")
    technique: Mapped[Technique | None] = relationship(lazy="joined")


class Question(Timestamped, SoftDeleted, StablyIdentified, NeverReused, Base):
    """An open question that gets customers talking about themselves."""

    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ChecklistItem(Timestamped, StablyIdentified, NeverReused, Base):
    """One item of the user's own pre-call checklist template."""

    __tablename__ = "checklist_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
