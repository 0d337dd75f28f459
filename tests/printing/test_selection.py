"""Choosing what to print and reading it with plain sqlite3 (no Qt)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from einwandfrei.planning.library_content import ResponseRecord
from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import DamagedLibraryError, NotFoundError
from einwandfrei.store.db.sqlite_access import open_snapshot
from einwandfrei.store.library.library_parts import part_choices
from einwandfrei.store.library.print_selection import (
    EmptySelectionError,
    best_response,
    other_responses,
    read_selection,
)
from einwandfrei.store.library.record_reading import read_meta, read_objections


def _trash(library: Library, table: str, row_id: int) -> None:
    with library.write() as connection:
        connection.execute(
            text(f"UPDATE {table} SET deleted_at = '2025-01-01 00:00:00' WHERE id = :id"),
            {"id": row_id},
        )


def test_reading_skips_the_trash_and_keeps_the_order_asked_for(library: Library) -> None:
    with library.read() as connection:
        everything = read_objections(connection)
    first = everything[0]
    assert first.id is not None and first.responses[0].id is not None
    _trash(library, "objections", everything[1].id or 0)
    _trash(library, "responses", first.responses[0].id)
    ids = [record.id or 0 for record in everything[::-1]] + [999_999]
    with library.read() as connection:
        in_library_order = read_objections(connection)
        in_asked_order = read_objections(connection, ids)
        assert read_meta(connection, "language") == "en"
        assert read_meta(connection, "nothing", "x") == "x"
    assert [o.id for o in in_library_order] == [
        o.id for o in everything if o.id != everything[1].id
    ]
    assert [o.id for o in in_asked_order] == [o.id for o in in_library_order][::-1]
    assert [r.id for r in in_library_order[0].responses] == [r.id for r in first.responses[1:]]


def test_a_selection_of_ids_keeps_their_order(library: Library) -> None:
    with library.read() as connection:
        ids = [record.id or 0 for record in read_objections(connection)][:5][::-1]
        selected = read_selection(connection, LibraryPart.of_ids(ids))
    assert [record.id for record in selected.objections] == ids


def test_category_and_tag_match_ignoring_case(library: Library) -> None:
    with library.read() as connection:
        everything = read_objections(connection)
        by_category = read_selection(connection, LibraryPart(PartKind.CATEGORY, name="  PRICE "))
        by_tag = read_selection(connection, LibraryPart(PartKind.TAG, name="BUDGET"))
        favourites = read_selection(connection, LibraryPart(PartKind.FAVOURITES))
    assert by_category.name == "Price"
    assert [r.id for r in by_category.objections] == [
        r.id for r in everything if r.category == "Price"
    ]
    assert by_tag.name == "budget"
    assert [r.id for r in by_tag.objections] == [r.id for r in everything if "budget" in r.tags]
    assert [r.id for r in favourites.objections] == [r.id for r in everything if r.favorite]
    assert by_category.category_order[0] == "Price"


def test_unknown_names_and_empty_selections_are_one_sentence(library: Library) -> None:
    with library.read() as connection:
        with pytest.raises(NotFoundError) as unknown_category:
            read_selection(connection, LibraryPart(PartKind.CATEGORY, name="Weather"))
        with pytest.raises(NotFoundError) as unknown_tag:
            read_selection(connection, LibraryPart(PartKind.TAG, name="nope"))
        with pytest.raises(EmptySelectionError):
            read_selection(connection, LibraryPart.of_ids([123_456]))
    assert str(unknown_category.value) == "There is no category named “Weather” in the library."
    assert str(unknown_tag.value) == "There is no tag named “nope” in the library."


def test_an_empty_library_has_nothing_to_print(empty_library: Library) -> None:
    with empty_library.read() as connection:
        with pytest.raises(EmptySelectionError) as raised:
            read_selection(connection, LibraryPart())
        with pytest.raises(EmptySelectionError):
            read_selection(connection, LibraryPart(PartKind.FAVOURITES))
        choices = part_choices(connection)
        assert choices.categories == ()
        assert choices.tags == ()
        assert not choices.has_favourites
    assert "nothing to print" in str(raised.value)


def test_names_offered_for_printing(library: Library) -> None:
    with library.read() as connection:
        everything = read_objections(connection)
        choices = part_choices(connection)
        categories = [entry.name for entry in choices.categories]
        tags = [entry.name for entry in choices.tags]
        assert choices.has_favourites
    assert categories == list(dict.fromkeys(r.category for r in everything if r.category))
    assert tags == sorted({tag for r in everything for tag in r.tags}, key=str.casefold)


def test_best_response_ranks_by_success_rate_then_position() -> None:
    never = ResponseRecord("never used", id=1)
    half = ResponseRecord("half", times_used=4, times_worked=2, id=2)
    always = ResponseRecord("always", times_used=2, times_worked=2, id=3)
    also_always = ResponseRecord("also always", times_used=1, times_worked=1, id=4)
    assert best_response([]) is None
    assert best_response([never, ResponseRecord("second", id=5)]) is never
    assert best_response([never, half, always, also_always]) is always
    assert other_responses([never, half, always], always) == (never, half)
    assert other_responses([never], None) == (never,)


def test_open_snapshot_reads_a_current_library_directly(library: Library) -> None:
    with open_snapshot(library.path) as snapshot:
        assert isinstance(snapshot, sqlite3.Connection)
        assert len(read_objections(snapshot)) == 49
        with pytest.raises(sqlite3.OperationalError):
            snapshot.execute("DELETE FROM objections")  # query_only: nothing can be changed


def test_open_snapshot_leaves_missing_and_older_libraries_to_open_library(
    tmp_path: Path, library: Library
) -> None:
    with open_snapshot(tmp_path / "missing.sqlite3") as snapshot:
        assert snapshot is None
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    with open_snapshot(tmp_path / "empty.sqlite3") as snapshot:
        assert snapshot is None
    with library.write() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0000_older'"))
    with open_snapshot(library.path) as snapshot:
        assert snapshot is None


def test_open_snapshot_refuses_a_file_that_is_no_library(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DamagedLibraryError), open_snapshot(junk):
        pass
