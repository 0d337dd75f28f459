"""The team marks of the list's rows: which objections of a page came from the team playbook,
whether the team's newer version waits beside the rep's, and the team's counts over their answers
(`team_items` joined with `team_answer_totals` through the answers' uuids).

Read a page at a time beside `listing.read_rows`, and only in a library linked to a team (or
holding team items): one indexed look-up per objection and per answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import BindParameter, Connection, bindparam, text

from einwandfrei.store.library.list_views import TeamMark

_CHUNK = 500


def has_team_items(connection: Connection) -> bool:
    """Whether any item of the library came from (or went to) a team."""
    return connection.exec_driver_sql("SELECT 1 FROM team_items LIMIT 1").first() is not None


def read_team_marks(connection: Connection, ids: Sequence[int]) -> dict[int, TeamMark]:
    """The team marks of those of `ids` that are team objections, by id."""
    marks: dict[int, TeamMark] = {}
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), _CHUNK):
        chunk: BindParameter[list[int]] = bindparam(
            "ids", wanted[start : start + _CHUNK], expanding=True
        )
        for objection_id, waiting, used, worked in connection.execute(
            text(
                "SELECT o.id, t.incoming_revision IS NOT NULL, "
                "coalesce(sum(a.used), 0), coalesce(sum(a.worked), 0) "
                "FROM objections o JOIN team_items t ON t.uuid = o.uuid "
                "LEFT JOIN responses r ON r.objection_id = o.id AND r.deleted_at IS NULL "
                "LEFT JOIN team_answer_totals a ON a.response_uuid = r.uuid "
                "WHERE o.id IN :ids GROUP BY o.id"
            ).bindparams(chunk)
        ):
            marks[int(objection_id)] = TeamMark(bool(waiting), int(used), int(worked))
    return marks
