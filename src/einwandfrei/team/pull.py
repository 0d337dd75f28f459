"""Pulling the team's new revisions into the local library.

1. Read, in one REPEATABLE READ transaction on the server (a consistent snapshot): the newest
   revision number, every item whose current revision is newer than the last one pulled, the
   changelog entries since then, the decisions on this user's sent suggestions, the answer totals.
2. Apply all of it in ONE local SQLite transaction. A server lost during step 1 changes nothing
   here; a failure during step 2 rolls everything back — the library is as it was.

An item the rep has changed since the last pull (its local content differs from the team version
it was given) is never overwritten: the incoming version waits beside it as a conflict. Pulling
again changes nothing: items are compared by content and revision, not counted.

Revisions become visible on the server in number order (the publishing transaction takes a lock
before it draws its number), so "everything newer than N" never skips one that commits late.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection, text

from einwandfrei.planning.changes import Aspect, Change, Vocabulary
from einwandfrei.store.db.change_counter import mark_changed
from einwandfrei.store.db.connection import Library
from einwandfrei.team import content as team_content
from einwandfrei.team.errors import ServerUnreachableError
from einwandfrei.team.link import TeamLink, read_link, record_offline, record_pull, require_link
from einwandfrei.team.local_items import (
    LocalWriter,
    TeamItemRow,
    local_ids,
    put_team_rows,
    read_contents,
    team_rows,
)
from einwandfrei.team.server import TeamServer


@dataclass(frozen=True, slots=True)
class ChangelogEntry:
    """One team revision: its number, message, author and time."""

    number: int
    message: str
    author: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Decision:
    """An editor's decision on one of this user's suggestions."""

    uuid: str
    number: int
    status: str
    decided_by: str
    reason: str


@dataclass(frozen=True, slots=True)
class IncomingItem:
    """An item's current team version (content None: deleted)."""

    uuid: str
    kind: str
    revision: int
    content: team_content.Content | None


@dataclass(frozen=True, slots=True)
class Incoming:
    """Everything one pull read from the server."""

    head: int
    items: tuple[IncomingItem, ...]
    changelog: tuple[ChangelogEntry, ...]
    decisions: tuple[Decision, ...]
    totals: dict[str, tuple[int, int]]


@dataclass(frozen=True, slots=True)
class PullReport:
    """What a pull changed in the library (the window turns it into one change on its bus)."""

    revision_before: int
    revision_after: int
    changelog: tuple[ChangelogEntry, ...] = ()
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    decisions: tuple[Decision, ...] = ()
    objection_ids: tuple[int, ...] = ()
    """Local ids of the objections written (added, changed or moved to the Trash)."""
    kinds: frozenset[str] = field(default_factory=frozenset)
    """The kinds of items written (objection, question, checklist_item)."""
    totals_changed: bool = False

    @property
    def changed_library(self) -> bool:
        """Whether the library's items changed (not only the bookkeeping)."""
        return bool(self.added or self.updated or self.removed)

    def change(self) -> Change:
        """What the pull changed, as the one change the window's bus carries (empty when only
        the bookkeeping moved). Team answer totals count as responses' counts."""
        aspects: set[Aspect] = set()
        vocabulary: frozenset[Vocabulary] = frozenset()
        if self.objection_ids:
            aspects = set(Aspect) - {Aspect.FAVOURITE}
            vocabulary = frozenset(Vocabulary)
        if self.totals_changed:
            aspects.add(Aspect.RESPONSES)
        return Change(
            objection_ids=frozenset(self.objection_ids),
            aspects=frozenset(aspects),
            vocabulary=vocabulary,
            bank=bool(self.kinds & {team_content.QUESTION, team_content.CHECKLIST_ITEM}),
        )


