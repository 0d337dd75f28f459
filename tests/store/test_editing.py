"""Every edit the window makes, each with its undo, and the search index kept in step."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import NotFoundError
from einwandfrei.store.db.integrity_check import check_library
from einwandfrei.store.library import objection_edits, response_edits
from einwandfrei.store.library.objection_detail import (
    ObjectionDetail,
    read_objection_detail,
    response_order,
)
from einwandfrei.store.library.objection_edits import EmptyTextError
from einwandfrei.store.library.search import search_ids
from tests.helpers import content_of, count


def _found(library: Library, query: str) -> list[int]:
    with library.read() as connection:
        return search_ids(connection, query)


def _detail(library: Library, objection_id: int) -> ObjectionDetail:
    with library.read() as connection:
        detail = read_objection_detail(connection, objection_id)
    assert detail is not None
    return detail


@pytest.fixture
def objection(empty_library: Library) -> int:
    return objection_edits.create_objection(empty_library, "  Too expensive  ")


def test_create_objection_is_searchable_and_stripped(
    empty_library: Library, objection: int
) -> None:
    detail = _detail(empty_library, objection)
    assert detail.text == "Too expensive"
    assert _found(empty_library, "expen") == [objection]
    assert check_library(empty_library) == []


@pytest.mark.parametrize("blank", ["", "   ", "\n\t"])
def test_empty_texts_are_refused_and_change_nothing(
    empty_library: Library, objection: int, blank: str
) -> None:
    before = content_of(empty_library)
    with pytest.raises(EmptyTextError):
        objection_edits.create_objection(empty_library, blank)
    with pytest.raises(EmptyTextError):
        objection_edits.set_objection_text(empty_library, objection, "text", blank)
    with pytest.raises(EmptyTextError):
        response_edits.add_response(empty_library, objection, blank)
    assert content_of(empty_library) == before


def test_set_text_returns_previous_and_reindexes(empty_library: Library, objection: int) -> None:
    previous = objection_edits.set_objection_text(empty_library, objection, "text", "Zu teuer")
    assert previous == "Too expensive"
    assert _found(empty_library, "teuer") == [objection]
    assert _found(empty_library, "expensive") == []
    objection_edits.set_objection_text(empty_library, objection, "concern", "Sieht den Wert nicht")
    objection_edits.set_objection_text(
        empty_library, objection, "probing_questions", "Womit?\nWarum?"
    )
    assert _found(empty_library, "wert") == [objection]
    assert _detail(empty_library, objection).probing_questions == "Womit?\nWarum?"
    assert check_library(empty_library) == []


def test_unchanged_text_is_not_counted_as_a_change(empty_library: Library, objection: int) -> None:
    with empty_library.read() as connection:
        version = connection.execute(text("SELECT version FROM objections")).scalar_one()
    objection_edits.set_objection_text(empty_library, objection, "text", "Too expensive ")
    with empty_library.read() as connection:
        assert connection.execute(text("SELECT version FROM objections")).scalar_one() == version


def test_missing_objection(empty_library: Library) -> None:
    with pytest.raises(NotFoundError):
        objection_edits.set_objection_text(empty_library, 404, "text", "x")


def test_kind_favourite_and_category_with_undo(library: Library) -> None:
    with library.read() as connection:
        ids = list(connection.execute(text("SELECT id FROM objections LIMIT 3")).scalars())
        categories = list(connection.execute(text("SELECT id FROM categories")).scalars())
    assert objection_edits.set_kind(library, ids[0], "brush_off") == "real"
    with pytest.raises(ValueError):
        objection_edits.set_kind(library, ids[0], "nonsense")

    before = {i: _detail(library, i).favourite for i in ids}
    previous = objection_edits.set_favourite(library, ids, True)
    assert previous == before
    assert all(_detail(library, i).favourite for i in ids)
    objection_edits.restore_favourites(library, previous)
    assert {i: _detail(library, i).favourite for i in ids} == before

    categories_before = {i: _detail(library, i).category_id for i in ids}
    moved = objection_edits.move_to_category(library, ids, categories[-1])
    assert moved == categories_before
    assert {_detail(library, i).category_id for i in ids} == {categories[-1]}
    objection_edits.move_to_category(library, ids, None)
    assert {_detail(library, i).category_id for i in ids} == {None}
    objection_edits.restore_categories(library, moved)
    assert {i: _detail(library, i).category_id for i in ids} == categories_before
    with pytest.raises(NotFoundError):
        objection_edits.move_to_category(library, ids, 9999)


def test_tags_are_created_cleaned_searchable_and_pruned(
    empty_library: Library, objection: int
) -> None:
    assert (
        objection_edits.set_tags(
            empty_library, objection, ["  big   deal ", "Budget", "budget", ""]
        )
        == ()
    )
    assert _detail(empty_library, objection).tags == ("big deal", "Budget")
    assert _found(empty_library, "deal") == [objection]
    previous = objection_edits.set_tags(empty_library, objection, ["budget"])
    assert previous == ("big deal", "Budget")
    assert count(empty_library, "tags") == 1  # "big deal" is used nowhere any more
    objection_edits.set_tags(empty_library, objection, previous)
    assert _detail(empty_library, objection).tags == ("big deal", "Budget")
    assert check_library(empty_library) == []


def test_delete_and_restore(library: Library) -> None:
    found = _found(library, "expensive")
    assert found
    target = found[0]
    assert objection_edits.delete_objections(library, [target, target]) == [target]
    assert objection_edits.delete_objections(library, [target]) == []
    assert target not in _found(library, "expensive")
    assert _detail(library, target).deleted
    assert objection_edits.restore_objections(library, [target]) == [target]
    assert objection_edits.restore_objections(library, [target]) == []
    assert target in _found(library, "expensive")
    assert check_library(library) == []


def test_purge_only_takes_trashed_objections_and_reinstates_everything(library: Library) -> None:
    target = _found(library, "persistent")[0]
    with library.write() as connection:
        # Rows other features hang on an objection: a plan that expects it, its drill state.
        connection.execute(text("INSERT INTO customers (name, version) VALUES ('Anna', 1)"))
        connection.execute(
            text("INSERT INTO call_plans (customer_id, status, version) VALUES (1, 'draft', 1)")
        )
        response = connection.execute(
            text("SELECT min(id) FROM responses WHERE objection_id = :id"), {"id": target}
        ).scalar_one()
        connection.execute(
            text(
                "INSERT INTO plan_objections (plan_id, objection_id, response_id) "
                "VALUES (1, :o, :r)"
            ),
            {"o": target, "r": response},
        )
        connection.execute(
            text("INSERT INTO review_states (objection_id, due) VALUES (:o, '2030-01-01')"),
            {"o": target},
        )
    before = content_of(library)
    snapshot = objection_edits.purge_objections(library, [target])
    assert snapshot.ids("objections") == []  # not in the Trash: left alone
    objection_edits.delete_objections(library, [target])
    snapshot = objection_edits.purge_objections(library, [target])
    assert snapshot.ids("objections") == [target]
    assert count(library, "objections", f"id = {target}") == 0
    assert count(library, "plan_objections") == 0
    assert count(library, "review_states") == 0
    objection_edits.reinstate(library, snapshot)
    objection_edits.restore_objections(library, [target])
    assert content_of(library) == before
    assert count(library, "plan_objections", f"response_id = {response}") == 1
    assert count(library, "review_states") == 1
    assert check_library(library) == []


def test_reinstate_recreates_a_pruned_tag(empty_library: Library, objection: int) -> None:
    objection_edits.set_tags(empty_library, objection, ["solo"])
    snapshot = objection_edits.purge_objections(empty_library, [objection], trashed_only=False)
    assert count(empty_library, "tags") == 0
    objection_edits.reinstate(empty_library, snapshot)
    assert _detail(empty_library, objection).tags == ("solo",)
    assert _found(empty_library, "solo") == [objection]


def test_responses_add_edit_remove_discard(empty_library: Library, objection: int) -> None:
    first = response_edits.add_response(empty_library, objection, " Compared with what? ")
    second = response_edits.add_response(
        empty_library, objection, "Let us look at value", follow_up=" What counts? "
    )
    detail = _detail(empty_library, objection)
    assert [(r.id, r.text, r.follow_up) for r in detail.responses] == [
        (first, "Compared with what?", ""),
        (second, "Let us look at value", "What counts?"),
    ]
    assert _found(empty_library, "compared") == [objection]
    assert response_edits.set_response_text(empty_library, first, "text", "Womit?") == (
        "Compared with what?"
    )
    assert _found(empty_library, "compared") == []
    with pytest.raises(EmptyTextError):
        response_edits.set_response_text(empty_library, first, "text", " ")
    assert response_edits.set_response_text(empty_library, second, "follow_up", "") == (
        "What counts?"
    )

    response_edits.remove_response(empty_library, first)
    assert [r.id for r in _detail(empty_library, objection).responses] == [second]
    assert _found(empty_library, "womit") == []
    response_edits.unremove_response(empty_library, first)
    assert [r.id for r in _detail(empty_library, objection).responses] == [first, second]

    snapshot = response_edits.discard_response(empty_library, second)
    assert count(empty_library, "responses") == 1
    objection_edits.reinstate(empty_library, snapshot)
    assert [r.id for r in _detail(empty_library, objection).responses] == [first, second]
    assert check_library(empty_library) == []


def test_technique(library: Library) -> None:
    with library.read() as connection:
        response, technique = connection.execute(
            text("SELECT id, technique_id FROM responses LIMIT 1")
        ).one()
        other = connection.execute(
            text("SELECT id FROM techniques WHERE id != :t LIMIT 1"), {"t": technique}
        ).scalar_one()
    assert response_edits.set_response_technique(library, response, other) == technique
    assert response_edits.set_response_technique(library, response, None) == other
    assert response_edits.set_response_technique(library, response, 9999) is None


def test_reorder_responses(empty_library: Library, objection: int) -> None:
    ids = [response_edits.add_response(empty_library, objection, t) for t in "ABC"]
    order = [ids[0], ids[2], ids[1]]
    assert response_edits.reorder_responses(empty_library, objection, order) == ids
    with empty_library.read() as connection:
        assert response_order(connection, objection) == order
    # Responses not named keep their order after the named ones.
    response_edits.reorder_responses(empty_library, objection, [ids[1]])
    with empty_library.read() as connection:
        assert response_order(connection, objection) == [ids[1], ids[0], ids[2]]
