"""What a drill session draws from: never-drilled objections, a category, a tag, the favourites.

Reading only; the schedules themselves are in `store.practice.review_state`. Objections in
the Trash are never offered.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, exists, not_, select
from sqlalchemy.sql.elements import ColumnElement

from einwandfrei.store.library.search import SearchFilter
from einwandfrei.store.models import Category, Objection, ReviewState, Tag, objection_tags

_CHUNK = 500

# The whole library as a drill scope.
EVERYTHING = SearchFilter()


def _scope_conditions(scope: SearchFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Objection.deleted_at.is_(None)]
    if scope.category_id is not None:
        conditions.append(Objection.category_id == scope.category_id)
    if scope.tag_id is not None:
        conditions.append(
            exists().where(
                objection_tags.c.objection_id == Objection.id,
                objection_tags.c.tag_id == scope.tag_id,
            )
        )
    if scope.favorites_only:
        conditions.append(Objection.is_favorite.is_(True))
    return conditions


def _unseen() -> ColumnElement[bool]:
    return not_(exists().where(ReviewState.objection_id == Objection.id))


def unseen_objection_ids(
    connection: Connection,
    limit: int,
    scope: SearchFilter = EVERYTHING,
    excluding: Iterable[int] = (),
) -> list[int]:
    """Live objections never drilled, favourites first, then in the order they were added.

    At most `limit`. Two short queries that walk the objections in id order and stop early, so
    this costs little even in a library of 100,000 objections.
    """
    skipped = set(excluding)
    found: list[int] = []
    for favourite in (True, False):
        if len(found) >= limit:
            break
        query = (
            select(Objection.id)
            .where(*_scope_conditions(scope), _unseen(), Objection.is_favorite.is_(favourite))
            .order_by(Objection.id)
            .limit(limit - len(found) + len(skipped))
        )
        found += [i for i in connection.scalars(query) if i not in skipped][: limit - len(found)]
    return found


def count_unseen(connection: Connection, limit: int, excluding: Iterable[int] = ()) -> int:
    """How many live objections were never drilled, counting no further than `limit`."""
    skipped = set(excluding)
    first = (
        select(Objection.id)
        .where(Objection.deleted_at.is_(None), _unseen())
        .limit(max(0, limit) + len(skipped))
        .subquery()
    )
    found = [i for i in connection.scalars(select(first.c.id)) if i not in skipped]
    return min(len(found), max(0, limit))


def scope_objection_ids(connection: Connection, scope: SearchFilter) -> list[int]:
    """The live objections of a category, a tag or the favourites, in library order."""
    query = (
        select(Objection.id)
        .outerjoin(Category, Category.id == Objection.category_id)
        .where(*_scope_conditions(scope))
        .order_by(Category.position.is_(None), Category.position, Objection.id)
    )
    return list(connection.scalars(query))


def objection_texts(connection: Connection, objection_ids: Iterable[int]) -> dict[int, str]:
    """The customer's words of each live objection, by id."""
    wanted = list(dict.fromkeys(objection_ids))
    texts: dict[int, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for objection_id, words in connection.execute(
            select(Objection.id, Objection.text).where(
                Objection.id.in_(chunk), Objection.deleted_at.is_(None)
            )
        ):
            texts[objection_id] = words
    return texts


def scope_choices(connection: Connection) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The categories and the tags that hold live objections, as (id, name), in display order."""
    categories = [
        (row.id, row.name)
        for row in connection.execute(
            select(Category.id, Category.name)
            .where(
                exists().where(Objection.category_id == Category.id, Objection.deleted_at.is_(None))
            )
            .order_by(Category.position, Category.name)
        )
    ]
    tags = [
        (row.id, row.name)
        for row in connection.execute(
            select(Tag.id, Tag.name)
            .where(
                exists().where(
                    objection_tags.c.tag_id == Tag.id,
                    objection_tags.c.objection_id == Objection.id,
                    Objection.deleted_at.is_(None),
                )
            )
            .order_by(Tag.name)
        )
    ]
    return categories, tags
