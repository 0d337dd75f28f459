"""Suggestions: a rep proposes a change to a team item, or a new objection, with a reason;
editors approve (a new revision) or reject (with a reason); the suggester sees the outcome after
the next pull.

A suggestion is written to the local outbox first (`team_suggestions`) and sent when the server
is reachable: now, or with the next pull. It carries a uuid made here, so one sent twice (the
reply was lost) is stored once.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, text

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.store.db.connection import Library
from einwandfrei.team import roles
from einwandfrei.team.content import OBJECTION, Content, canonical, from_json, to_json
from einwandfrei.team.errors import (
    ServerUnreachableError,
    TeamConflictError,
    TeamError,
    only_editors_decide,
)
from einwandfrei.team.link import require_link
from einwandfrei.team.local_items import TeamItemRow, put_team_rows, read_contents, team_rows
from einwandfrei.team.publish import Outgoing, write_revision
from einwandfrei.team.server import TeamServer


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggestion as editors see it in the queue."""

    number: int
    kind: str
    item_uuid: str
    text: str
    """The suggested item's text (an objection's words, a question's text)."""
    new: bool
    base_revision: int | None
    reason: str
    suggested_by: str
    suggested_at: datetime
    status: str = "pending"
    content: Content | None = None
    """The whole suggested item (an objection with its answers)."""


def _objection_uuid(connection: Connection, objection_id: int) -> str:
    row = connection.exec_driver_sql(
        "SELECT uuid FROM objections WHERE id = ? AND deleted_at IS NULL", (objection_id,)
    ).first()
    if row is None:
        raise TeamError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "There is no objection {id} in the library."),
                id=objection_id,
            )
        )
    return str(row[0])


def suggest(library: Library, objection_id: int, reason: str, *, new: bool) -> str:
    """Put a suggestion in the outbox: the local version of objection `objection_id`, changed from
    its team version (`new` false) or not on the team yet (`new` true). Returns its uuid."""
    if not reason.strip():
        raise TeamError(
            Message(QT_TRANSLATE_NOOP("Messages", "A suggestion needs a reason for the editors."))
        )
    with library.write() as connection:
        require_link(connection)
        item = _objection_uuid(connection, objection_id)
        content = read_contents(connection, OBJECTION, [item])[item]
        assert content is not None
        row = team_rows(connection, [item]).get(item)
        if new and row is not None:
            raise TeamError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Objection {id} is already a team item; suggest a change with "
                        "--objection instead.",
                    ),
                    id=objection_id,
                )
            )
        if not new and row is None:
            raise TeamError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Objection {id} is not a team item; suggest it as a new one with --new.",
                    ),
                    id=objection_id,
                )
            )
        base: int | None = None
        if row is not None:
            base = row.incoming_revision or row.revision
            if canonical(content) == (row.incoming_content or row.content):
                raise TeamError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Objection {id} is the same as the team's; there is nothing to "
                            "suggest.",
                        ),
                        id=objection_id,
                    )
                )
            if row.incoming_revision is not None:
                # Suggesting one's own version over the team's newer one keeps one's own here.
                put_team_rows(
                    connection,
                    [
                        TeamItemRow(
                            row.uuid,
                            row.kind,
                            row.incoming_revision,
                            row.incoming_content,
                            None,
                            None,
                        )
                    ],
                )
        suggestion = str(uuid_module.uuid4())
        connection.exec_driver_sql(
            "INSERT INTO team_suggestions (uuid, item_uuid, kind, base_revision, content, reason,"
            " created_at, status, decided_by, decision_reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', '', '')",
            (
                suggestion,
                item,
                OBJECTION,
                base,
                json.dumps(to_json(content), ensure_ascii=False),
                reason.strip(),
                datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"),
            ),
        )
    return suggestion


