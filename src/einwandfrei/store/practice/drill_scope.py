"""What a drill session draws from: never-drilled objections, a category, a tag, the favourites.

Reading only; the schedules themselves are in `store.practice.review_state`. Objections in
the Trash are never offered.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, exists, not_, select
from sqlalchemy.sql.elements import ColumnElement

from einwandfrei.store.db.tables import categories, objection_tags, objections, review_states, tags
from einwandfrei.store.library.search import SearchFilter

_CHUNK = 500

# The whole library as a drill scope.
EVERYTHING = SearchFilter()


def _scope_conditions(scope: SearchFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [objections.c.deleted_at.is_(None)]
    if scope.category_id is not None:
        conditions.append(objections.c.category_id == scope.category_id)
    if scope.tag_id is not None:
        conditions.append(
            exists().where(
                objection_tags.c.objection_id == objections.c.id,
                objection_tags.c.tag_id == scope.tag_id,
            )
        )
    if scope.favorites_only:
        conditions.append(objections.c.is_favorite.is_(True))
    return conditions


def _unseen() -> ColumnElement[bool]:
    return not_(exists().where(review_states.c.objection_id == objections.c.id))


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
            select(objections.c.id)
            .where(*_scope_conditions(scope), _unseen(), objections.c.is_favorite.is_(favourite))
            .order_by(objections.c.id)
            .limit(limit - len(found) + len(skipped))
        )
        found += [i for i in connection.scalars(query) if i not in skipped][: limit - len(found)]
    return found


def count_unseen(connection: Connection, limit: int, excluding: Iterable[int] = ()) -> int:
    """How many live objections were never drilled, counting no further than `limit`."""
    skipped = set(excluding)
    first = (
        select(objections.c.id)
        .where(objections.c.deleted_at.is_(None), _unseen())
        .limit(max(0, limit) + len(skipped))
        .subquery()
    )
    found = [i for i in connection.scalars(select(first.c.id)) if i not in skipped]
    return min(len(found), max(0, limit))


def scope_objection_ids(connection: Connection, scope: SearchFilter) -> list[int]:
    """The live objections of a category, a tag or the favourites, in library order."""
    query = (
        select(objections.c.id)
        .outerjoin(categories, categories.c.id == objections.c.category_id)
        .where(*_scope_conditions(scope))
        .order_by(categories.c.position.is_(None), categories.c.position, objections.c.id)
    )
    return list(connection.scalars(query))


def objection_texts(connection: Connection, objection_ids: Iterable[int]) -> dict[int, str]:
    """The customer's words of each live objection, by id."""
    wanted = list(dict.fromkeys(objection_ids))
    texts: dict[int, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for objection_id, words in connection.execute(
            select(objections.c.id, objections.c.text).where(
                objections.c.id.in_(chunk), objections.c.deleted_at.is_(None)
            )
        ):
            texts[objection_id] = words
    return texts


def scope_choices(connection: Connection) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The categories and the tags that hold live objections, as (id, name), in display order."""
    in_categories = [
        (row.id, row.name)
        for row in connection.execute(
            select(categories.c.id, categories.c.name)
            .where(
                exists().where(
                    objections.c.category_id == categories.c.id, objections.c.deleted_at.is_(None)
                )
            )
            .order_by(categories.c.position, categories.c.name)
        )
    ]
    with_tags = [
        (row.id, row.name)
        for row in connection.execute(
            select(tags.c.id, tags.c.name)
            .where(
                exists().where(
                    objection_tags.c.tag_id == tags.c.id,
                    objection_tags.c.objection_id == objections.c.id,
                    objections.c.deleted_at.is_(None),
                )
            )
            .order_by(tags.c.name)
        )
    ]
    return in_categories, with_tags
