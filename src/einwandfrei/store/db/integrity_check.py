"""`einwandfrei check`: is the library file sound, and is the search index in step with it?

Problems come in two kinds. Damage to the database itself (SQLite's integrity check, rows that
refer to missing rows) is never patched here: only a backup restores what was lost. The search
index, though, is derived from the tables, so when it is the only thing wrong it can be rebuilt
from them (`repair_search_index`, what `einwandfrei check --repair` runs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from einwandfrei.store.db.connection import Library
from einwandfrei.store.library import search_index

_MAX_LISTED = 5
_SEARCH_TABLE_LINE = re.compile(rf"\bFTS5 table \w+\.({'|'.join(search_index.SEARCH_TABLES)})\b")


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What a check found, one sentence per problem."""

    database: tuple[str, ...]
    """Damage to the database itself: needs a backup restored, never a repair."""
    search_index: tuple[str, ...]
    """The search index is damaged or out of step: rebuilding it from the tables mends it."""

    @property
    def problems(self) -> list[str]:
        """Every problem, the database's first."""
        return [*self.database, *self.search_index]

    @property
    def sound(self) -> bool:
        """Nothing is wrong."""
        return not self.database and not self.search_index

    @property
    def repairable(self) -> bool:
        """Something is wrong, and it is only the search index."""
        return not self.database and bool(self.search_index)


def inspect_library(library: Library) -> CheckResult:
    """Check the database and the search index, keeping the two kinds of problem apart."""
    database: list[str] = []
    index: list[str] = []
    with library.read() as connection:
        integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            # SQLite ≥ 3.44 checks FTS5 indexes here too; those lines are the search index's.
            damage = [line for line in integrity if not _SEARCH_TABLE_LINE.search(line)]
            if damage:
                database.append(
                    "SQLite's integrity check failed: " + "; ".join(damage[:_MAX_LISTED]) + "."
                )
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            tables = sorted({row[0] for row in broken})
            database.append(
                f"{len(broken)} rows refer to rows that do not exist (in {', '.join(tables)})."
            )
        if not library.read_only:  # FTS5 runs its own check as an INSERT, which a read-only
            # library refuses; the comparison with the tables below still finds an index out of step
            index.extend(
                f"The search table {table} is damaged ({error})."
                for table, error in _damaged_search_tables(connection).items()
            )
        index.extend(_index_drift(connection))
    return CheckResult(tuple(database), tuple(index))


def quick_check(library: Library) -> tuple[str, ...]:
    """SQLite's `quick_check` of the library file (pages, free pages, the header; not the search
    index's own structure): its complaints, the first few, or none when it is sound. Seconds at
    100k objections, so the window runs it in the background after its first paint."""
    with library.read() as connection:
        lines = [
            line
            for row in connection.exec_driver_sql("PRAGMA quick_check")
            for line in str(row[0]).splitlines()
        ]
    if lines == ["ok"]:
        return ()
    damage = [
        line
        for line in lines
        if line.strip() and not line.startswith("***") and not _SEARCH_TABLE_LINE.search(line)
    ]
    return tuple(damage[:_MAX_LISTED])


def check_library(library: Library) -> list[str]:
    """Everything wrong with the library, one sentence each; an empty list means all is well."""
    return inspect_library(library).problems


def repair_search_index(library: Library) -> int:
    """Rebuild the search index from the tables in one write transaction; returns the number of
    objections indexed. Call it only when the search index is all that is wrong
    (`CheckResult.repairable`): it does not touch, and cannot mend, the tables themselves."""
    with library.write() as connection:
        return search_index.rebuild(connection)


def _damaged_search_tables(connection: Connection) -> dict[str, str]:
    """The FTS5 tables whose own integrity check fails, with SQLite's words for it."""
    damaged: dict[str, str] = {}
    for table in search_index.SEARCH_TABLES:
        try:
            connection.execute(
                text(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
            )
        except Exception as error:
            damaged[table] = str(getattr(error, "orig", None) or error)
    return damaged


def _index_drift(connection: Connection) -> list[str]:
    stored = search_index.stored_documents(connection)
    expected = search_index.all_expected_documents(connection)
    missing = sorted(expected.keys() - stored.keys())
    extra = sorted(stored.keys() - expected.keys())
    stale = sorted(
        key
        for key in expected.keys() & stored.keys()
        if not search_index.same_document(stored[key], expected[key])
    )
    problems = []
    for what, ids in (
        ("have no search entry", missing),
        ("are in the search index but not in the library", extra),
        ("have an out-of-date search entry", stale),
    ):
        if ids:
            listed = ", ".join(str(objection_id) for objection_id in ids[:_MAX_LISTED])
            more = " …" if len(ids) > _MAX_LISTED else ""
            problems.append(f"{len(ids)} objections {what} (ids {listed}{more}).")
    return problems