def send_pending(library: Library, connection: Connection) -> int:
    """Send the outbox's unsent suggestions over the open server `connection`; each is marked
    sent here only after the server committed it. Returns how many were sent."""
    with library.read() as local:
        waiting = local.exec_driver_sql(
            "SELECT uuid, item_uuid, kind, base_revision, content, reason FROM team_suggestions "
            "WHERE sent_at IS NULL ORDER BY created_at"
        ).all()
    for uuid, item, kind, base, content, reason in waiting:
        with connection.begin():
            connection.execute(
                text(
                    "INSERT INTO einwandfrei.suggestions (uuid, item_uuid, kind, base_revision, "
                    "content, reason) VALUES (:uuid, :item, :kind, :base, CAST(:content AS jsonb),"
                    " :reason) ON CONFLICT (uuid) DO NOTHING"
                ),
                {
                    "uuid": uuid,
                    "item": item,
                    "kind": kind,
                    "base": base,
                    "content": content,
                    "reason": reason,
                },
            )
            number = connection.execute(
                text("SELECT number FROM einwandfrei.suggestions WHERE uuid = :uuid"),
                {"uuid": uuid},
            ).scalar_one()
        with library.write() as local:
            local.exec_driver_sql(
                "UPDATE team_suggestions SET sent_at = ?, number = ? WHERE uuid = ?",
                (datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"), int(number), uuid),
            )
    return len(waiting)


def send_now(library: Library) -> bool:
    """Try to send the outbox's suggestions now; False when the server is unreachable (they wait
    for the next pull)."""
    with library.read() as connection:
        link = require_link(connection)
    server = TeamServer(link.url)
    try:
        with server.connect() as connection:
            send_pending(library, connection)
    except ServerUnreachableError:
        return False
    finally:
        server.dispose()
    return True


def _suggestion(row: tuple[object, ...]) -> Suggestion:
    number, kind, item, base, body, reason, by, at, status = row
    content = from_json(str(kind), json.loads(str(body)))
    return Suggestion(
        number=int(str(number)),
        kind=str(kind),
        item_uuid=str(item),
        text=content.text,
        new=base is None,
        base_revision=None if base is None else int(str(base)),
        reason=str(reason),
        suggested_by=str(by),
        suggested_at=at if isinstance(at, datetime) else datetime.now(UTC),
        status=str(status),
        content=content,
    )


_COLUMNS = (
    "number, kind, item_uuid::text, base_revision, content::text, reason, suggested_by, "
    "suggested_at, status"
)


def pending(library: Library) -> list[Suggestion]:
    """The suggestions waiting for a decision that this user may see (editors: all; members:
    their own), oldest first."""
    with library.read() as connection:
        link = require_link(connection)
    server = TeamServer(link.url)
    try:
        with server.connect() as connection:
            return read_queue(connection)
    finally:
        server.dispose()


def read_queue(connection: Connection) -> list[Suggestion]:
    """The undecided suggestions this user may see, over an open server `connection`."""
    rows = connection.execute(
        text(
            f"SELECT {_COLUMNS} FROM einwandfrei.suggestions WHERE status = 'pending' "
            "ORDER BY number"
        )
    ).all()
    return [_suggestion(tuple(row)) for row in rows]


def _lock(connection: Connection, number: int) -> Suggestion:
    row = connection.execute(
        text(f"SELECT {_COLUMNS}, decided_by FROM einwandfrei.suggestions WHERE number = :n "),
        {"n": number},
    ).first()
    if row is None:
        raise TeamError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "There is no suggestion {number}."), number=number
            )
        )
    suggestion = _suggestion(tuple(row)[:-1])
    if suggestion.status != "pending":
        template = (
            QT_TRANSLATE_NOOP("Messages", "Suggestion {number} was already approved by {editor}.")
            if suggestion.status == "approved"
            else QT_TRANSLATE_NOOP(
                "Messages", "Suggestion {number} was already rejected by {editor}."
            )
        )
        raise TeamConflictError(Message(template, number=number, editor=str(row[-1] or "?")))
    return suggestion


def _decide(
    library: Library, number: int, status: str, reason: str, message: str | None
) -> int | None:
    with library.read() as connection:
        link = require_link(connection)
    server = TeamServer(link.url)
    revision: int | None = None
    try:
        with server.connect(permission=only_editors_decide()) as connection, connection.begin():
            if not roles.rights(connection).editor:
                raise TeamError(only_editors_decide())
            # Lock the row so two editors deciding at once queue; the second sees the first's.
            connection.execute(
                text("SELECT 1 FROM einwandfrei.suggestions WHERE number = :n FOR UPDATE"),
                {"n": number},
            )
            suggestion = _lock(connection, number)
            if status == "approved":
                revision = _approve(connection, suggestion, message, link.url.where)
            connection.execute(
                text(
                    "UPDATE einwandfrei.suggestions SET status = :status, decision_reason = "
                    ":reason, decided_revision = :revision WHERE number = :n"
                ),
                {"status": status, "reason": reason.strip(), "revision": revision, "n": number},
            )
    finally:
        server.dispose()
    return revision


def _approve(
    connection: Connection, suggestion: Suggestion, message: str | None, where: str
) -> int:
    body = connection.execute(
        text("SELECT content::text FROM einwandfrei.suggestions WHERE number = :n"),
        {"n": suggestion.number},
    ).scalar_one()
    content = from_json(suggestion.kind, json.loads(str(body)))
    item = Outgoing(suggestion.item_uuid, suggestion.kind, content, suggestion.base_revision)
    text_of_message = (
        message
        if message is not None
        else f"Suggestion {suggestion.number} by {suggestion.suggested_by}: {suggestion.reason}"
    )
    return write_revision(connection, text_of_message.strip()[:2000], [item], where=where)


def approve(library: Library, number: int, message: str | None = None) -> int:
    """Approve suggestion `number`: its content becomes a new team revision (returned)."""
    revision = _decide(library, number, "approved", "", message)
    assert revision is not None
    return revision


def reject(library: Library, number: int, reason: str) -> None:
    """Reject suggestion `number` with a reason the suggester sees after their next pull."""
    if not reason.strip():
        raise TeamError(
            Message(QT_TRANSLATE_NOOP("Messages", "A rejection needs a reason for the suggester."))
        )
    _decide(library, number, "rejected", reason, None)