def fetch(connection: Connection, since: int, sent: Sequence[str]) -> Incoming:
    """Read what is new since revision `since`, in one snapshot; `sent` are the uuids of this
    user's suggestions still waiting for a decision."""
    # One snapshot, begun in one statement (BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY).
    snapshot = connection.execution_options(
        isolation_level="REPEATABLE READ", postgresql_readonly=True
    )
    with snapshot.begin():
        head = int(
            connection.exec_driver_sql(
                "SELECT coalesce(max(number), 0) FROM einwandfrei.revisions"
            ).scalar_one()
        )
        items: tuple[IncomingItem, ...] = ()
        changelog: tuple[ChangelogEntry, ...] = ()
        if head > since:
            rows = connection.execute(
                text(
                    "SELECT i.uuid::text, i.kind, i.revision, r.content::text "
                    "FROM einwandfrei.items i JOIN einwandfrei.item_revisions r "
                    "ON r.uuid = i.uuid AND r.revision = i.revision "
                    "WHERE i.revision > :since ORDER BY i.revision, i.uuid"
                ),
                {"since": since},
            ).all()
            items = tuple(
                IncomingItem(
                    str(uuid),
                    str(kind),
                    int(revision),
                    None if body is None else team_content.from_json(kind, json.loads(body)),
                )
                for uuid, kind, revision, body in rows
                if kind in team_content.KINDS
            )
            changelog = tuple(
                ChangelogEntry(int(number), str(message), str(author), created_at)
                for number, message, author, created_at in connection.execute(
                    text(
                        "SELECT number, message, author, created_at FROM einwandfrei.revisions "
                        "WHERE number > :since ORDER BY number"
                    ),
                    {"since": since},
                )
            )
        decisions: tuple[Decision, ...] = ()
        if sent:
            decisions = tuple(
                Decision(str(uuid), int(number), str(status), str(by or ""), str(reason))
                for uuid, number, status, by, reason in connection.execute(
                    text(
                        "SELECT uuid::text, number, status, decided_by, decision_reason "
                        "FROM einwandfrei.suggestions WHERE status <> 'pending' "
                        "AND suggested_by = session_user AND uuid = ANY(CAST(:uuids AS uuid[]))"
                    ),
                    {"uuids": list(sent)},
                )
            )
        totals = {
            str(response): (int(used), int(worked))
            for response, used, worked in connection.exec_driver_sql(
                "SELECT response::text, used, worked FROM einwandfrei.answer_counts"
            )
        }
    return Incoming(head, items, changelog, decisions, totals)


def _sent_pending(connection: Connection) -> list[str]:
    return [
        str(uuid)
        for (uuid,) in connection.exec_driver_sql(
            "SELECT uuid FROM team_suggestions WHERE sent_at IS NOT NULL AND status = 'pending'"
        )
    ]


