"""Publishing (editors): the chosen local items become one new team revision.

What goes out: every objection of the chosen categories (all, when none is named) that is new to
the team or changed here since the last pull, with its answers, follow-ups and concern; every
such question and checklist item; and, for team items moved to the Trash here, their deletion.

Optimistic concurrency: a changed item names the team revision it was based on, and the server's
row is updated only if that is still its revision. When another editor got there first, the whole
revision is rolled back and the sentence names the item and who changed it; nothing is lost —
the local version stays, to be compared after the next pull.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.library_content import identity_key
from einwandfrei.store.db.connection import Library
from einwandfrei.team import roles
from einwandfrei.team.content import (
    CHECKLIST_ITEM,
    OBJECTION,
    QUESTION,
    Content,
    canonical,
    to_json,
)
from einwandfrei.team.errors import TeamConflictError, TeamError, only_editors_publish
from einwandfrei.team.link import require_link
from einwandfrei.team.local_items import TeamItemRow, put_team_rows, read_contents, team_rows
from einwandfrei.team.server import TeamServer


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One item to publish: its content (None: deleted) and the revision it is based on."""

    uuid: str
    kind: str
    content: Content | None
    base_revision: int | None
    """None: new to the team."""

    @property
    def label(self) -> str:
        return "" if self.content is None else self.content.text


@dataclass(frozen=True, slots=True)
class PublishReport:
    """What a publish sent: the new revision (None: there was nothing to publish)."""

    revision: int | None
    added: int = 0
    changed: int = 0
    deleted: int = 0


def _uuids(connection: Connection, kind: str, categories: Sequence[str] | None) -> list[str]:
    if kind == QUESTION:
        return [str(u) for (u,) in connection.exec_driver_sql("SELECT uuid FROM questions")]
    if kind == CHECKLIST_ITEM:
        return [str(u) for (u,) in connection.exec_driver_sql("SELECT uuid FROM checklist_items")]
    rows = connection.exec_driver_sql(
        "SELECT o.uuid, c.name FROM objections o LEFT JOIN categories c ON c.id = o.category_id"
    ).all()
    if categories is None:
        return [str(uuid) for uuid, _name in rows]
    wanted = {identity_key(name) for name in categories}
    known = {identity_key(str(name)) for _uuid, name in rows if name is not None}
    missing = sorted(name for name in categories if identity_key(name) not in known)
    if missing:
        raise TeamError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The library has no category “{name}”."),
                name=missing[0],
            )
        )
    return [str(uuid) for uuid, name in rows if name is not None and identity_key(name) in wanted]


def collect(connection: Connection, categories: Sequence[str] | None) -> list[Outgoing]:
    """The items a publish would send (see the module's description)."""
    outgoing: list[Outgoing] = []
    kinds = (OBJECTION,) if categories is not None else (OBJECTION, QUESTION, CHECKLIST_ITEM)
    for kind in kinds:
        uuids = _uuids(connection, kind, categories)
        known = team_rows(connection, uuids)
        local = read_contents(connection, kind, uuids)
        for uuid in uuids:
            mine, row = local[uuid], known.get(uuid)
            if row is None:
                if mine is not None:
                    outgoing.append(Outgoing(uuid, kind, mine, None))
                continue
            if canonical(mine) == row.content:
                continue
            if row.incoming_revision is not None:
                raise _waiting(mine, row)
            outgoing.append(Outgoing(uuid, kind, mine, row.revision))
    return outgoing


def _waiting(mine: Content | None, row: TeamItemRow) -> TeamError:
    return TeamConflictError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{item}” has a newer team version (revision {revision}) beside yours; keep "
                "yours or take the team's first — nothing was published.",
            ),
            item=_short(mine.text if mine is not None else row.uuid),
            revision=row.incoming_revision or 0,
        )
    )


def _short(words: str) -> str:
    words = " ".join(words.split())
    return words if len(words) <= 60 else words[:59] + "…"


