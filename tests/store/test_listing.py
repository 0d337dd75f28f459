"""The library window's list queries: views, sorting, pages of rows, counts, search in a view."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from einwandfrei.interchange.files import import_content
from einwandfrei.planning.library_content import LibraryContent, ObjectionRecord, ResponseRecord
from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.text_order import text_order
from einwandfrei.store.library import objection_edits, response_edits
from einwandfrei.store.library.listing import (
    RECENT_LIMIT,
    Sort,
    SortKey,
    count_views,
    list_ids,
    members,
    read_rows,
    search_view,
    sort_ids,
)
from einwandfrei.store.library.named_lists import list_categories, list_tags


def _ids_of(library: Library, view: LibraryPart, sort: Sort | None = None) -> list[int]:
    with library.read() as connection:
        return list_ids(connection, view, sort)


def _texts(library: Library, ids: list[int]) -> list[str]:
    with library.read() as connection:
        rows = read_rows(connection, ids)
    return [rows[i].text for i in ids]


def _category_id(library: Library, name: str) -> int:
    with library.read() as connection:
        return next(entry.id for entry in list_categories(connection) if entry.name == name)


@pytest.fixture
def small(empty_library: Library) -> Library:
    """Four objections whose sort orders all differ."""
    import_content(
        empty_library,
        LibraryContent(
            objections=(
                ObjectionRecord(
                    "Zu teuer",
                    "Price",
                    responses=(ResponseRecord("A", times_used=4, times_worked=1),),
                    tags=("budget",),
                ),
                ObjectionRecord(
                    "Ärger mit dem Lieferanten",
                    "Trust",
                    responses=(
                        ResponseRecord("B", times_used=2, times_worked=2),
                        ResponseRecord("C"),
                    ),
                    favorite=True,
                ),
                ObjectionRecord("busy right now", None),
                ObjectionRecord(
                    "Another offer is cheaper",
                    "Price",
                    responses=(ResponseRecord("D"), ResponseRecord("E"), ResponseRecord("F")),
                    tags=("budget", "competitor"),
                ),
            ),
        ),
    )
    return empty_library


def test_all_lists_live_objections_in_library_order(small: Library) -> None:
    ids = _ids_of(small, LibraryPart())
    assert _texts(small, ids) == [
        "Zu teuer",
        "Another offer is cheaper",
        "Ärger mit dem Lieferanten",
        "busy right now",
    ]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (Sort(SortKey.TEXT), ["Another", "Ärger", "busy", "Zu"]),
        (Sort(SortKey.TEXT, descending=True), ["Zu", "busy", "Ärger", "Another"]),
        (Sort(SortKey.CATEGORY), ["Another", "Zu", "Ärger", "busy"]),
        (Sort(SortKey.RESPONSES), ["busy", "Zu", "Ärger", "Another"]),
        (Sort(SortKey.RESPONSES, descending=True), ["Another", "Ärger", "Zu", "busy"]),
        (Sort(SortKey.SUCCESS), ["Zu", "Ärger", "Another", "busy"]),
        (Sort(SortKey.SUCCESS, descending=True), ["Ärger", "Zu", "Another", "busy"]),
        (Sort(SortKey.FAVOURITE), ["Ärger", "Zu", "Another", "busy"]),
    ],
)
def test_sorting(small: Library, sort: Sort, expected: list[str]) -> None:
    texts = _texts(small, _ids_of(small, LibraryPart(), sort))
    assert [t.split()[0] for t in texts] == expected


def test_sort_ids_orders_search_results_and_drops_missing(small: Library) -> None:
    ids = _ids_of(small, LibraryPart())
    with small.read() as connection:
        ordered = sort_ids(connection, [*reversed(ids), 9999], Sort(SortKey.TEXT))
    assert ordered == _ids_of(small, LibraryPart(), Sort(SortKey.TEXT))


def test_views_filter(small: Library) -> None:
    price = _category_id(small, "Price")
    with small.read() as connection:
        budget = next(t.id for t in list_tags(connection) if t.name == "budget")
    assert _texts(small, _ids_of(small, LibraryPart(PartKind.CATEGORY, price))) == [
        "Zu teuer",
        "Another offer is cheaper",
    ]
    assert _texts(small, _ids_of(small, LibraryPart(PartKind.UNCATEGORISED))) == ["busy right now"]
    assert _texts(small, _ids_of(small, LibraryPart(PartKind.FAVOURITES))) == [
        "Ärger mit dem Lieferanten"
    ]
    assert len(_ids_of(small, LibraryPart(PartKind.TAG, budget))) == 2
    assert _ids_of(small, LibraryPart(PartKind.TRASH)) == []


def test_trash_and_recent(small: Library) -> None:
    ids = _ids_of(small, LibraryPart())
    objection_edits.delete_objections(small, [ids[0]])
    objection_edits.set_objection_text(small, ids[2], "concern", "edited last")
    assert _ids_of(small, LibraryPart(PartKind.TRASH)) == [ids[0]]
    assert ids[0] not in _ids_of(small, LibraryPart())
    assert _ids_of(small, LibraryPart(PartKind.RECENT))[0] == ids[2]
    assert ids[0] not in _ids_of(small, LibraryPart(PartKind.RECENT))


def test_recent_is_limited(library: Library) -> None:
    assert len(_ids_of(library, LibraryPart(PartKind.RECENT))) == min(RECENT_LIMIT, 49)


def test_rows_carry_the_list_columns(small: Library) -> None:
    ids = _ids_of(small, LibraryPart())
    with small.read() as connection:
        rows = read_rows(connection, ids)
    first, _, trust, busy = (rows[i] for i in ids)
    assert (first.category, first.responses, first.success_rate) == ("Price", 1, 0.25)
    assert (trust.favourite, trust.responses, trust.success_rate) == (True, 2, 1.0)
    assert (busy.category, busy.responses, busy.success_rate) == (None, 0, None)


def test_removed_responses_do_not_count(small: Library) -> None:
    ids = _ids_of(small, LibraryPart())
    with small.read() as connection:
        response_id = connection.execute(
            text("SELECT id FROM responses WHERE objection_id = :id"), {"id": ids[0]}
        ).scalar_one()
    response_edits.remove_response(small, response_id)
    with small.read() as connection:
        row = read_rows(connection, [ids[0]])[ids[0]]
    assert (row.responses, row.success_rate) == (0, None)


def test_counts(small: Library) -> None:
    ids = _ids_of(small, LibraryPart())
    objection_edits.delete_objections(small, [ids[1]])
    with small.read() as connection:
        counts = count_views(connection)
        budget = next(t.id for t in list_tags(connection) if t.name == "budget")
    price = _category_id(small, "Price")
    assert (counts.total, counts.favourites, counts.uncategorised, counts.trash) == (3, 1, 1, 1)
    assert counts.of(LibraryPart(PartKind.CATEGORY, price)) == 1
    assert counts.of(LibraryPart(PartKind.TAG, budget)) == 1
    assert counts.of(LibraryPart(PartKind.RECENT)) is None


def test_search_within_views(small: Library) -> None:
    price = _category_id(small, "Price")
    with small.read() as connection:
        everywhere = search_view(connection, "teu", LibraryPart())
        in_price = search_view(connection, "off", LibraryPart(PartKind.CATEGORY, price))
        favourites = search_view(connection, "arger", LibraryPart(PartKind.FAVOURITES))
        uncategorised = search_view(connection, "bus", LibraryPart(PartKind.UNCATEGORISED))
    assert _texts(small, everywhere) == ["Zu teuer"]
    assert _texts(small, in_price) == ["Another offer is cheaper"]
    assert _texts(small, favourites) == ["Ärger mit dem Lieferanten"]
    assert _texts(small, uncategorised) == ["busy right now"]


def test_search_in_the_trash_folds_like_the_index(small: Library) -> None:
    ids = _ids_of(small, LibraryPart())
    objection_edits.delete_objections(small, ids)
    trash = LibraryPart(PartKind.TRASH)
    with small.read() as connection:
        assert _texts(small, search_view(connection, "ARGER", trash)) == [
            "Ärger mit dem Lieferanten"
        ]
        assert search_view(connection, "teuer zu", trash) == [ids[0]]
        assert search_view(connection, "nothing", trash) == []
        assert search_view(connection, "  ", trash) == []


@pytest.mark.parametrize(
    "view",
    [
        LibraryPart(),
        LibraryPart(PartKind.FAVOURITES),
        LibraryPart(PartKind.TRASH),
        LibraryPart(PartKind.CATEGORY, 3),
        LibraryPart(PartKind.TAG, 12),
        LibraryPart(PartKind.UNCATEGORISED),
    ],
)
def test_view_keys_round_trip(view: LibraryPart) -> None:
    assert LibraryPart.from_key(view.key()) == view


@pytest.mark.parametrize("key", ["", "bogus", "category", "category:x", "tag:"])
def test_unknown_view_keys_mean_everything(key: str) -> None:
    assert LibraryPart.from_key(key) == LibraryPart()


def test_members_tells_which_objections_belong_to_a_view(small: Library) -> None:
    ids = _ids_of(small, LibraryPart())
    price = _category_id(small, "Price")
    objection_edits.delete_objections(small, [ids[0]])
    with small.read() as connection:
        assert members(connection, LibraryPart(), ids) == set(ids[1:])
        assert members(connection, LibraryPart(PartKind.CATEGORY, price), ids) == {ids[1]}
        assert members(connection, LibraryPart(PartKind.TRASH), ids) == {ids[0]}
        assert members(connection, LibraryPart(PartKind.RECENT), ids) == set(ids[1:])
        assert members(connection, LibraryPart(), []) == set()


@pytest.fixture
def ties(empty_library: Library) -> Library:
    """Objections whose answers' counts and rates tie, so that the text decides among them."""

    def answers(*used_worked: tuple[int, int]) -> tuple[ResponseRecord, ...]:
        return tuple(
            ResponseRecord(f"R{n}", times_used=used, times_worked=worked)
            for n, (used, worked) in enumerate(used_worked)
        )

    import_content(
        empty_library,
        LibraryContent(
            objections=(
                ObjectionRecord("Zeit fehlt", None, responses=answers((2, 1))),
                ObjectionRecord("Übernahme unklar", None, responses=answers((4, 2))),
                ObjectionRecord("Angebot zu hoch", None, responses=answers((1, 1), (0, 0))),
                ObjectionRecord("Ärger gehabt", None, responses=answers((3, 3), (9, 0))),
                ObjectionRecord("ohne Antwort", None),
                ObjectionRecord("Budget weg", None, responses=answers((0, 0))),
                ObjectionRecord("Uhrzeit passt nicht", None, responses=answers((1, 0))),
            )
        ),
    )
    with empty_library.read() as connection:
        removed = connection.execute(
            text(
                "SELECT r.id FROM responses r JOIN objections o ON o.id = r.objection_id "
                "WHERE o.text = 'Ärger gehabt' AND r.times_used = 9"
            )
        ).scalar_one()
    response_edits.remove_response(empty_library, removed)  # the list counts live answers only
    return empty_library


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (
            Sort(SortKey.RESPONSES),
            ["ohne", "Ärger", "Budget", "Übernahme", "Uhrzeit", "Zeit", "Angebot"],
        ),
        (
            Sort(SortKey.RESPONSES, descending=True),
            ["Angebot", "Ärger", "Budget", "Übernahme", "Uhrzeit", "Zeit", "ohne"],
        ),
        (
            Sort(SortKey.SUCCESS),
            ["Uhrzeit", "Übernahme", "Zeit", "Angebot", "Ärger", "Budget", "ohne"],
        ),
        (
            Sort(SortKey.SUCCESS, descending=True),
            ["Angebot", "Ärger", "Übernahme", "Zeit", "Uhrzeit", "Budget", "ohne"],
        ),
    ],
)
def test_sorting_by_the_answers_ties_by_text(
    ties: Library, sort: Sort, expected: list[str]
) -> None:
    whole = _ids_of(ties, LibraryPart(), sort)
    assert [t.split()[0] for t in _texts(ties, whole)] == expected
    with ties.read() as connection:
        assert sort_ids(connection, list(reversed(whole)), sort) == whole


def test_the_text_order_of_a_whole_list_comes_from_its_index(ties: Library) -> None:
    # SQLite uses an index on an expression only for the very same expression: a change to the
    # list's text order needs a migration of the index too.
    with ties.read() as connection:
        plan = " ".join(
            str(row[3])
            for row in connection.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT o.id FROM objections o "
                    "LEFT JOIN categories c ON c.id = o.category_id WHERE o.deleted_at IS NULL "
                    f"ORDER BY {text_order('o.text')}, o.id"
                )
            )
        )
    assert "ix_objections_text_order" in plan
    assert "TEMP B-TREE" not in plan
