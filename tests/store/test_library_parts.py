"""One part type, one condition: listing, search, printing and drills agree on what a part holds."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from einwandfrei.planning.library_part import WHOLE_LIBRARY, LibraryPart, PartKind
from einwandfrei.store.calls.plans import save_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library import objection_edits
from einwandfrei.store.library.library_parts import RECENT_LIMIT, part_choices, part_condition
from einwandfrei.store.library.listing import list_ids, members, search_view
from einwandfrei.store.library.print_selection import read_selection
from einwandfrei.store.library.record_reading import read_objections
from einwandfrei.store.practice.drill_scope import part_objection_ids, unseen_objection_ids
from tests.store.plan_fixtures import ready_plan


def _ids(library: Library, sql: str, **parameters: object) -> set[int]:
    with library.read() as connection:
        return set(connection.execute(text(sql), parameters).scalars())


def _one(library: Library, sql: str, **parameters: object) -> object:
    with library.read() as connection:
        return connection.execute(text(sql), parameters).scalar_one()


@pytest.fixture
def shaped(library: Library) -> Library:
    """The starter library with favourites, an objection in the Trash and one without category."""
    with library.read() as connection:
        ids = [record.id or 0 for record in read_objections(connection)]
    objection_edits.set_favourite(library, ids[:3], True)
    objection_edits.delete_objections(library, [ids[3]])
    objection_edits.move_to_category(library, [ids[4]], None)
    return library


def _expected(library: Library) -> dict[LibraryPart, set[int]]:
    """What each part holds, written out with plain SQL on the tables."""
    live = "SELECT id FROM objections WHERE deleted_at IS NULL"
    category = _one(library, "SELECT category_id FROM objections WHERE id = 1")
    tag = _one(library, "SELECT min(tag_id) FROM objection_tags")
    category_name = _one(library, "SELECT name FROM categories WHERE id = :i", i=category)
    tag_name = _one(library, "SELECT name FROM tags WHERE id = :i", i=tag)
    return {
        WHOLE_LIBRARY: _ids(library, live),
        LibraryPart(PartKind.FAVOURITES): _ids(library, live + " AND is_favorite"),
        LibraryPart(PartKind.TRASH): _ids(
            library, "SELECT id FROM objections WHERE deleted_at IS NOT NULL"
        ),
        LibraryPart(PartKind.UNCATEGORISED): _ids(library, live + " AND category_id IS NULL"),
        LibraryPart(PartKind.CATEGORY, int(str(category))): _ids(
            library, live + " AND category_id = :c", c=category
        ),
        LibraryPart(PartKind.CATEGORY, name=f"  {str(category_name).upper()} "): _ids(
            library, live + " AND category_id = :c", c=category
        ),
        LibraryPart(PartKind.TAG, int(str(tag))): _ids(
            library,
            live + " AND id IN (SELECT objection_id FROM objection_tags WHERE tag_id = :t)",
            t=tag,
        ),
        LibraryPart(PartKind.TAG, name=str(tag_name).lower()): _ids(
            library,
            live + " AND id IN (SELECT objection_id FROM objection_tags WHERE tag_id = :t)",
            t=tag,
        ),
        LibraryPart.of_ids([5, 2, 4, 999]): {5, 2},  # 4 is in the Trash, 999 does not exist
        LibraryPart(PartKind.RECENT): _recent(library),
    }


def _recent(library: Library) -> set[int]:
    with library.read() as connection:
        return set(
            connection.execute(
                text(
                    "SELECT id FROM objections WHERE deleted_at IS NULL "
                    "ORDER BY updated_at DESC, id DESC LIMIT :n"
                ),
                {"n": RECENT_LIMIT},
            ).scalars()
        )


def test_listing_and_drills_hold_what_each_part_holds(shaped: Library) -> None:
    for part, expected in _expected(shaped).items():
        assert expected, part
        with shaped.read() as connection:
            assert set(list_ids(connection, part)) == expected, part
            assert members(connection, part, [*expected, 4, 999]) == expected, part
            if not part.is_trash:
                assert set(part_objection_ids(connection, part)) == expected, part
                unseen = unseen_objection_ids(connection, 1_000, part)
                assert set(unseen) == expected, part  # nothing drilled yet


def test_search_and_printing_keep_to_the_part(shaped: Library) -> None:
    with shaped.read() as connection:
        for query in ("the", "you", "pric"):
            everywhere = set(search_view(connection, query, WHOLE_LIBRARY, 10_000))
            assert everywhere, query
            for part, expected in _expected(shaped).items():
                if not part.is_trash:
                    found = set(search_view(connection, query, part, 10_000))
                    assert found == everywhere & expected, (query, part)
        for part, expected in _expected(shaped).items():
            if part.kind in (PartKind.ALL, PartKind.FAVOURITES, PartKind.CATEGORY, PartKind.TAG):
                printed = read_selection(connection, part)
                assert {record.id for record in printed.objections} == expected, part


def test_a_plan_part_holds_the_objections_expected_in_the_call(library: Library) -> None:

    plan = save_plan(library, ready_plan(library))
    expected = {planned.objection_id for planned in plan.objections if planned.was_expected} - {
        None
    }
    assert expected
    with library.read() as connection:
        part = LibraryPart(PartKind.PLAN, plan.id)
        assert set(list_ids(connection, part)) == expected
        assert set(part_objection_ids(connection, part)) == expected


def test_choices_name_the_categories_and_tags_in_use(shaped: Library) -> None:
    with shaped.read() as connection:
        choices = part_choices(connection)
        records = read_objections(connection)
    assert [entry.name for entry in choices.categories] == list(
        dict.fromkeys(record.category for record in records if record.category)
    )
    assert {entry.name for entry in choices.tags} == {t for r in records for t in r.tags}
    assert choices.has_favourites


@pytest.mark.parametrize(
    ("key", "part"),
    [
        ("all", WHOLE_LIBRARY),
        ("favourites", LibraryPart(PartKind.FAVOURITES)),
        ("recent", LibraryPart(PartKind.RECENT)),
        ("trash", LibraryPart(PartKind.TRASH)),
        ("uncategorised", LibraryPart(PartKind.UNCATEGORISED)),
        ("category:3", LibraryPart(PartKind.CATEGORY, 3)),
        ("tag:12", LibraryPart(PartKind.TAG, 12)),
        ("plan:7", LibraryPart(PartKind.PLAN, 7)),
        ("category:", WHOLE_LIBRARY),
        ("category", WHOLE_LIBRARY),
        ("ids", WHOLE_LIBRARY),
        ("shelf:2", WHOLE_LIBRARY),
    ],
)
def test_settings_keys_of_every_version_are_read(key: str, part: LibraryPart) -> None:
    # The first six are what the sidebar saved before parts were one type.
    assert LibraryPart.from_key(key) == part


def test_a_category_or_tag_part_needs_what_it_names() -> None:
    with pytest.raises(ValueError, match="needs the id or name"):
        part_condition(LibraryPart(PartKind.CATEGORY))
    with pytest.raises(ValueError, match="needs the id or name"):
        part_condition(LibraryPart(PartKind.PLAN, name="x"))
