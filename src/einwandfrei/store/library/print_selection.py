"""What to print of the library: the objections of a part, ready for a layout; the best response.

Plain reads through `record_reading` (no SQLAlchemy import needed); every function takes a sqlite3
connection or a SQLAlchemy `Connection` from `Library.read()`. What can be printed is a
`LibraryPart`: the whole library, the favourites, a category, a tag or given objections.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.library_content import ObjectionRecord, ResponseRecord
from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.store.db.errors import NotFoundError
from einwandfrei.store.db.sqlite_access import AnyConnection, driver_connection
from einwandfrei.store.library.library_parts import part_condition
from einwandfrei.store.library.record_reading import (
    LIBRARY_ORDER,
    OBJECTION_COLUMNS,
    read_objections,
    records_for_rows,
)


@dataclass(frozen=True, slots=True)
class SelectedObjections:
    """The objections of a part, and the library's category order for grouping them."""

    part: LibraryPart
    objections: tuple[ObjectionRecord, ...]
    category_order: tuple[str, ...]
    name: str = ""  # the category or tag name as the library spells it


class EmptySelectionError(NotFoundError):
    """A part exists but holds no objections, so there is nothing to print."""


_UNKNOWN = {
    PartKind.CATEGORY: QT_TRANSLATE_NOOP(
        "Messages", "There is no category named “{name}” in the library."
    ),
    PartKind.TAG: QT_TRANSLATE_NOOP("Messages", "There is no tag named “{name}” in the library."),
}


def read_selection(connection: AnyConnection, part: LibraryPart) -> SelectedObjections:
    """The live objections of `part` (all, favourites, a category, a tag or given ids), with their
    responses and tags, in the library's order (given ids: in their order).

    Raises `NotFoundError` for an unknown category or tag and `EmptySelectionError` when nothing
    is left to print; each message is one sentence.
    """
    db = driver_connection(connection)
    name = ""
    if part.kind is PartKind.ALL:
        objections = read_objections(db)
        empty = Message(
            QT_TRANSLATE_NOOP(
                "Messages", "The library holds no objections yet, so there is nothing to print."
            )
        )
    elif part.kind is PartKind.IDS:
        objections = read_objections(db, part.ids)
        empty = Message(
            QT_TRANSLATE_NOOP(
                "Messages", "None of the chosen objections is in the library any more."
            )
        )
    elif part.kind is PartKind.FAVOURITES:
        objections = _read_part(db, part)
        empty = Message(QT_TRANSLATE_NOOP("Messages", "No objection is marked as a favourite yet."))
    elif part.kind is PartKind.CATEGORY:
        part, name = _resolved(db, part, "categories")
        objections = _read_part(db, part)
        empty = Message(
            QT_TRANSLATE_NOOP("Messages", "The category “{name}” holds no objections."), name=name
        )
    elif part.kind is PartKind.TAG:
        part, name = _resolved(db, part, "tags")
        objections = _read_part(db, part)
        empty = Message(
            QT_TRANSLATE_NOOP("Messages", "No objection carries the tag “{name}”."), name=name
        )
    else:
        raise ValueError(f"a {part.kind} part is not printed")
    if not objections:
        raise EmptySelectionError(empty)
    order = tuple(
        row[0] for row in db.execute("SELECT name FROM categories ORDER BY position, name")
    )
    return SelectedObjections(part, tuple(objections), order, name)


def _read_part(db: sqlite3.Connection, part: LibraryPart) -> list[ObjectionRecord]:
    condition, parameters = part_condition(part)
    rows = db.execute(OBJECTION_COLUMNS + f"WHERE {condition}" + LIBRARY_ORDER, parameters)
    return records_for_rows(db, rows.fetchall())


def _resolved(db: sqlite3.Connection, part: LibraryPart, table: str) -> tuple[LibraryPart, str]:
    """The category or tag part by its id, and its name as the library spells it.

    A part that names it (ignoring case and surrounding space) is looked up by that name; an
    unknown one raises `NotFoundError` saying so.
    """
    if part.target_id is not None:
        row = db.execute(f"SELECT id, name FROM {table} WHERE id = ?", (part.target_id,))
    else:
        row = db.execute(
            f"SELECT id, name FROM {table} WHERE name = ? COLLATE NOCASE", (part.name.strip(),)
        )
    found = row.fetchone()
    if found is None:
        raise NotFoundError(Message(_UNKNOWN[part.kind], name=part.name or str(part.target_id)))
    return LibraryPart(part.kind, int(found[0])), str(found[1])


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
