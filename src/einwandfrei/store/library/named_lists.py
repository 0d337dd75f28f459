"""The library's named lists — categories, techniques and tags: read, add, rename, reorder, delete.

Changes run in one write transaction each and return what their undo needs. Deleting a category or a
technique leaves its objections and responses without one; `delete_named` returns a snapshot that
`editing.reinstate` puts back, references included.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from sqlalchemy import Connection, text

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import ConflictError, LibraryError, NotFoundError
from einwandfrei.store.library import snapshots
from einwandfrei.store.library.list_views import NamedEntry
from einwandfrei.store.library.listing import list_categories, list_tags, list_techniques
from einwandfrei.store.library.objection_edits import CATEGORY_MISSING, now_text
from einwandfrei.store.library.snapshots import Snapshot

__all__ = [
    "NamedEntry",
    "NamedTable",
    "add_named",
    "delete_named",
    "find_or_add_named",
    "list_categories",
    "list_tags",
    "list_techniques",
    "rename_named",
    "reorder_named",
    "set_category_colour",
    "usage_count",
]

NamedTable = Literal["categories", "techniques", "tags"]
_COLOUR = re.compile(r"^(#[0-9a-fA-F]{6})?$")
# Whole sentences for each kind of entry: other languages inflect the words around the noun.
_NEEDS_A_NAME = {
    "categories": QT_TRANSLATE_NOOP("Messages", "A category needs a name."),
    "techniques": QT_TRANSLATE_NOOP("Messages", "A technique needs a name."),
    "tags": QT_TRANSLATE_NOOP("Messages", "A tag needs a name."),
}
_NAME_TAKEN = {
    "categories": QT_TRANSLATE_NOOP("Messages", "There is already a category called “{name}”."),
    "techniques": QT_TRANSLATE_NOOP("Messages", "There is already a technique called “{name}”."),
    "tags": QT_TRANSLATE_NOOP("Messages", "There is already a tag called “{name}”."),
}
_MISSING = {
    "categories": CATEGORY_MISSING,
    "techniques": QT_TRANSLATE_NOOP("Messages", "The technique {number} no longer exists."),
    "tags": QT_TRANSLATE_NOOP("Messages", "The tag {number} no longer exists."),
}


def _missing(table: NamedTable, entry_id: int) -> NotFoundError:
    return NotFoundError(Message(_MISSING[table], number=entry_id))


def _clean_name(name: str, table: NamedTable) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise LibraryError(Message(_NEEDS_A_NAME[table]))
    return cleaned


def _check_free(
    connection: Connection, table: NamedTable, name: str, except_id: int | None = None
) -> None:
    taken = connection.execute(
        text(f"SELECT id FROM {table} WHERE name = :name"), {"name": name}
    ).scalar()
    if taken is not None and taken != except_id:
        raise ConflictError(Message(_NAME_TAKEN[table], name=name))


def add_named(library: Library, table: NamedTable, name: str, *, colour: str = "") -> int:
    """Add a category, technique or tag at the end of its list; returns its id."""
    cleaned = _clean_name(name, table)
    if table == "categories" and not _COLOUR.match(colour):
        raise ValueError(f"not a colour: {colour!r}")
    with library.write() as connection:
        _check_free(connection, table, cleaned)
        if table == "tags":
            new_id = connection.execute(
                text("INSERT INTO tags (name) VALUES (:name)"), {"name": cleaned}
            ).lastrowid
        else:
            extra = ", colour, created_at, updated_at" if table == "categories" else ""
            values = ", :colour, :now, :now" if table == "categories" else ""
            new_id = connection.execute(
                text(
                    f"INSERT INTO {table} (name, position{extra}) VALUES (:name, "
                    f"(SELECT coalesce(max(position), -1) + 1 FROM {table}){values})"
                ),
                {"name": cleaned, "colour": colour, "now": now_text()},
            ).lastrowid
    return int(str(new_id))


def find_or_add_named(library: Library, table: NamedTable, name: str) -> int:
    """The id of the entry called `name` (ignoring case), added first if there is none."""
    cleaned = _clean_name(name, table)
    with library.read() as connection:
        existing = connection.execute(
            text(f"SELECT id FROM {table} WHERE name = :name"), {"name": cleaned}
        ).scalar()
    return int(existing) if existing is not None else add_named(library, table, cleaned)


def rename_named(library: Library, table: NamedTable, entry_id: int, name: str) -> str:
    """Rename an entry; returns its previous name."""
    cleaned = _clean_name(name, table)
    with library.write() as connection:
        previous = connection.execute(
            text(f"SELECT name FROM {table} WHERE id = :id"), {"id": entry_id}
        ).scalar()
        if previous is None:
            raise _missing(table, entry_id)
        if previous != cleaned:
            _check_free(connection, table, cleaned, except_id=entry_id)
            connection.execute(
                text(f"UPDATE {table} SET name = :name WHERE id = :id"),
                {"name": cleaned, "id": entry_id},
            )
    return str(previous)


def set_category_colour(library: Library, category_id: int, colour: str) -> str:
    """Give a category a colour ("#rrggbb", or "" for none); returns the previous colour."""
    if not _COLOUR.match(colour):
        raise ValueError(f"not a colour: {colour!r}")
    with library.write() as connection:
        previous = connection.execute(
            text("SELECT colour FROM categories WHERE id = :id"), {"id": category_id}
        ).scalar()
        if previous is None:
            raise _missing("categories", category_id)
        connection.execute(
            text("UPDATE categories SET colour = :colour WHERE id = :id"),
            {"colour": colour, "id": category_id},
        )
    return str(previous)


def reorder_named(
    library: Library, table: Literal["categories", "techniques"], ordered_ids: Sequence[int]
) -> list[int]:
    """Put categories or techniques in this order; returns the previous order."""
    with library.write() as connection:
        previous = list(
            connection.execute(text(f"SELECT id FROM {table} ORDER BY position, name")).scalars()
        )
        named = [i for i in dict.fromkeys(ordered_ids) if i in previous]
        order = named + [i for i in previous if i not in named]
        if order != previous:
            for position, entry_id in enumerate(order):
                connection.execute(
                    text(f"UPDATE {table} SET position = :position WHERE id = :id"),
                    {"position": position, "id": entry_id},
                )
    return previous


def delete_named(library: Library, table: NamedTable, entry_id: int) -> Snapshot:
    """Delete an entry for good; what used it is left without it. Returns the snapshot to undo."""
    with library.write() as connection:
        snapshot = snapshots.capture(connection, table, [entry_id])
        if not snapshot.ids(table):
            raise _missing(table, entry_id)
        snapshots.delete(connection, table, [entry_id])
    return snapshot


def usage_count(connection: Connection, table: NamedTable, entry_id: int) -> int:
    """How many live objections (or, for techniques, responses) use an entry."""
    query = {
        "categories": "SELECT count(*) FROM objections WHERE category_id = :id "
        "AND +deleted_at IS NULL",
        "techniques": "SELECT count(*) FROM responses WHERE technique_id = :id "
        "AND +deleted_at IS NULL",
        "tags": "SELECT count(*) FROM objection_tags ot JOIN objections o "
        "ON o.id = ot.objection_id WHERE ot.tag_id = :id AND +o.deleted_at IS NULL",
    }[table]
    return int(connection.execute(text(query), {"id": entry_id}).scalar_one())
