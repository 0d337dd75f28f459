"""Ids are never reused and every shared item has a UUID, so undo survives other programs' writes.

The second `Library` handle on the same file stands for another program (a command, a second
window) that changes the library between an undo and its redo.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from einwandfrei.interchange.files import export_text, import_content
from einwandfrei.interchange.json_format import parse_library_json
from einwandfrei.planning.library_content import LibraryContent, ObjectionRecord, ResponseRecord
from einwandfrei.store.calls.checklist_template import (
    add_checklist_item,
    list_checklist,
    remove_checklist_item,
    restore_checklist_item,
)
from einwandfrei.store.calls.question_bank import add_question
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.integrity_check import check_library
from einwandfrei.store.db.second_handle import open_secondary
from einwandfrei.store.db.uuids import new_uuids
from einwandfrei.store.library import named_lists, objection_edits, response_edits
from einwandfrei.store.library.reinstate_checks import CannotReinstateError
from einwandfrei.store.library.search import search_ids
from tests.helpers import content_of, count

IMPORTED = LibraryContent(
    objections=tuple(
        ObjectionRecord(f"Imported objection {n}", "Price", (ResponseRecord(f"Answer {n}"),))
        for n in range(3)
    )
)


@pytest.fixture
def other(empty_library: Library) -> Iterator[Library]:
    """Another program's handle on the same library file."""
    second = open_secondary(empty_library.path)
    yield second
    second.close()


def _value(library: Library, sql: str) -> object:
    with library.read() as connection:
        return connection.execute(text(sql)).scalar()


def _uuids(library: Library, table: str) -> list[str]:
    with library.read() as connection:
        return list(connection.execute(text(f"SELECT uuid FROM {table}")).scalars())


def test_an_id_is_not_handed_out_again_after_the_newest_row_is_deleted(
    empty_library: Library,
) -> None:
    first = objection_edits.create_objection(empty_library, "Too expensive")
    objection_edits.purge_objections(empty_library, [first], trashed_only=False)
    assert objection_edits.create_objection(empty_library, "Not now") > first


def test_an_import_in_between_does_not_take_the_id_of_an_undone_objection(
    empty_library: Library, other: Library
) -> None:
    created = objection_edits.create_objection(empty_library, "You are persistent!")
    response_edits.add_response(empty_library, created, "Yes, in everything.")
    created_uuid = _value(empty_library, f"SELECT uuid FROM objections WHERE id = {created}")
    snapshot = objection_edits.purge_objections(empty_library, [created], trashed_only=False)

    import_content(other, IMPORTED)  # another program imports between undo and redo
    objection_edits.reinstate(empty_library, snapshot)  # redo

    assert _value(empty_library, f"SELECT uuid FROM objections WHERE id = {created}") == (
        created_uuid
    )
    assert count(empty_library, "objections") == 4
    with empty_library.read() as connection:
        assert search_ids(connection, "persistent") == [created]
        assert len(search_ids(connection, "imported")) == 3
    assert check_library(empty_library) == []


def test_redo_of_a_response_whose_objection_was_deleted_says_why(
    empty_library: Library, other: Library
) -> None:
    objection = objection_edits.create_objection(empty_library, "Too expensive")
    response = response_edits.add_response(empty_library, objection, "Compared to what?")
    snapshot = response_edits.discard_response(empty_library, response)
    objection_edits.purge_objections(other, [objection], trashed_only=False)
    before = content_of(empty_library)

    with pytest.raises(CannotReinstateError) as refused:
        objection_edits.reinstate(empty_library, snapshot)

    assert str(refused.value) == (
        "It cannot come back: the objection it belonged to has been deleted for good meanwhile."
    )
    assert content_of(empty_library) == before


def test_redo_after_an_import_brought_the_same_objection_back_says_why(
    empty_library: Library, other: Library
) -> None:
    objection_edits.create_objection(empty_library, "Too expensive")
    created = objection_edits.create_objection(empty_library, "Send me an email")
    exported = export_text(empty_library, "json")
    snapshot = objection_edits.purge_objections(empty_library, [created], trashed_only=False)
    import_content(other, parse_library_json(exported))  # brings "Send me an email" back

    with pytest.raises(CannotReinstateError, match="an import has brought the same objection"):
        objection_edits.reinstate(empty_library, snapshot)
    assert count(empty_library, "objections") == 2


def test_redo_of_a_category_whose_name_was_taken_meanwhile_says_why(
    empty_library: Library, other: Library
) -> None:
    category = named_lists.add_named(empty_library, "categories", "Price")
    snapshot = named_lists.delete_named(empty_library, "categories", category)
    named_lists.add_named(other, "categories", "PRICE")

    with pytest.raises(CannotReinstateError) as refused:
        objection_edits.reinstate(empty_library, snapshot)
    assert str(refused.value) == (
        "The category cannot come back: another category is called “PRICE” now."
    )


def test_an_objection_comes_back_without_the_plan_deleted_meanwhile(
    empty_library: Library, other: Library
) -> None:
    objection = objection_edits.create_objection(empty_library, "Too expensive")
    with empty_library.write() as connection:
        connection.execute(text("INSERT INTO customers (name) VALUES ('Anna Keller')"))
        connection.execute(text("INSERT INTO call_plans (customer_id) VALUES (1)"))
        connection.execute(
            text("INSERT INTO plan_objections (plan_id, objection_id) VALUES (1, :o)"),
            {"o": objection},
        )
    snapshot = objection_edits.purge_objections(empty_library, [objection], trashed_only=False)
    with other.write() as connection:  # the customer is erased for good meanwhile
        connection.execute(text("DELETE FROM customers"))

    objection_edits.reinstate(empty_library, snapshot)

    assert count(empty_library, "objections") == 1
    assert count(empty_library, "plan_objections") == 0
    assert check_library(empty_library) == []


def _assert_uuids(values: list[str]) -> None:
    assert values and len(set(values)) == len(values)
    for value in values:
        parsed = uuid.UUID(value)
        assert (str(parsed), parsed.version) == (value, 4)


def test_every_write_path_gives_new_rows_a_uuid(library: Library) -> None:
    # `library` was filled from the starter library by an import.
    objection = objection_edits.create_objection(library, "A new objection")
    response_edits.add_response(library, objection, "A new answer")
    add_question(library, "What keeps you busy this week?")
    add_checklist_item(library, "Coffee ready")
    for table in ("objections", "responses", "questions", "checklist_items"):
        _assert_uuids(_uuids(library, table))


def test_a_removed_checklist_item_comes_back_with_its_uuid(empty_library: Library) -> None:
    item_id = add_checklist_item(empty_library, "Headset tested")
    removed = remove_checklist_item(empty_library, item_id)
    restore_checklist_item(empty_library, removed)
    with empty_library.read() as connection:
        (restored,) = list_checklist(connection)
    assert restored.uuid == removed.uuid != ""


def test_uuids_made_in_bulk_are_canonical_random_version_4() -> None:
    made = new_uuids(20_000)
    assert len(set(made)) == len(made)
    for value in made:
        parsed = uuid.UUID(value)
        assert (str(parsed), parsed.version, parsed.variant) == (value, 4, uuid.RFC_4122)
    assert {value[19] for value in made} == set("89ab")  # every variant digit occurs
