"""Drill state on disk: the schedule of each drilled objection and the log of every graded drill.

The rules (what is due, how a grade moves a schedule) live in `einwandfrei.planning.practice`;
this module only reads and writes the `review_states` and `review_logs` tables. Objections in the
Trash are never drilled, counted or flagged. Beside it: `practice_scope` (what a session draws
from), `practice_calls` (the calls drills are timed to), `practice_settings` (new objections a day,
desired retention).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Exists, delete, exists, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from einwandfrei.planning.drill_records import LEECH_LAPSES, ReviewLogRecord, ReviewStateRecord
from einwandfrei.store.db.tables import objections, review_logs, review_states

_CHUNK = 500


_states = review_states.c
_logs = review_logs.c


def _live(objection_id: ColumnElement[int]) -> Exists:
    return exists().where(objections.c.id == objection_id, objections.c.deleted_at.is_(None))


def _state_record(row: Any) -> ReviewStateRecord:
    return ReviewStateRecord(
        objection_id=row.objection_id,
        state=row.state,
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=row.due,
        last_review=row.last_review,
        reviews=row.reviews,
        lapses=row.lapses,
    )


_STATE_COLUMNS = (
    _states.objection_id,
    _states.state,
    _states.step,
    _states.stability,
    _states.difficulty,
    _states.due,
    _states.last_review,
    _states.reviews,
    _states.lapses,
)


def read_states(
    connection: Connection, objection_ids: Sequence[int] | None = None
) -> dict[int, ReviewStateRecord]:
    """The drill states of live objections (all, or those of `objection_ids`), by objection id."""
    query = select(*_STATE_COLUMNS).where(_live(_states.objection_id))
    if objection_ids is None:
        return {row.objection_id: _state_record(row) for row in connection.execute(query)}
    states: dict[int, ReviewStateRecord] = {}
    wanted = list(dict.fromkeys(objection_ids))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for row in connection.execute(query.where(_states.objection_id.in_(chunk))):
            states[row.objection_id] = _state_record(row)
    return states


def states_due_before(connection: Connection, moment: datetime) -> list[ReviewStateRecord]:
    """The drill states of live objections due before `moment`, soonest first."""
    query = (
        select(*_STATE_COLUMNS)
        .where(_states.due < moment, _live(_states.objection_id))
        .order_by(_states.due, _states.objection_id)
    )
    return [_state_record(row) for row in connection.execute(query)]


def first_reviewed_since(connection: Connection, moment: datetime) -> int:
    """How many objections had their first scheduled (not cram) drill at or after `moment`."""
    first = (
        select(_logs.objection_id)
        .where(_logs.is_cram.is_(False))
        .group_by(_logs.objection_id)
        .having(func.min(_logs.reviewed_at) >= moment)
        .subquery()
    )
    return int(connection.scalar(select(func.count()).select_from(first)) or 0)


def _insert_log(connection: Connection, log: ReviewLogRecord) -> int:
    result = connection.execute(
        insert(review_logs).values(
            objection_id=log.objection_id,
            rating=log.rating,
            reviewed_at=log.reviewed_at,
            duration_ms=log.duration_ms,
            is_cram=log.is_cram,
        )
    )
    assert result.inserted_primary_key is not None
    return int(result.inserted_primary_key[0])


def _state_values(state: ReviewStateRecord) -> dict[str, object]:
    return {
        "objection_id": state.objection_id,
        "state": state.state,
        "step": state.step,
        "stability": state.stability,
        "difficulty": state.difficulty,
        "due": state.due,
        "last_review": state.last_review,
        "reviews": state.reviews,
        "lapses": state.lapses,
    }


def _put_state(connection: Connection, state: ReviewStateRecord) -> None:
    values = _state_values(state)
    statement = sqlite_insert(review_states).values(**values)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[_states.objection_id],
            set_={key: value for key, value in values.items() if key != "objection_id"},
        )
    )


def save_review(connection: Connection, state: ReviewStateRecord, log: ReviewLogRecord) -> int:
    """Store a graded drill: the objection's new schedule (unless cram) and the log entry.

    Returns the log entry's id (for `undo_review`).
    """
    if not log.is_cram:
        _put_state(connection, state)
    return _insert_log(connection, log)


def undo_review(connection: Connection, log_id: int, previous: ReviewStateRecord | None) -> None:
    """Take back a graded drill: drop its log entry and restore the schedule it replaced.

    `previous` None means the objection had never been drilled: its schedule is removed.
    For a cram drill pass the objection's current (unchanged) state or None.
    """
    objection_id = connection.scalar(select(_logs.objection_id).where(_logs.id == log_id))
    if objection_id is None:
        return
    is_cram = connection.scalar(select(_logs.is_cram).where(_logs.id == log_id))
    connection.execute(delete(review_logs).where(_logs.id == log_id))
    if not is_cram:
        if previous is None:
            connection.execute(delete(review_states).where(_states.objection_id == objection_id))
        else:
            _put_state(connection, previous)


def leech_objection_ids(connection: Connection, min_lapses: int = LEECH_LAPSES) -> set[int]:
    """Live objections forgotten at least `min_lapses` times after they had been learnt.

    Their answers want rewriting rather than more drilling; the library marks them.
    """
    return set(
        connection.scalars(
            select(_states.objection_id).where(
                _states.lapses >= min_lapses,
                _live(_states.objection_id),
            )
        )
    )


def read_logs(connection: Connection, since: datetime | None = None) -> list[ReviewLogRecord]:
    """The review log of live objections (from `since` on), oldest first."""
    query = (
        select(
            _logs.id,
            _logs.objection_id,
            _logs.rating,
            _logs.reviewed_at,
            _logs.duration_ms,
            _logs.is_cram,
        )
        .where(_live(_logs.objection_id))
        .order_by(_logs.reviewed_at, _logs.id)
    )
    if since is not None:
        query = query.where(_logs.reviewed_at >= since)
    return [
        ReviewLogRecord(
            objection_id=row.objection_id,
            rating=row.rating,
            reviewed_at=row.reviewed_at,
            duration_ms=row.duration_ms,
            is_cram=bool(row.is_cram),
            id=row.id,
        )
        for row in connection.execute(query)
    ]
