"""What a drill session draws from: never-drilled objections, and the objections of a part.

Reading only; the schedules themselves are in `store.practice.review_state`. Objections in
the Trash are never offered. A part of the library narrows a query through
`store.library.library_parts.part_condition`, like everywhere else.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, TextClause, exists, not_, select, text
from sqlalchemy.sql.elements import ColumnElement

from einwandfrei.planning.library_part import WHOLE_LIBRARY, LibraryPart, PartKind
from einwandfrei.store.db.tables import categories, objections, review_states
from einwandfrei.store.library.library_parts import part_condition

_CHUNK = 500

# The objections as the part conditions name them.
_o = objections.alias("o")


def _in_part(part: LibraryPart) -> TextClause:
    if part.kind is PartKind.TRASH:
        raise ValueError("the Trash is never drilled")
    condition, parameters = part_condition(part, "o")
    return text(condition).bindparams(**parameters)


def _unseen() -> ColumnElement[bool]:
    return not_(exists().where(review_states.c.objection_id == _o.c.id))


def unseen_objection_ids(
    connection: Connection,
    limit: int,
    part: LibraryPart = WHOLE_LIBRARY,
    excluding: Iterable[int] = (),
) -> list[int]:
    """Live objections of `part` never drilled, favourites first, then in the order they were
    added.

    At most `limit`. Two short queries that walk the objections in id order and stop early, so
    this costs little even in a library of 100,000 objections.
    """
    skipped = set(excluding)
    found: list[int] = []
    for favourite in (True, False):
        if len(found) >= limit:
            break
        query = (
            select(_o.c.id)
            .where(_in_part(part), _unseen(), _o.c.is_favorite.is_(favourite))
            .order_by(_o.c.id)
            .limit(limit - len(found) + len(skipped))
        )
        found += [i for i in connection.scalars(query) if i not in skipped][: limit - len(found)]
    return found


def count_unseen(connection: Connection, limit: int, excluding: Iterable[int] = ()) -> int:
    """How many live objections were never drilled, counting no further than `limit`."""
    skipped = set(excluding)
    first = (
        select(_o.c.id)
        .where(_in_part(WHOLE_LIBRARY), _unseen())
        .limit(max(0, limit) + len(skipped))
        .subquery()
    )
    found = [i for i in connection.scalars(select(first.c.id)) if i not in skipped]
    return min(len(found), max(0, limit))


def part_objection_ids(connection: Connection, part: LibraryPart) -> list[int]:
    """The live objections of `part`, in library order."""
    query = (
        select(_o.c.id)
        .outerjoin(categories, categories.c.id == _o.c.category_id)
        .where(_in_part(part))
        .order_by(categories.c.position.is_(None), categories.c.position, _o.c.id)
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


def objection_labels(
    connection: Connection, objection_ids: Iterable[int]
) -> dict[int, tuple[str, str | None]]:
    """The customer's words and the category name of each live objection, by id (what a list of
    drills shows; far cheaper than reading whole records)."""
    wanted = list(dict.fromkeys(objection_ids))
    labels: dict[int, tuple[str, str | None]] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for objection_id, words, category in connection.execute(
            select(objections.c.id, objections.c.text, categories.c.name)
            .select_from(
                objections.outerjoin(categories, categories.c.id == objections.c.category_id)
            )
            .where(objections.c.id.in_(chunk), objections.c.deleted_at.is_(None))
        ):
            labels[objection_id] = (words, category)
    return labels
