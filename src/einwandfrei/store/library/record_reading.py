"""Reading library content as plain records: the one way objections and the rest are read.

Every reader takes a SQLAlchemy `Connection` from `Library.read()` (or `write()`) or a plain sqlite3
connection (`store.db.sqlite_access.open_snapshot`), and runs on the sqlite3 connection inside the
caller's transaction: the same code serves the window, the commands, exports and `einwandfrei
sheet`, which prints without importing SQLAlchemy at all.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from einwandfrei.planning.library_content import (
    CategoryRecord,
    LibraryContent,
    ObjectionRecord,
    ResponseRecord,
    TextItemRecord,
    split_lines,
)
from einwandfrei.store.db.sqlite_access import AnyConnection, driver_connection

_CHUNK = 500

OBJECTION_COLUMNS = (
    "SELECT o.id, o.text, c.name, o.concern, o.probing_questions, o.kind, o.language, "
    "o.is_favorite, o.uuid FROM objections o LEFT JOIN categories c ON c.id = o.category_id "
)
LIBRARY_ORDER = " ORDER BY c.position IS NULL, c.position, c.name, o.id"


def _in_clause(count: int) -> str:
    """`(?, ?, …)` with `count` placeholders."""
    return "(" + ", ".join("?" * count) + ")"


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    """`ids` in slices small enough for one SQL statement's parameters."""
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def read_objections(
    connection: AnyConnection, ids: Sequence[int] | None = None
) -> list[ObjectionRecord]:
    """Live objections with their responses and tags.

    Without `ids`: the whole library in display order (by category, then creation). With `ids`:
    those objections, in the order given; ids of missing or deleted objections are skipped.
    """
    db = driver_connection(connection)
    if ids is None:
        rows = db.execute(OBJECTION_COLUMNS + "WHERE o.deleted_at IS NULL" + LIBRARY_ORDER)
        return records_for_rows(db, rows.fetchall())
    wanted = list(dict.fromkeys(ids))
    by_id: dict[int, tuple[Any, ...]] = {}
    for chunk in _chunks(wanted):
        sql = OBJECTION_COLUMNS + f"WHERE o.id IN {_in_clause(len(chunk))} AND o.deleted_at IS NULL"
        for row in db.execute(sql, chunk):
            by_id[row[0]] = row
    return records_for_rows(db, [by_id[i] for i in wanted if i in by_id])


def records_for_rows(
    db: sqlite3.Connection, rows: Sequence[tuple[Any, ...]]
) -> list[ObjectionRecord]:
    """Objection records for rows selected with `OBJECTION_COLUMNS`, in the rows' order."""
    ids = [row[0] for row in rows]
    responses: dict[int, list[ResponseRecord]] = defaultdict(list)
    tags: dict[int, list[str]] = defaultdict(list)
    phrasings: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(ids):
        placeholders = _in_clause(len(chunk))
        # The unary `+` keeps SQLite off the deleted_at index, which matches nearly every row.
        for row in db.execute(
            "SELECT r.id, r.objection_id, r.text, t.name, r.follow_up, r.times_used, "
            "r.times_worked, r.uuid FROM responses r "
            "LEFT JOIN techniques t ON t.id = r.technique_id "
            f"WHERE r.objection_id IN {placeholders} AND +r.deleted_at IS NULL "
            "ORDER BY r.position, r.id",
            chunk,
        ):
            responses[row[1]].append(
                ResponseRecord(
                    text=row[2],
                    technique=row[3] or "",
                    follow_up=row[4],
                    times_used=row[5],
                    times_worked=row[6],
                    id=row[0],
                    uuid=row[7],
                )
            )
        for objection_id, name in db.execute(
            "SELECT ot.objection_id, t.name FROM objection_tags ot JOIN tags t ON t.id = ot.tag_id "
            f"WHERE ot.objection_id IN {placeholders} ORDER BY t.name COLLATE NOCASE",
            chunk,
        ):
            tags[objection_id].append(name)
        for objection_id, phrasing in db.execute(
            "SELECT objection_id, text FROM objection_phrasings "
            f"WHERE objection_id IN {placeholders} ORDER BY position, id",
            chunk,
        ):
            phrasings[objection_id].append(phrasing)
    return [
        ObjectionRecord(
            text=row[1],
            category=row[2],
            responses=tuple(responses[row[0]]),
            tags=tuple(tags[row[0]]),
            phrasings=tuple(phrasings[row[0]]),
            concern=row[3],
            probing_questions=split_lines(row[4]),
            kind=row[5],
            language=row[6],
            favorite=bool(row[7]),
            id=row[0],
            uuid=row[8],
        )
        for row in rows
    ]


def read_meta(connection: AnyConnection, key: str, default: str = "") -> str:
    """A value from the library's own key/value settings."""
    row = (
        driver_connection(connection)
        .execute("SELECT value FROM library_meta WHERE key = ?", (key,))
        .fetchone()
    )
    return default if row is None else str(row[0])


def read_categories(connection: AnyConnection) -> list[CategoryRecord]:
    """All categories in display order."""
    return [
        CategoryRecord(name=name, position=position, colour=colour)
        for name, position, colour in driver_connection(connection).execute(
            "SELECT name, position, colour FROM categories ORDER BY position, name"
        )
    ]


def read_techniques(connection: AnyConnection) -> list[str]:
    """The technique names in display order."""
    return [
        name
        for (name,) in driver_connection(connection).execute(
            "SELECT name FROM techniques ORDER BY position, name"
        )
    ]


def read_questions(connection: AnyConnection) -> list[TextItemRecord]:
    """The open-question bank in display order (Trash excluded)."""
    return [
        TextItemRecord(text, uuid)
        for text, uuid in driver_connection(connection).execute(
            "SELECT text, uuid FROM questions WHERE deleted_at IS NULL ORDER BY position, id"
        )
    ]


def read_checklist(connection: AnyConnection) -> list[TextItemRecord]:
    """The active items of the pre-call checklist template, in order."""
    return [
        TextItemRecord(text, uuid)
        for text, uuid in driver_connection(connection).execute(
            "SELECT text, uuid FROM checklist_items WHERE is_active ORDER BY position, id"
        )
    ]


def read_library(connection: AnyConnection) -> LibraryContent:
    """The whole live library as one content record (what a JSON export holds)."""
    return LibraryContent(
        objections=tuple(read_objections(connection)),
        categories=tuple(read_categories(connection)),
        techniques=tuple(read_techniques(connection)),
        questions=tuple(read_questions(connection)),
        checklist=tuple(read_checklist(connection)),
        language=read_meta(connection, "language"),
    )
