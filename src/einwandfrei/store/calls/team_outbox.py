"""After-call counts for the team: a logged call adds to the outbox of each team answer it used.

Only answers the team published count (the response's uuid is in its objection's team version);
an answer the rep added to a team objection stays personal. What is written: the response's uuid
and how much `used` and `worked` move — nothing about the call, the customer or the rep.
`einwandfrei.team.counts` seals and sends these.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection

from einwandfrei.planning.call_log import CounterChange


def record_team_counts(connection: Connection, changes: Mapping[int, CounterChange]) -> None:
    """Add the counter changes of team answers (by local response id) to the outbox."""
    moved = [
        (change.used, change.worked, response_id)
        for response_id, change in changes.items()
        if change.used or change.worked
    ]
    if not moved:
        return
    connection.exec_driver_sql(
        "INSERT INTO team_count_deltas (response_uuid, used, worked) "
        "SELECT r.uuid, ?, ? FROM responses r JOIN objections o ON o.id = r.objection_id "
        "JOIN team_items t ON t.uuid = o.uuid "
        "WHERE r.id = ? AND t.content IS NOT NULL AND instr(t.content, r.uuid) > 0 "
        "ON CONFLICT (response_uuid) DO UPDATE SET used = used + excluded.used, "
        "worked = worked + excluded.worked",
        moved,
    )
