"""Settling an item whose newer team version waits beside the rep's own change: keep mine, or
take the team's. (Sending mine as a suggestion is `suggestions.suggest`, which keeps mine.)"""

from __future__ import annotations

from dataclasses import dataclass

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.changes import Aspect, Change, Vocabulary
from einwandfrei.store.db.connection import Library
from einwandfrei.team import content as team_content
from einwandfrei.team.errors import TeamError
from einwandfrei.team.local_items import (
    LocalWriter,
    TeamItemRow,
    local_ids,
    put_team_rows,
    read_contents,
    team_rows,
)


@dataclass(frozen=True, slots=True)
class Versions:
    """Both versions of an item in conflict, for the rep to compare."""

    uuid: str
    kind: str
    mine: team_content.Content | None
    team: team_content.Content | None
    team_revision: int


def _waiting(library: Library, uuid: str) -> TeamItemRow:
    with library.read() as connection:
        row = team_rows(connection, [uuid]).get(uuid)
    if row is None or row.incoming_revision is None:
        raise TeamError(
            Message(QT_TRANSLATE_NOOP("Messages", "No newer team version waits for this item."))
        )
    return row


def versions(library: Library, uuid: str) -> Versions:
    """The rep's version and the team's waiting one of item `uuid`."""
    row = _waiting(library, uuid)
    with library.read() as connection:
        mine = read_contents(connection, row.kind, [uuid])[uuid]
    assert row.incoming_revision is not None
    team = team_content.parse(row.kind, row.incoming_content)
    return Versions(uuid, row.kind, mine, team, row.incoming_revision)


def keep_mine(library: Library, uuid: str) -> None:
    """Keep the rep's version: it now counts as changed from the team's newer one."""
    row = _waiting(library, uuid)
    assert row.incoming_revision is not None
    with library.write() as connection:
        put_team_rows(
            connection,
            [TeamItemRow(uuid, row.kind, row.incoming_revision, row.incoming_content, None, None)],
        )


def take_team(library: Library, uuid: str) -> Change:
    """Replace the rep's version with the team's waiting one; returns what changed."""
    row = _waiting(library, uuid)
    assert row.incoming_revision is not None
    with library.write() as connection:
        writer = LocalWriter(connection)
        row_id = local_ids(connection, row.kind, [uuid]).get(uuid)
        writer.write(row.kind, uuid, row_id, team_content.parse(row.kind, row.incoming_content))
        put_team_rows(
            connection,
            [TeamItemRow(uuid, row.kind, row.incoming_revision, row.incoming_content, None, None)],
        )
        touched = set(writer.touched_objections)
        if row.kind == team_content.OBJECTION:
            touched |= set(local_ids(connection, row.kind, [uuid]).values())
    if row.kind != team_content.OBJECTION:
        return Change(bank=True)
    return Change(
        objection_ids=frozenset(touched),
        aspects=frozenset(set(Aspect) - {Aspect.FAVOURITE}),
        vocabulary=frozenset(Vocabulary),
    )
