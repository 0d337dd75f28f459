"""The laptop's side of the team playbook: which items came from the team, and what waits to be
sent to it.

An item pulled from the team keeps its team version here (`content`, the JSON the server holds),
so whether the rep changed it since is a comparison, never a flag to forget: an edit and its undo
leave the item unchanged. A team version that arrived while the rep's own change stood waits in
`incoming_*` for the rep to take it, keep theirs or suggest theirs.

Only two tables ever feed the server: suggestions (playbook text the rep chose to send, with a
reason) and answer counts (per team answer: used, worked). No customer, name or note.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from einwandfrei.store.db.column_types import UtcDateTime
from einwandfrei.store.models.base import Base, utc_now


class TeamItem(Base):
    """An objection, question or checklist item that came from (or went to) the team playbook."""

    __tablename__ = "team_items"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    """The item's uuid here and on the server."""
    kind: Mapped[str] = mapped_column(String(16))
    """objection, question or checklist_item."""
    revision: Mapped[int] = mapped_column(Integer)
    """The team revision of `content`."""
    content: Mapped[str | None] = mapped_column(Text)
    """The team's version as last taken into this library (JSON); None: the team deleted it."""
    incoming_revision: Mapped[int | None] = mapped_column(Integer, default=None)
    """A newer team version not applied because the rep's own change stands (a conflict)."""
    incoming_content: Mapped[str | None] = mapped_column(Text, default=None)


class TeamRevision(Base):
    """One entry of the team's changelog, as pulled."""

    __tablename__ = "team_revisions"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    message: Mapped[str] = mapped_column(Text, default="", server_default="")
    author: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TeamSuggestion(Base):
    """A suggestion made here: waiting to be sent (`sent_at` empty), sent, or decided."""

    __tablename__ = "team_suggestions"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    """Made here and sent along, so sending twice is recognised by the server."""
    item_uuid: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    base_revision: Mapped[int | None] = mapped_column(Integer)
    """The team revision the suggestion changes; None: a new item."""
    content: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    number: Mapped[int | None] = mapped_column(Integer, default=None)
    """The server's number for it, once sent."""
    status: Mapped[str] = mapped_column(String(16), default="pending", server_default="pending")
    decided_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    decision_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class TeamCountDelta(Base):
    """How much one team answer's counters moved here since the last batch was sealed."""

    __tablename__ = "team_count_deltas"

    response_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    used: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    worked: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class TeamCountBatch(Base):
    """Counts sealed under one uuid, sent until the server has them; the server adds a batch
    once however often it arrives."""

    __tablename__ = "team_count_batches"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    counts: Mapped[str] = mapped_column(Text)
    """JSON: [{"response": uuid, "used": n, "worked": n}, …]."""
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class TeamAnswerTotal(Base):
    """The whole team's counts for one team answer, as last pulled."""

    __tablename__ = "team_answer_totals"

    response_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    used: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    worked: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
