"""Rows deleted for good, kept in memory so that the deletion can be undone exactly.

`capture` follows the schema's foreign keys from the rows about to go: rows that would be deleted
with them (ON DELETE CASCADE) are kept whole, and references that would be cleared (ON DELETE SET
NULL) are remembered. `reinstate` puts everything back with the same ids (SQLite never hands a
deleted id out again: every such table is AUTOINCREMENT). Because the foreign keys are read from the
database itself, tables other features add later are covered too.

Another program may change the library between the deletion and its undoing. What can still come
back does (a reference to a category deleted since is cleared, a tag deleted since is made again);
what cannot is refused beforehand by `reinstate_checks`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class _ForeignKey:
    child: str
    column: str
    parent: str
    parent_column: str
    on_delete: str


@dataclass(frozen=True, slots=True)
class TableRows:
    """Whole rows of one table."""

    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


@dataclass(frozen=True, slots=True)
class ClearedReference:
    """A reference the deletion sets to NULL, and the value to put back."""

    table: str
    column: str
    rowid: int
    value: object


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything a deletion removes or clears, in the order it goes back in."""

    tables: tuple[TableRows, ...]
    cleared: tuple[ClearedReference, ...]
    tag_names: tuple[tuple[int, str], ...] = ()

    def ids(self, table: str) -> list[int]:
        """The ids of the rows of `table` in the snapshot."""
        found: list[int] = []
        for part in self.tables:
            if part.table == table and "id" in part.columns:
                position = part.columns.index("id")
                found.extend(int(str(row[position])) for row in part.rows)
        return found


def foreign_keys(connection: Connection) -> list[_ForeignKey]:
    tables = connection.execute(
        text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_%'"
        )
    ).scalars()
    keys = []
    for table in list(tables):
        for row in connection.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")'):
            keys.append(_ForeignKey(table, row[3], row[2], row[4] or "id", row[6].upper()))
    return keys


def _select(
    connection: Connection, table: str, column: str, values: Sequence[object]
) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    columns: tuple[str, ...] = ()
    rows: list[tuple[object, ...]] = []
    for start in range(0, len(values), _CHUNK):
        result = connection.execute(
            text(
                f'SELECT rowid AS "__rowid__", * FROM "{table}" WHERE "{column}" IN :values'
            ).bindparams(bindparam("values", list(values[start : start + _CHUNK]), expanding=True))
        )
        columns = tuple(result.keys())
        rows.extend(tuple(row) for row in result)
    return columns, rows


def capture(connection: Connection, table: str, ids: Iterable[int]) -> Snapshot:
    """What deleting the rows of `table` with these ids would remove or clear."""
    keys = foreign_keys(connection)
    children: dict[str, list[_ForeignKey]] = defaultdict(list)
    for key in keys:
        children[key.parent].append(key)
    parts: list[TableRows] = []
    seen: set[tuple[str, int]] = set()
    cleared: list[ClearedReference] = []
    pending: list[tuple[str, str, list[object]]] = [(table, "id", list(dict.fromkeys(ids)))]
    while pending:
        current, column, values = pending.pop(0)
        if not values:
            continue
        columns, rows = _select(connection, current, column, values)
        fresh = [row for row in rows if (current, int(str(row[0]))) not in seen]
        if not fresh:
            continue
        seen.update((current, int(str(row[0]))) for row in fresh)
        parts.append(TableRows(current, columns[1:], tuple(row[1:] for row in fresh)))
        for key in children[current]:
            referenced = [row[columns.index(key.parent_column)] for row in fresh]
            if key.on_delete == "CASCADE":
                pending.append((key.child, key.column, referenced))
            elif key.on_delete == "SET NULL":
                child_columns, child_rows = _select(connection, key.child, key.column, referenced)
                position = child_columns.index(key.column)
                cleared.extend(
                    ClearedReference(key.child, key.column, int(str(row[0])), row[position])
                    for row in child_rows
                )
    live_cleared = tuple(c for c in cleared if (c.table, c.rowid) not in seen)
    return Snapshot(tuple(parts), live_cleared, _tag_names(connection, parts))


