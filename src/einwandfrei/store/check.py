"""`einwandfrei check`: is the library file sound, and is the search index in step with it?"""

from __future__ import annotations

from sqlalchemy import Connection, text

from einwandfrei.store import search_index
from einwandfrei.store.library import Library

_MAX_LISTED = 5


def check_library(library: Library) -> list[str]:
    """Everything wrong with the library, one sentence each; an empty list means all is well."""
    problems: list[str] = []
    with library.read() as connection:
        integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(
                "SQLite's integrity check failed: " + "; ".join(integrity[:_MAX_LISTED])
            )
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            tables = sorted({row[0] for row in broken})
            problems.append(
                f"{len(broken)} rows refer to rows that do not exist (in {', '.join(tables)})."
            )
        for table in (search_index.OBJECTION_TABLE, search_index.DOCUMENT_TABLE):
            try:
                connection.execute(
                    text(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
                )
            except Exception as error:
                problems.append(f"The search table {table} is damaged ({error}).")
        problems.extend(_index_drift(connection))
    return problems


def _index_drift(connection: Connection) -> list[str]:
    stored = search_index.stored_documents(connection)
    expected = search_index.all_expected_documents(connection)
    missing = sorted(expected.keys() - stored.keys())
    extra = sorted(stored.keys() - expected.keys())
    stale = sorted(key for key in expected.keys() & stored.keys() if expected[key] != stored[key])
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
