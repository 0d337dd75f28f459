"""A damaged database and a damaged search index are told apart; only the index is rebuilt."""

from __future__ import annotations

import contextlib
import sqlite3

from sqlalchemy import text

from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.integrity_check import (
    _SEARCH_TABLE_LINE,
    check_library,
    inspect_library,
    repair_search_index,
)
from einwandfrei.store.library import search_index
from einwandfrei.store.library.search import search_ids


def _objection_id(library: Library, objection_text: str) -> int:
    with library.read() as connection:
        return int(
            connection.execute(
                text("SELECT id FROM objections WHERE text = :text"), {"text": objection_text}
            ).scalar_one()
        )


def _live_objections(library: Library) -> int:
    with library.read() as connection:
        return int(
            connection.execute(
                text("SELECT count(*) FROM objections WHERE deleted_at IS NULL")
            ).scalar_one()
        )


def test_a_sound_library_has_nothing_to_repair(library: Library) -> None:
    result = inspect_library(library)
    assert result.sound and not result.repairable
    assert result.problems == [] == check_library(library)


def test_a_lost_search_entry_is_rebuilt_and_found_again(library: Library) -> None:
    persistent = _objection_id(library, "You are persistent!")
    with library.read() as connection:
        assert persistent in search_ids(connection, "persistent")
    with library.write() as connection:
        for table in search_index.SEARCH_TABLES:
            connection.execute(text(f"DELETE FROM {table} WHERE rowid = :id"), {"id": persistent})
    with library.read() as connection:
        assert persistent not in search_ids(connection, "persistent")

    result = inspect_library(library)
    assert result.repairable and result.database == ()
    assert result.search_index == (f"1 objections have no search entry (ids {persistent}).",)

    assert repair_search_index(library) == _live_objections(library)
    assert check_library(library) == []
    with library.read() as connection:
        assert persistent in search_ids(connection, "persistent")


def test_a_stray_search_entry_is_dropped(library: Library) -> None:
    with library.write() as connection:
        connection.exec_driver_sql(
            f"INSERT INTO {search_index.DOCUMENT_TABLE} (rowid, body) VALUES (99999, 'zzstrayzz')"
        )
    result = inspect_library(library)
    assert result.repairable
    assert result.search_index == (
        "1 objections are in the search index but not in the library (ids 99999).",
    )
    repair_search_index(library)
    assert check_library(library) == []
    with library.read() as connection:
        assert search_ids(connection, "zzstrayzz") == []


def test_the_rebuilt_index_leaves_out_the_trash(library: Library) -> None:
    trashed = _objection_id(library, "You are persistent!")
    # Behind the index's back (another program, not a `Library` write, which would keep it in
    # step), as a crash or an old version might have left it.
    with contextlib.closing(sqlite3.connect(library.path)) as other, other:
        other.execute(
            "UPDATE objections SET deleted_at = CURRENT_TIMESTAMP WHERE id = ?", (trashed,)
        )
    assert inspect_library(library).repairable
    assert repair_search_index(library) == _live_objections(library)
    assert check_library(library) == []
    with library.read() as connection:
        assert trashed not in search_ids(connection, "persistent")


def test_a_damaged_search_table_is_rebuilt(library: Library) -> None:
    with library.write() as connection:
        connection.exec_driver_sql(
            f"UPDATE {search_index.DOCUMENT_TABLE}_data "
            "SET block = zeroblob(length(block)) WHERE id > 10"
        )
    result = inspect_library(library)
    assert result.repairable
    assert (
        f"The search table {search_index.DOCUMENT_TABLE} is damaged "
        "(database disk image is malformed)." in result.search_index
    )
    repair_search_index(library)
    assert check_library(library) == []
    with library.read() as connection:
        assert search_ids(connection, "persistent")


def test_broken_references_are_not_repairable(library: Library) -> None:
    with library.write() as connection:
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        connection.exec_driver_sql("UPDATE responses SET objection_id = 99999 WHERE id = 1")
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = OFF")
    result = inspect_library(library)
    assert not result.sound and not result.repairable
    assert result.database == ("1 rows refer to rows that do not exist (in responses).",)


def test_fts5_lines_of_the_integrity_check_belong_to_the_search_index() -> None:
    # SQLite >= 3.44 runs FTS5's own check inside PRAGMA integrity_check.
    assert _SEARCH_TABLE_LINE.search(
        "malformed inverted index for FTS5 table main.search_documents"
    )
    assert _SEARCH_TABLE_LINE.search(
        "malformed inverted index for FTS5 table main.search_objections"
    )
    assert not _SEARCH_TABLE_LINE.search("malformed inverted index for FTS5 table main.other")
    assert not _SEARCH_TABLE_LINE.search("Tree 7 page 12 cell 0: Rowid 3 out of order")