def _tag_names(connection: Connection, parts: list[TableRows]) -> tuple[tuple[int, str], ...]:
    # Tags live as long as an objection uses them, so a tag may be gone when the undo comes.
    tag_ids = sorted(
        {
            int(str(row[part.columns.index("tag_id")]))
            for part in parts
            if part.table == "objection_tags"
            for row in part.rows
        }
    )
    if not tag_ids:
        return ()
    return tuple(
        (row.id, row.name)
        for row in connection.execute(
            text("SELECT id, name FROM tags WHERE id IN :ids").bindparams(
                bindparam("ids", tag_ids, expanding=True)
            )
        )
    )


def delete(connection: Connection, table: str, ids: Sequence[int]) -> None:
    """Delete rows for good (the schema's cascades follow); capture them first to undo it."""
    for start in range(0, len(ids), _CHUNK):
        connection.execute(
            text(f'DELETE FROM "{table}" WHERE id IN :ids').bindparams(
                bindparam("ids", list(ids[start : start + _CHUNK]), expanding=True)
            )
        )


def _tag_id(connection: Connection, tag_id: int, names: dict[int, str]) -> int:
    if connection.execute(text("SELECT 1 FROM tags WHERE id = :id"), {"id": tag_id}).first():
        return tag_id
    name = names[tag_id]
    existing = connection.execute(
        text("SELECT id FROM tags WHERE name = :name"), {"name": name}
    ).scalar()
    if existing is not None:
        return int(existing)
    connection.execute(
        text("INSERT INTO tags (id, name) VALUES (:id, :name)"),
        {
            "id": tag_id,
            "name": name,
        },
    )
    return tag_id


def reinstate(connection: Connection, snapshot: Snapshot) -> None:
    """Put the captured rows back, with their ids, and restore the cleared references.

    `reinstate_checks.reinstatable` says first what can come back.
    """
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    names = dict(snapshot.tag_names)
    nullable = {
        (key.child, key.column): key
        for key in foreign_keys(connection)
        if key.on_delete == "SET NULL"
    }
    for part in snapshot.tables:
        placeholders = ", ".join(f":p{index}" for index in range(len(part.columns)))
        columns = ", ".join(f'"{column}"' for column in part.columns)
        statement = text(f'INSERT INTO "{part.table}" ({columns}) VALUES ({placeholders})')
        tag_column = part.columns.index("tag_id") if part.table == "objection_tags" else None
        for row in part.rows:
            values = list(row)
            if tag_column is not None:
                values[tag_column] = _tag_id(connection, int(str(values[tag_column])), names)
            connection.execute(statement, {f"p{i}": value for i, value in enumerate(values)})
    # Once everything is back: a reference to a row deleted since (a category, say) is cleared,
    # as the deletion of that row would have done.
    for part in snapshot.tables:
        if "id" not in part.columns:
            continue
        for index, column in enumerate(part.columns):
            key = nullable.get((part.table, column))
            if key is None:
                continue
            for row in part.rows:
                value = row[index]
                if value is not None and not _exists(
                    connection, key.parent, key.parent_column, value
                ):
                    connection.execute(
                        text(f'UPDATE "{part.table}" SET "{column}" = NULL WHERE id = :id'),
                        {"id": row[part.columns.index("id")]},
                    )
    for reference in snapshot.cleared:
        key = nullable.get((reference.table, reference.column))
        if key is not None and not _exists(
            connection, key.parent, key.parent_column, reference.value
        ):
            continue
        connection.execute(
            text(
                f'UPDATE "{reference.table}" SET "{reference.column}" = :value '
                f'WHERE rowid = :rowid AND "{reference.column}" IS NULL'
            ),
            {"value": reference.value, "rowid": reference.rowid},
        )


def _exists(connection: Connection, table: str, column: str, value: object) -> bool:
    return (
        connection.execute(
            text(f'SELECT 1 FROM "{table}" WHERE "{column}" = :value'), {"value": value}
        ).first()
        is not None
    )
