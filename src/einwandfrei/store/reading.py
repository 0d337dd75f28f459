"""Reading library content as plain records, with Core queries (fast, and no ORM import needed)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import BindParameter, Connection, Row, bindparam, text

from einwandfrei.store.records import (
    CategoryRecord,
    LibraryContent,
    ObjectionRecord,
    ResponseRecord,
    split_lines,
)

_CHUNK = 500

_OBJECTION_COLUMNS = (
    "SELECT o.id, o.text, c.name AS category, o.concern, o.probing_questions, o.kind, o.language, "
    "o.is_favorite FROM objections o LEFT JOIN categories c ON c.id = o.category_id "
)
_LIBRARY_ORDER = "ORDER BY c.position IS NULL, c.position, c.name, o.id"


def _attach(
    connection: Connection, rows: Sequence[Row[Any]], ids: list[int]
) -> list[ObjectionRecord]:
    responses: dict[int, list[ResponseRecord]] = defaultdict(list)
    tags: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(ids), _CHUNK):
        chunk: BindParameter[list[int]] = bindparam(
            "ids", ids[start : start + _CHUNK], expanding=True
        )
        # The unary `+` keeps SQLite off the deleted_at index, which matches nearly every row
        # (188 ms instead of 0.04 ms for 8 objections of the 100,000-objection library).
        for row in connection.execute(
            text(
                "SELECT r.id, r.objection_id, r.text, t.name AS technique, r.follow_up, "
                "r.times_used, r.times_worked FROM responses r "
                "LEFT JOIN techniques t ON t.id = r.technique_id "
                "WHERE r.objection_id IN :ids AND +r.deleted_at IS NULL ORDER BY r.position, r.id"
            ).bindparams(chunk)
        ):
            responses[row.objection_id].append(
                ResponseRecord(
                    text=row.text,
                    technique=row.technique or "",
                    follow_up=row.follow_up,
                    times_used=row.times_used,
                    times_worked=row.times_worked,
                    id=row.id,
                )
            )
        for objection_id, name in connection.execute(
            text(
                "SELECT ot.objection_id, t.name FROM objection_tags ot JOIN tags t "
                "ON t.id = ot.tag_id WHERE ot.objection_id IN :ids ORDER BY t.name COLLATE NOCASE"
            ).bindparams(chunk)
        ):
            tags[objection_id].append(name)
    return [
        ObjectionRecord(
            text=row.text,
            category=row.category,
            responses=tuple(responses[row.id]),
            tags=tuple(tags[row.id]),
            concern=row.concern,
            probing_questions=split_lines(row.probing_questions),
            kind=row.kind,
            language=row.language,
            favorite=bool(row.is_favorite),
            id=row.id,
        )
        for row in rows
    ]


def read_objections(
    connection: Connection, ids: Sequence[int] | None = None
) -> list[ObjectionRecord]:
    """Live objections with their responses and tags.

    Without `ids`: the whole library in display order (by category, then creation). With `ids`:
    those objections, in the order given; ids of missing or deleted objections are skipped.
    """
    if ids is None:
        rows = connection.execute(
            text(_OBJECTION_COLUMNS + "WHERE o.deleted_at IS NULL " + _LIBRARY_ORDER)
        ).all()
        return _attach(connection, rows, [row.id for row in rows])
    wanted = list(dict.fromkeys(ids))
    by_id: dict[int, Row[Any]] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk: BindParameter[list[int]] = bindparam(
            "ids", wanted[start : start + _CHUNK], expanding=True
        )
        for row in connection.execute(
            text(_OBJECTION_COLUMNS + "WHERE o.id IN :ids AND o.deleted_at IS NULL").bindparams(
                chunk
            )
        ):
            by_id[row.id] = row
    rows = [by_id[objection_id] for objection_id in wanted if objection_id in by_id]
    return _attach(connection, rows, [row.id for row in rows])


def read_categories(connection: Connection) -> list[CategoryRecord]:
    """All categories in display order."""
    return [
        CategoryRecord(name=row.name, position=row.position, colour=row.colour)
        for row in connection.execute(
            text("SELECT name, position, colour FROM categories ORDER BY position, name")
        )
    ]


def read_techniques(connection: Connection) -> list[str]:
    """The technique names in display order."""
    return list(
        connection.execute(text("SELECT name FROM techniques ORDER BY position, name")).scalars()
    )


def read_questions(connection: Connection) -> list[str]:
    """The open-question bank in display order (Trash excluded)."""
    return list(
        connection.execute(
            text("SELECT text FROM questions WHERE deleted_at IS NULL ORDER BY position, id")
        ).scalars()
    )


def read_checklist(connection: Connection) -> list[str]:
    """The active items of the pre-call checklist template, in order."""
    return list(
        connection.execute(
            text("SELECT text FROM checklist_items WHERE is_active ORDER BY position, id")
        ).scalars()
    )


def read_meta(connection: Connection, key: str, default: str = "") -> str:
    """A value from the library's own key/value settings."""
    value = connection.execute(
        text("SELECT value FROM library_meta WHERE key = :key"), {"key": key}
    ).scalar()
    return default if value is None else str(value)


def read_library(connection: Connection) -> LibraryContent:
    """The whole live library as one content record (what a JSON export holds)."""
    return LibraryContent(
        objections=tuple(read_objections(connection)),
        categories=tuple(read_categories(connection)),
        techniques=tuple(read_techniques(connection)),
        questions=tuple(read_questions(connection)),
        checklist=tuple(read_checklist(connection)),
        language=read_meta(connection, "language"),
    )
