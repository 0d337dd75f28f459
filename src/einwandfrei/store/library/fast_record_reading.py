"""Reading library content with the `sqlite3` module alone, for commands that must start fast.

`einwandfrei sheet` prints a PDF in about a third of a second; importing SQLAlchemy alone costs
that much again (plus its share of interpreter shutdown). So what printing reads goes through the
plain DB-API connection: `open_snapshot` opens a current library directly, and every reader here
also accepts a SQLAlchemy `Connection` (from `Library.read()`), whose driver connection it uses
inside the same transaction. `store.reading.read_objections` is this module's
`read_objection_records`, so there is one way objections are read.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.library_content import ObjectionRecord, ResponseRecord, split_lines
from einwandfrei.store.db.errors import DamagedLibraryError, library_error
from einwandfrei.store.db.file_access import may_write, read_only_uri
from einwandfrei.store.db.schema import HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy import Connection

AnyConnection: TypeAlias = "sqlite3.Connection | Connection"

_CHUNK = 500
_BUSY_TIMEOUT_MS = 5_000

OBJECTION_COLUMNS = (
    "SELECT o.id, o.text, c.name, o.concern, o.probing_questions, o.kind, o.language, "
    "o.is_favorite, o.uuid FROM objections o LEFT JOIN categories c ON c.id = o.category_id "
)
LIBRARY_ORDER = " ORDER BY c.position IS NULL, c.position, c.name, o.id"


def driver_connection(connection: AnyConnection) -> sqlite3.Connection:
    """The sqlite3 connection behind `connection` (a sqlite3 or a SQLAlchemy connection)."""
    if isinstance(connection, sqlite3.Connection):
        return connection
    raw = connection.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        raise TypeError(f"expected a SQLite connection, not {type(raw).__name__}")
    return raw


@contextlib.contextmanager
def open_snapshot(path: Path) -> Iterator[sqlite3.Connection | None]:
    """A read-only view of the current library at `path` in one read transaction.

    Yields None when the library has to go through `open_library` first: it does not exist yet,
    its schema is not the current one (a migration, or a newer app's file, which that refuses), or
    it is read-only with a write-ahead log beside it. A read-only library is read as it is
    (`read_only_uri`): nothing is written, not even beside it.
    Raises `DamagedLibraryError` for a file that is not a readable library.
    """
    try:
        if path.stat().st_size == 0:
            yield None
            return
    except FileNotFoundError:
        yield None
        return
    if may_write(path):
        target, uri = str(path), False
    elif path.with_name(path.name + "-wal").exists():
        yield None  # read-only, with changes perhaps still in the log: `open_library` copies it
        return
    else:  # read-only media, file or folder: read without writing anything, even beside it
        target, uri = read_only_uri(path), True
    try:
        db = sqlite3.connect(target, isolation_level=None, timeout=_BUSY_TIMEOUT_MS / 1000, uri=uri)
    except sqlite3.Error as error:
        raise library_error(path, error) from error
    try:
        try:
            db.execute("PRAGMA query_only = ON")
            db.execute("BEGIN")
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
            if tables and "alembic_version" not in tables:
                raise DamagedLibraryError(
                    path, Message(QT_TRANSLATE_NOOP("Messages", "it is not an Einwandfrei library"))
                )
            revision = (
                db.execute("SELECT version_num FROM alembic_version").fetchone() if tables else None
            )
        except sqlite3.Error as error:
            raise library_error(path, error) from error
        if revision is None or revision[0] != HEAD_REVISION:
            yield None
            return
        try:
            yield db
        except sqlite3.Error as error:
            raise library_error(path, error) from error
    finally:
        db.close()  # ends the read transaction


def in_clause(count: int) -> str:
    """`(?, ?, …)` with `count` placeholders."""
    return "(" + ", ".join("?" * count) + ")"


def chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    """`ids` in slices small enough for one SQL statement's parameters."""
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def read_objection_records(
    connection: AnyConnection, ids: Sequence[int] | None = None
) -> list[ObjectionRecord]:
    """Live objections with their responses and tags (`store.reading.read_objections` calls this).

    Without `ids`: the whole library in display order (by category, then creation). With `ids`:
    those objections, in the order given; ids of missing or deleted objections are skipped.
    """
    db = driver_connection(connection)
    if ids is None:
        rows = db.execute(OBJECTION_COLUMNS + "WHERE o.deleted_at IS NULL" + LIBRARY_ORDER)
        return records_for_rows(db, rows.fetchall())
    wanted = list(dict.fromkeys(ids))
    by_id: dict[int, tuple[Any, ...]] = {}
    for chunk in chunks(wanted):
        sql = OBJECTION_COLUMNS + f"WHERE o.id IN {in_clause(len(chunk))} AND o.deleted_at IS NULL"
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
    for chunk in chunks(ids):
        placeholders = in_clause(len(chunk))
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
    return [
        ObjectionRecord(
            text=row[1],
            category=row[2],
            responses=tuple(responses[row[0]]),
            tags=tuple(tags[row[0]]),
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


def read_meta_value(connection: AnyConnection, key: str, default: str = "") -> str:
    """A value from the library's own key/value settings (`store.reading.read_meta` calls this)."""
    row = (
        driver_connection(connection)
        .execute("SELECT value FROM library_meta WHERE key = ?", (key,))
        .fetchone()
    )
    return default if row is None else str(row[0])
