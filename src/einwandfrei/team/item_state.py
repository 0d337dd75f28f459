"""Where one objection stands with the team, for the editor's team bar (read from the library
alone: works offline, loads no driver).

- not linked: the library has no team;
- personal: the rep's own objection (it can be suggested as a new team item);
- team: as the team last gave it;
- changed: a team objection the rep changed here (it can be suggested as a change);
- conflict: the team changed it too; its newer version waits beside the rep's.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from einwandfrei.store.db.connection import Library
from einwandfrei.team.content import OBJECTION, canonical
from einwandfrei.team.link import read_link
from einwandfrei.team.local_items import read_contents, team_rows


class Standing(enum.Enum):
    """How an objection relates to the team playbook."""

    NOT_LINKED = "not_linked"
    PERSONAL = "personal"
    TEAM = "team"
    CHANGED = "changed"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class ObjectionStanding:
    """One objection's standing, the team revisions involved and what waits for an editor."""

    standing: Standing
    uuid: str = ""
    revision: int | None = None
    """The team revision of the version last taken into the library."""
    waiting_revision: int | None = None
    """The team's newer revision waiting beside the rep's version (a conflict)."""
    suggestion_pending: bool = False
    """A suggestion about it was made here and is not decided yet."""
    team_used: int = 0
    team_worked: int = 0
    """The whole team's counts over its answers."""

    @property
    def team_rate(self) -> float | None:
        """How often its answers worked across the team (0…1); None while never used."""
        return None if self.team_used <= 0 else self.team_worked / self.team_used

    @property
    def can_suggest(self) -> bool:
        """Whether it can go to the editors: a personal objection, or a changed team one."""
        return self.standing in (Standing.PERSONAL, Standing.CHANGED, Standing.CONFLICT)


def objection_standing(library: Library, objection_id: int) -> ObjectionStanding:
    """The team standing of objection `objection_id` (a live one; others count as personal)."""
    with library.read() as connection:
        if read_link(connection) is None:
            return ObjectionStanding(Standing.NOT_LINKED)
        found = connection.exec_driver_sql(
            "SELECT uuid FROM objections WHERE id = ?", (objection_id,)
        ).first()
        if found is None:
            return ObjectionStanding(Standing.PERSONAL)
        uuid = str(found[0])
        pending = bool(
            connection.exec_driver_sql(
                "SELECT count(*) FROM team_suggestions WHERE item_uuid = ? AND status = 'pending'",
                (uuid,),
            ).scalar_one()
        )
        row = team_rows(connection, [uuid]).get(uuid)
        if row is None:
            return ObjectionStanding(Standing.PERSONAL, uuid, suggestion_pending=pending)
        used, worked = connection.exec_driver_sql(
            "SELECT coalesce(sum(a.used), 0), coalesce(sum(a.worked), 0) FROM responses r "
            "JOIN team_answer_totals a ON a.response_uuid = r.uuid "
            "WHERE r.objection_id = ? AND r.deleted_at IS NULL",
            (objection_id,),
        ).one()
        if row.incoming_revision is not None:
            standing = Standing.CONFLICT
        else:
            mine = canonical(read_contents(connection, OBJECTION, [uuid])[uuid])
            standing = Standing.TEAM if mine == row.content else Standing.CHANGED
        return ObjectionStanding(
            standing,
            uuid,
            revision=row.revision,
            waiting_revision=row.incoming_revision,
            suggestion_pending=pending,
            team_used=int(used),
            team_worked=int(worked),
        )
