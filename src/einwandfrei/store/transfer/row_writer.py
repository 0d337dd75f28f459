"""Writing rows in bulk: executemany on the DB-API cursor, ids assigned here.

Assigning ids is safe because the write transaction holds SQLite's write lock from its first
statement (`BEGIN IMMEDIATE`). Timestamps are written in the text form SQLAlchemy's SQLite DateTime
uses, so bulk rows and ORM rows read back alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from einwandfrei.planning.library_content import identity_key


def timestamp_text() -> str:
    """Now, as SQLAlchemy's SQLite DateTime writes it."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def next_id(connection: Connection, table: str) -> int:
    """The id of the next new row: past every id the table ever gave out, deleted rows' included.

    SQLite keeps the highest for AUTOINCREMENT tables in `sqlite_sequence` (and raises it when rows
    are written with explicit ids); an undo may still put a deleted row back under its old id.
    """
    return int(
        connection.execute(
            text(
                "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = :table), 0), "
                f"coalesce((SELECT max(id) FROM {table}), 0)) + 1"
            ),
            {"table": table},
        ).scalar_one()
    )


def insert_many(connection: Connection, statement: str, rows: Sequence[tuple[Any, ...]]) -> None:
    if rows:  # an empty parameter list would run the statement once, without parameters
        connection.exec_driver_sql(statement, list(rows))


class NamedRows:
    """A table of unique names (categories, techniques, tags): ids by name, missing ones added.

    New rows are collected and written in one executemany by `flush()`, which must run before rows
    that refer to them.
    """

    def __init__(self, connection: Connection, table: str, *, positioned: bool) -> None:
        self.connection, self.table, self.positioned = connection, table, positioned
        self.ids: dict[str, int] = {
            identity_key(name): row_id
            for row_id, name in connection.execute(text(f"SELECT id, name FROM {table}"))
        }
        self._by_spelling: dict[str, int] = {}
        self.next_id = self.first_new_id = next_id(connection, table)
        self.base_position = (
            int(
                connection.execute(
                    text(f"SELECT coalesce(max(position), -1) + 1 FROM {table}")
                ).scalar_one()
            )
            if positioned
            else 0
        )
        self.next_position = self.base_position
        self._pending: list[dict[str, Any]] = []

    @property
    def added(self) -> int:
        """How many rows this merge added."""
        return self.next_id - self.first_new_id

    def id_for(self, name: str, *, position: int | None = None, colour: str = "") -> int:
        """The id of the row named `name`, added at the end (or at base + `position`) if missing."""
        if name in self._by_spelling:
            return self._by_spelling[name]
        key = identity_key(name)
        if key not in self.ids:
            row: dict[str, Any] = {"id": self.next_id, "name": " ".join(name.split())}
            if self.positioned:
                row["position"] = (
                    self.next_position if position is None else self.base_position + position
                )
                self.next_position = max(self.next_position, row["position"] + 1)
            if self.table == "categories":
                row.update(colour=colour, created_at=timestamp_text(), updated_at=timestamp_text())
            self._pending.append(row)
            self.ids[key] = self.next_id
            self.next_id += 1
        self._by_spelling[name] = self.ids[key]
        return self.ids[key]

    def flush(self) -> None:
        """Write the rows added since the last flush."""
        if self._pending:
            columns = list(self._pending[0])
            self.connection.execute(
                text(
                    f"INSERT INTO {self.table} ({', '.join(columns)}) "
                    f"VALUES ({', '.join(f':{column}' for column in columns)})"
                ),
                self._pending,
            )
            self._pending = []
