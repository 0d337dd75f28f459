"""Every write transaction keeps the search index and the change counter in step by itself."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from einwandfrei.store.db.change_counter import CHANGE_COUNT
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.integrity_check import check_library
from einwandfrei.store.library import search_index
from einwandfrei.store.library.record_reading import read_meta
from einwandfrei.store.library.search import search_ids
from einwandfrei.store.models import Objection, Response


def _found(library: Library, query: str) -> list[int]:
    with library.read() as connection:
        return search_ids(connection, query)


def _change_count(library: Library) -> int:
    with library.read() as connection:
        return int(read_meta(connection, CHANGE_COUNT, "0"))


def _first_objection(library: Library) -> int:
    with library.read() as connection:
        return int(connection.execute(text("SELECT min(id) FROM objections")).scalar_one())


def test_plain_sql_that_names_no_objection_still_keeps_the_index(library: Library) -> None:
    objection = _first_objection(library)
    with library.write() as connection:
        connection.execute(
            text("UPDATE responses SET text = 'Zebrafinken' WHERE objection_id = :id"),
            {"id": objection},
        )
    assert _found(library, "zebrafink") == [objection]
    with library.write() as connection:
        connection.execute(text("UPDATE tags SET name = 'Quittenbaum' WHERE id = 1"))
    assert _found(library, "quittenbaum")
    with library.write() as connection:
        connection.execute(
            text("DELETE FROM responses WHERE objection_id = :id"), {"id": objection}
        )
    assert _found(library, "zebrafink") == []
    with library.write() as connection:
        connection.execute(
            text("UPDATE objections SET deleted_at = CURRENT_TIMESTAMP WHERE id = :id"),
            {"id": objection},
        )
    assert objection not in _found(library, "quittenbaum")
    assert check_library(library) == []


def test_objections_written_through_an_orm_session_are_found(empty_library: Library) -> None:
    with empty_library.session() as session:
        objection = Objection(text="Kein Budget für Schnickschnack")
        objection.responses.append(Response(text="Was wäre es Ihnen wert?", position=0))
        session.add(objection)
    assert _found(empty_library, "schnickschnack") == [objection.id]
    assert _found(empty_library, "wert") == [objection.id]
    assert check_library(empty_library) == []


def test_a_rolled_back_write_leaves_nothing_pending(library: Library) -> None:
    objection = _first_objection(library)
    with pytest.raises(RuntimeError), library.write() as connection:
        connection.execute(
            text("UPDATE objections SET text = 'Lindwurm' WHERE id = :id"), {"id": objection}
        )
        raise RuntimeError("changed my mind")
    with library.write() as connection:
        pending = connection.exec_driver_sql("SELECT count(*) FROM temp.search_pending")
        assert pending.scalar_one() == 0
    assert _found(library, "lindwurm") == []
    assert check_library(library) == []


def test_triggers_a_migration_dropped_come_back(library: Library) -> None:
    # A migration that rebuilds a table drops this connection's triggers on it.
    db = sqlite3.connect(library.path, isolation_level=None)
    try:
        search_index.track_changes(db)
        db.execute("DROP TRIGGER temp.search_pending_response_changed")
        search_index.track_changes(db)
        db.execute("BEGIN")
        db.execute("UPDATE responses SET text = 'Murmeltier' WHERE id = 1")
        owner = db.execute("SELECT objection_id FROM responses WHERE id = 1").fetchone()[0]
        assert db.execute("SELECT objection_id FROM search_pending").fetchall() == [(owner,)]
        db.execute("ROLLBACK")
    finally:
        db.close()


def test_an_untracked_block_notes_nothing_and_a_rollback_keeps_the_triggers(
    library: Library,
) -> None:
    objection = _first_objection(library)
    with pytest.raises(RuntimeError), library.write() as connection:
        with search_index.untracked(connection):
            connection.execute(
                text("UPDATE objections SET text = 'Lindwurm' WHERE id = :id"), {"id": objection}
            )
            pending = connection.exec_driver_sql("SELECT count(*) FROM temp.search_pending")
            assert pending.scalar_one() == 0
        raise RuntimeError("roll back")
    with library.write() as connection:
        connection.execute(
            text("UPDATE objections SET text = 'Drachenfels' WHERE id = :id"), {"id": objection}
        )
    assert _found(library, "drachenfels") == [objection]


def test_each_write_transaction_that_changes_rows_counts_once(library: Library) -> None:
    before = _change_count(library)
    with library.write() as connection:
        connection.execute(text("UPDATE objections SET is_favorite = 1"))
        connection.execute(text("UPDATE objections SET is_favorite = 0"))
    assert _change_count(library) == before + 1
    with library.write() as connection:
        connection.execute(text("UPDATE objections SET is_favorite = 1 WHERE id = -1"))
    assert _change_count(library) == before + 1  # no row changed
    with library.write(counted=False) as connection:
        connection.execute(text("UPDATE objections SET is_favorite = 1"))
    assert _change_count(library) == before + 1