class _Applier:
    """Applies one pull's items inside one local transaction."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.writer = LocalWriter(connection)
        self.rows: list[TeamItemRow] = []
        self.added: list[str] = []
        self.updated: list[str] = []
        self.removed: list[str] = []
        self.conflicts: list[str] = []
        self.kinds: set[str] = set()
        self.new_objection_ids: list[int] = []

    def apply(self, items: Sequence[IncomingItem]) -> None:
        by_kind: dict[str, list[IncomingItem]] = defaultdict(list)
        for item in items:
            by_kind[item.kind].append(item)
        for kind, group in by_kind.items():
            self._apply_kind(kind, group)
        put_team_rows(self.connection, self.rows)

    def _apply_kind(self, kind: str, items: list[IncomingItem]) -> None:
        uuids = [item.uuid for item in items]
        known = team_rows(self.connection, uuids)
        ids = local_ids(self.connection, kind, uuids)
        compared = [uuid for uuid in uuids if uuid in known or uuid in ids]
        local = read_contents(self.connection, kind, compared) if compared else {}
        new_objections: list[tuple[str, team_content.TeamObjection]] = []
        for item in items:
            incoming = team_content.canonical(item.content)
            row = known.get(item.uuid)
            settled = TeamItemRow(item.uuid, kind, item.revision, incoming, None, None)
            if row is None and item.uuid not in ids:
                if item.content is None:
                    self.rows.append(settled)
                    continue
                if isinstance(item.content, team_content.TeamObjection):
                    new_objections.append((item.uuid, item.content))
                else:
                    self.writer.write(kind, item.uuid, None, item.content)
                self._written(kind, self.added, item.uuid)
                self.rows.append(settled)
                continue
            mine = team_content.canonical(local.get(item.uuid))
            if mine == incoming:  # already the same here (or both deleted)
                self.rows.append(settled)
            elif row is None:
                # The rep's own item, now on the team (an approved suggestion it changed since):
                # the team's version is kept beside it; the rep's stays.
                self.rows.append(settled)
                self.conflicts.append(item.uuid)
            elif mine == row.content:  # unchanged here since the last pull: take the team's
                self.writer.write(kind, item.uuid, ids.get(item.uuid), item.content)
                target = self.removed if item.content is None else self.updated
                self._written(kind, target, item.uuid)
                self.rows.append(settled)
            else:  # the rep's change stands; the team's version waits beside it
                self.rows.append(
                    TeamItemRow(item.uuid, kind, row.revision, row.content, item.revision, incoming)
                )
                self.conflicts.append(item.uuid)
        if new_objections:
            self.new_objection_ids.extend(self.writer.add_objections(new_objections))

    def _written(self, kind: str, target: list[str], uuid: str) -> None:
        target.append(uuid)
        self.kinds.add(kind)


def _apply_totals(connection: Connection, totals: dict[str, tuple[int, int]]) -> bool:
    stored = {
        str(uuid): (int(used), int(worked))
        for uuid, used, worked in connection.exec_driver_sql(
            "SELECT response_uuid, used, worked FROM team_answer_totals"
        )
    }
    changed = [(uuid, *value) for uuid, value in totals.items() if stored.get(uuid) != value]
    if changed:
        connection.exec_driver_sql(
            "INSERT OR REPLACE INTO team_answer_totals (response_uuid, used, worked) "
            "VALUES (?, ?, ?)",
            changed,
        )
    return bool(changed)


def apply(library: Library, since: int, incoming: Incoming, moment: datetime) -> PullReport | None:
    """Apply what `fetch` read in one local transaction; None when another pull moved the link
    on meanwhile (nothing was written: fetch again)."""
    # Counted by hand: a pull that only moved the bookkeeping (the link's revision and time, the
    # changelog, totals) is no change to back up.
    with library.write(counted=False) as connection:
        link = read_link(connection)
        if link is None or link.revision != since:
            return None
        applier = _Applier(connection)
        applier.apply(incoming.items)
        if incoming.changelog:
            connection.exec_driver_sql(
                "INSERT OR IGNORE INTO team_revisions (number, message, author, created_at) "
                "VALUES (?, ?, ?, ?)",
                [
                    (
                        entry.number,
                        entry.message,
                        entry.author,
                        entry.created_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"),
                    )
                    for entry in incoming.changelog
                ],
            )
        if incoming.decisions:
            connection.exec_driver_sql(
                "UPDATE team_suggestions SET status = ?, number = ?, decided_by = ?, "
                "decision_reason = ? WHERE uuid = ?",
                [(d.status, d.number, d.decided_by, d.reason, d.uuid) for d in incoming.decisions],
            )
        totals_changed = _apply_totals(connection, incoming.totals)
        record_pull(connection, max(incoming.head, since), moment)
        if applier.added or applier.updated or applier.removed:
            mark_changed(connection)
        return PullReport(
            revision_before=since,
            revision_after=max(incoming.head, since),
            changelog=incoming.changelog,
            added=tuple(applier.added),
            updated=tuple(applier.updated),
            removed=tuple(applier.removed),
            conflicts=tuple(applier.conflicts),
            decisions=incoming.decisions,
            objection_ids=tuple(
                sorted({*applier.writer.touched_objections, *applier.new_objection_ids})
            ),
            kinds=frozenset(applier.kinds),
            totals_changed=totals_changed,
        )


def pull(
    library: Library,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    before_fetch: Callable[[TeamServer, Connection], None] | None = None,
) -> PullReport:
    """Bring the team's new revisions into `library` (see the module's description).

    `before_fetch` runs on the open server connection first (sending what waits in the outbox).
    A server that cannot be reached is noted (`offline_since`) and the error raised.
    """
    for _attempt in range(3):
        with library.read() as connection:
            link: TeamLink = require_link(connection)
            sent = _sent_pending(connection)
        server = TeamServer(link.url)
        try:
            with server.connect() as server_connection:
                if before_fetch is not None:
                    before_fetch(server, server_connection)
                    with library.read() as connection:
                        sent = _sent_pending(connection)
                incoming = fetch(server_connection, link.revision, sent)
        except ServerUnreachableError:
            with library.write(counted=False) as connection:
                record_offline(connection, clock())
            raise
        finally:
            server.dispose()
        report = apply(library, link.revision, incoming, clock())
        if report is not None:
            return report
    raise RuntimeError("the team link kept moving while pulling")
