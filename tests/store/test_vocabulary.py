"""Categories, techniques and tags: add, rename, reorder, colour, delete and undo."""

from __future__ import annotations

import pytest

from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import ConflictError, LibraryError
from einwandfrei.store.db.integrity_check import check_library
from einwandfrei.store.library import objection_edits
from einwandfrei.store.library.named_lists import (
    add_named,
    delete_named,
    find_or_add_named,
    list_categories,
    list_tags,
    list_techniques,
    rename_named,
    reorder_named,
    set_category_colour,
    usage_count,
)
from einwandfrei.store.library.objection_detail import read_objection_detail
from einwandfrei.store.library.search import search_ids
from tests.helpers import content_of


def test_add_rename_and_conflicts(empty_library: Library) -> None:
    price = add_named(empty_library, "categories", "  Price ", colour="#aa0000")
    timing = add_named(empty_library, "categories", "Timing")
    with empty_library.read() as connection:
        assert [(c.name, c.colour) for c in list_categories(connection)] == [
            ("Price", "#aa0000"),
            ("Timing", ""),
        ]
    with pytest.raises(ConflictError):
        add_named(empty_library, "categories", "price")
    with pytest.raises(ConflictError):
        rename_named(empty_library, "categories", timing, "PRICE")
    with pytest.raises(LibraryError):
        add_named(empty_library, "techniques", "   ")
    assert rename_named(empty_library, "categories", price, "Cost") == "Price"
    assert find_or_add_named(empty_library, "categories", "cost") == price
    assert find_or_add_named(empty_library, "techniques", "Reframe") > 0
    with empty_library.read() as connection:
        assert [t.name for t in list_techniques(connection)] == ["Reframe"]
    assert set_category_colour(empty_library, price, "#00ff00") == "#aa0000"
    with pytest.raises(ValueError):
        set_category_colour(empty_library, price, "green")


def test_reorder(empty_library: Library) -> None:
    ids = [add_named(empty_library, "techniques", name) for name in ("A", "B", "C")]
    assert reorder_named(empty_library, "techniques", [ids[2], ids[0]]) == ids
    with empty_library.read() as connection:
        assert [t.id for t in list_techniques(connection)] == [ids[2], ids[0], ids[1]]


def test_renaming_a_tag_reindexes_its_objections(empty_library: Library) -> None:
    objection = objection_edits.create_objection(empty_library, "Too expensive")
    objection_edits.set_tags(empty_library, objection, ["budget"])
    with empty_library.read() as connection:
        tag = list_tags(connection)[0].id
    rename_named(empty_library, "tags", tag, "money")
    with empty_library.read() as connection:
        assert search_ids(connection, "money") == [objection]
        assert search_ids(connection, "budget") == []
    assert check_library(empty_library) == []


@pytest.mark.parametrize("table", ["categories", "techniques", "tags"])
def test_delete_and_reinstate(library: Library, table: str) -> None:
    before = content_of(library)
    with library.read() as connection:
        entry = {
            "categories": list_categories,
            "techniques": list_techniques,
            "tags": list_tags,
        }[table](connection)[0]
        assert usage_count(connection, table, entry.id) > 0  # type: ignore[arg-type]
    snapshot = delete_named(library, table, entry.id)  # type: ignore[arg-type]
    assert content_of(library) != before
    assert check_library(library) == []
    objection_edits.reinstate(library, snapshot)
    assert content_of(library) == before
    assert check_library(library) == []


def test_deleted_category_leaves_objections_uncategorised(library: Library) -> None:
    with library.read() as connection:
        category = list_categories(connection)[0]
        objection = search_ids(connection, "expensive")[0]
    delete_named(library, "categories", category.id)
    with library.read() as connection:
        detail = read_objection_detail(connection, objection)
    assert detail is not None and detail.category_id is None