def write_revision(
    connection: Connection, message: str, items: Sequence[Outgoing], *, where: str
) -> int:
    """Write `items` as one new revision inside the caller's server transaction; returns its
    number. `TeamConflictError` when an item moved on since its base revision."""
    number = int(
        connection.execute(
            text("INSERT INTO einwandfrei.revisions (message) VALUES (:message) RETURNING number"),
            {"message": message},
        ).scalar_one()
    )
    changed = [item for item in items if item.base_revision is not None]
    new = [item for item in items if item.base_revision is None]
    if changed:
        updated = {
            str(uuid)
            for (uuid,) in connection.execute(
                text(
                    "UPDATE einwandfrei.items i SET revision = :number, deleted = v.deleted "
                    "FROM unnest(CAST(:uuids AS uuid[]), CAST(:bases AS bigint[]), "
                    "CAST(:deleted AS boolean[])) AS v(uuid, base, deleted) "
                    "WHERE i.uuid = v.uuid AND i.revision = v.base RETURNING i.uuid::text"
                ),
                {
                    "number": number,
                    "uuids": [item.uuid for item in changed],
                    "bases": [item.base_revision for item in changed],
                    "deleted": [item.content is None for item in changed],
                },
            )
        }
        for item in changed:
            if item.uuid not in updated:
                raise _moved_on(connection, item)
    if new:
        inserted = {
            str(uuid)
            for (uuid,) in connection.execute(
                text(
                    "INSERT INTO einwandfrei.items (uuid, kind, revision) "
                    "SELECT v.uuid, v.kind, :number "
                    "FROM unnest(CAST(:uuids AS uuid[]), CAST(:kinds AS text[])) AS v(uuid, kind) "
                    "ON CONFLICT (uuid) DO NOTHING RETURNING uuid::text"
                ),
                {
                    "number": number,
                    "uuids": [item.uuid for item in new],
                    "kinds": [item.kind for item in new],
                },
            )
        }
        for item in new:
            if item.uuid not in inserted:
                raise _already_there(item)
    connection.execute(
        text(
            "INSERT INTO einwandfrei.item_revisions (uuid, revision, content) "
            "SELECT v.uuid, :number, CAST(v.content AS jsonb) "
            "FROM unnest(CAST(:uuids AS uuid[]), CAST(:contents AS text[])) AS v(uuid, content)"
        ),
        {
            "number": number,
            "uuids": [item.uuid for item in items],
            "contents": [
                None if item.content is None else json.dumps(to_json(item.content))
                for item in items
            ],
        },
    )
    return number


def _moved_on(connection: Connection, item: Outgoing) -> TeamConflictError:
    row = connection.execute(
        text(
            "SELECT r.number, r.author FROM einwandfrei.items i "
            "JOIN einwandfrei.revisions r ON r.number = i.revision WHERE i.uuid = :uuid"
        ),
        {"uuid": item.uuid},
    ).first()
    revision, author = (int(row[0]), str(row[1])) if row is not None else (0, "?")
    return TeamConflictError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{item}” was changed on the team by {author} (revision {revision}) after you "
                "last pulled; nothing was published — pull, compare both versions, then publish "
                "again (your version stays here).",
            ),
            item=_short(item.label or item.uuid),
            author=author,
            revision=revision,
        )
    )


def _already_there(item: Outgoing) -> TeamConflictError:
    return TeamConflictError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{item}” is already in the team library; nothing was published — pull first.",
            ),
            item=_short(item.label or item.uuid),
        )
    )


def publish(
    library: Library, *, categories: Sequence[str] | None = None, message: str = ""
) -> PublishReport:
    """Publish the chosen items as one team revision (see the module's description)."""
    with library.read() as connection:
        link = require_link(connection)
        items = collect(connection, categories)
    server = TeamServer(link.url)
    try:
        with server.connect(permission=only_editors_publish()) as connection, connection.begin():
            if not roles.rights(connection).editor:
                raise TeamError(only_editors_publish())
            if not items:
                return PublishReport(None)
            number = write_revision(connection, message.strip(), items, where=link.url.where)
    finally:
        server.dispose()
    with library.write() as connection:
        put_team_rows(
            connection,
            [
                TeamItemRow(item.uuid, item.kind, number, canonical(item.content), None, None)
                for item in items
            ],
        )
    return PublishReport(
        number,
        added=sum(item.base_revision is None for item in items),
        changed=sum(item.base_revision is not None and item.content is not None for item in items),
        deleted=sum(item.content is None for item in items),
    )
