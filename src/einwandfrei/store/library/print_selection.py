"""Which objections to print: the whole library, a category, a tag, the favourites or given ids.

Plain reads through `record_reading` (no SQLAlchemy import needed); every function takes a sqlite3
connection or a SQLAlchemy `Connection` from `Library.read()`.
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.library_content import ObjectionRecord, ResponseRecord
from einwandfrei.store.db.errors import NotFoundError
from einwandfrei.store.db.sqlite_access import AnyConnection, driver_connection
from einwandfrei.store.library.record_reading import (
    LIBRARY_ORDER,
    OBJECTION_COLUMNS,
    read_objections,
    records_for_rows,
)


class Scope(enum.StrEnum):
    """What a selection covers."""

    ALL = "all"
    CATEGORY = "category"
    TAG = "tag"
    FAVORITES = "favorites"
    IDS = "ids"


@dataclass(frozen=True, slots=True)
class Selection:
    """A description of the objections to print; `name` is the category or tag name."""

    scope: Scope = Scope.ALL
    name: str = ""
    ids: tuple[int, ...] = ()

    @classmethod
    def of_ids(cls, ids: Sequence[int]) -> Selection:
        """The given objections, in that order."""
        return cls(Scope.IDS, ids=tuple(ids))


@dataclass(frozen=True, slots=True)
class SelectedObjections:
    """The objections a selection found, and the library's category order for grouping them."""

    selection: Selection
    objections: tuple[ObjectionRecord, ...]
    category_order: tuple[str, ...]
    name: str = ""  # the category or tag name as the library spells it


class EmptySelectionError(NotFoundError):
    """A selection exists but holds no objections, so there is nothing to print."""


def read_selection(connection: AnyConnection, selection: Selection) -> SelectedObjections:
    """The live objections `selection` describes, with their responses and tags.

    Raises `NotFoundError` for an unknown category or tag and `EmptySelectionError` when nothing
    is left to print; each message is one sentence.
    """
    db = driver_connection(connection)
    name = selection.name
    if selection.scope is Scope.ALL:
        objections = read_objections(db)
        empty = Message(
            QT_TRANSLATE_NOOP(
                "Messages", "The library holds no objections yet, so there is nothing to print."
            )
        )
    elif selection.scope is Scope.IDS:
        objections = read_objections(db, selection.ids)
        empty = Message(
            QT_TRANSLATE_NOOP(
                "Messages", "None of the chosen objections is in the library any more."
            )
        )
    elif selection.scope is Scope.FAVORITES:
        rows = db.execute(
            OBJECTION_COLUMNS + "WHERE o.deleted_at IS NULL AND o.is_favorite" + LIBRARY_ORDER
        ).fetchall()
        objections = records_for_rows(db, rows)
        empty = Message(QT_TRANSLATE_NOOP("Messages", "No objection is marked as a favourite yet."))
    elif selection.scope is Scope.CATEGORY:
        name = _spelled(
            db,
            "categories",
            selection.name,
            QT_TRANSLATE_NOOP("Messages", "There is no category named “{name}” in the library."),
        )
        rows = db.execute(
            OBJECTION_COLUMNS + "WHERE o.deleted_at IS NULL AND c.name = ?" + LIBRARY_ORDER,
            (name,),
        ).fetchall()
        objections = records_for_rows(db, rows)
        empty = Message(
            QT_TRANSLATE_NOOP("Messages", "The category “{name}” holds no objections."), name=name
        )
    else:
        name = _spelled(
            db,
            "tags",
            selection.name,
            QT_TRANSLATE_NOOP("Messages", "There is no tag named “{name}” in the library."),
        )
        rows = db.execute(
            OBJECTION_COLUMNS + "JOIN objection_tags ot ON ot.objection_id = o.id "
            "JOIN tags t ON t.id = ot.tag_id WHERE o.deleted_at IS NULL AND t.name = ?"
            + LIBRARY_ORDER,
            (name,),
        ).fetchall()
        objections = records_for_rows(db, rows)
        empty = Message(
            QT_TRANSLATE_NOOP("Messages", "No objection carries the tag “{name}”."), name=name
        )
    if not objections:
        raise EmptySelectionError(empty)
    order = tuple(
        row[0] for row in db.execute("SELECT name FROM categories ORDER BY position, name")
    )
    return SelectedObjections(selection, tuple(objections), order, name)


def _spelled(db: sqlite3.Connection, table: str, name: str, unknown: str) -> str:
    """The stored spelling of a category or tag name (matched ignoring case), or NotFoundError.

    `unknown` is the template of the sentence for a name that is not there.
    """
    row = db.execute(
        f"SELECT name FROM {table} WHERE name = ? COLLATE NOCASE", (name.strip(),)
    ).fetchone()
    if row is None:
        raise NotFoundError(Message(unknown, name=name))
    return str(row[0])


def success_rate(response: ResponseRecord) -> float:
    """How often a response worked when it was used (0 when it was never used)."""
    return response.times_worked / response.times_used if response.times_used else 0.0


def best_response(responses: Sequence[ResponseRecord]) -> ResponseRecord | None:
    """The response to print first: the highest success rate, then the earliest position."""
    if not responses:
        return None
    ranked = sorted(enumerate(responses), key=lambda item: (-success_rate(item[1]), item[0]))
    return ranked[0][1]


def other_responses(
    responses: Sequence[ResponseRecord], best: ResponseRecord | None
) -> tuple[ResponseRecord, ...]:
    """Every response but `best` (the same id, or an equal record), in their own order."""
    if best is None:
        return tuple(responses)
    if best.id is not None:
        return tuple(response for response in responses if response.id != best.id)
    return tuple(response for response in responses if response != best)


def category_names(connection: AnyConnection) -> list[str]:
    """The categories that hold live objections, in display order (for choosing what to print)."""
    return [
        name
        for (name,) in driver_connection(connection).execute(
            "SELECT c.name FROM categories c WHERE EXISTS (SELECT 1 FROM objections o "
            "WHERE o.category_id = c.id AND o.deleted_at IS NULL) ORDER BY c.position, c.name"
        )
    ]


def tag_names(connection: AnyConnection) -> list[str]:
    """The tags on live objections, alphabetically (ignoring case)."""
    return [
        name
        for (name,) in driver_connection(connection).execute(
            "SELECT t.name FROM tags t WHERE EXISTS (SELECT 1 FROM objection_tags ot JOIN "
            "objections o ON o.id = ot.objection_id WHERE ot.tag_id = t.id AND "
            "o.deleted_at IS NULL) ORDER BY t.name COLLATE NOCASE"
        )
    ]


def has_favorites(connection: AnyConnection) -> bool:
    """Whether any live objection is a favourite."""
    row = (
        driver_connection(connection)
        .execute("SELECT 1 FROM objections WHERE is_favorite AND deleted_at IS NULL LIMIT 1")
        .fetchone()
    )
    return row is not None
