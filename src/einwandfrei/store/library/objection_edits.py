"""Every change the library window makes to objections (responses: `response_editing`).

Each function runs in one write transaction, keeps the search index and the change counter in step,
and returns what its undo needs (usually the previous value). Texts are stored without surrounding
space, and an objection or a response always has words: an empty text is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import Connection, bindparam, text

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.library_content import KINDS, identity_key
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import LibraryError, NotFoundError
from einwandfrei.store.db.uuids import new_uuid
from einwandfrei.store.library import snapshots
from einwandfrei.store.library.reinstate_checks import reinstatable
from einwandfrei.store.library.snapshots import Snapshot

ObjectionTextField = Literal["text", "concern", "probing_questions"]
_OBJECTION_TEXT = QT_TRANSLATE_NOOP("Messages", "An objection's text")
CATEGORY_MISSING = QT_TRANSLATE_NOOP("Messages", "The category {number} no longer exists.")


class EmptyTextError(LibraryError):
    """An objection or a response would be left without words."""


def now_text() -> str:
    """The current UTC time as the library stores it."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _ids(values: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(values))


def touch(connection: Connection, objection_ids: Sequence[int]) -> None:
    """Record that objections changed now (their time and version counter)."""
    if objection_ids:
        connection.execute(
            text(
                "UPDATE objections SET updated_at = :now, version = version + 1 WHERE id IN :ids"
            ).bindparams(bindparam("ids", list(objection_ids), expanding=True)),
            {"now": now_text()},
        )


def required_text(value: str, what: str) -> str:
    """The text without surrounding space; refused if nothing is left.

    `what` is a template marked for translation that names the text ("An objection's text").
    """
    cleaned = value.strip()
    if not cleaned:
        raise EmptyTextError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{what} cannot be empty; the previous text was kept."
                ),
                what=Message(what),
            )
        )
    return cleaned


def objection_value(connection: Connection, objection_id: int, column: str) -> object:
    """One column of an objection; `NotFoundError` if there is no such objection."""
    row = connection.execute(
        text(f"SELECT {column} FROM objections WHERE id = :id"), {"id": objection_id}
    ).first()
    if row is None:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The objection {number} no longer exists."),
                number=objection_id,
            )
        )
    return row[0]


# Objections ------------------------------------------------------------------------------------


def create_objection(
    library: Library,
    objection_text: str,
    *,
    category_id: int | None = None,
    language: str = "",
) -> int:
    """Add a new objection; returns its id."""
    cleaned = required_text(objection_text, _OBJECTION_TEXT)
    with library.write() as connection:
        now = now_text()
        result = connection.execute(
            text(
                "INSERT INTO objections (uuid, text, category_id, language, created_at, "
                "updated_at, version) VALUES (:uuid, :text, :category_id, :language, :now, :now, 1)"
            ),
            {
                "uuid": new_uuid(),
                "text": cleaned,
                "category_id": category_id,
                "language": language,
                "now": now,
            },
        )
        return int(str(result.lastrowid))


def set_objection_text(
    library: Library, objection_id: int, field: ObjectionTextField, value: str
) -> str:
    """Change the objection's text, concern or probing questions; returns the previous value."""
    cleaned = required_text(value, _OBJECTION_TEXT) if field == "text" else value.strip()
    with library.write() as connection:
        previous = str(objection_value(connection, objection_id, field))
        if previous != cleaned:
            connection.execute(
                text(
                    f"UPDATE objections SET {field} = :value, updated_at = :now, "
                    "version = version + 1 WHERE id = :id"
                ),
                {"value": cleaned, "now": now_text(), "id": objection_id},
            )
    return previous


def set_kind(library: Library, objection_id: int, kind: str) -> str:
    """Say whether the objection is real, a smoke screen or a brush-off; returns the previous."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    with library.write() as connection:
        previous = str(objection_value(connection, objection_id, "kind"))
        if previous != kind:
            connection.execute(
                text("UPDATE objections SET kind = :kind WHERE id = :id"),
                {"kind": kind, "id": objection_id},
            )
            touch(connection, [objection_id])
    return previous


def _column_by_id(
    connection: Connection, column: str, objection_ids: Sequence[int]
) -> dict[int, object]:
    return {
        row.id: row[1]
        for row in connection.execute(
            text(f"SELECT id, {column} FROM objections WHERE id IN :ids").bindparams(
                bindparam("ids", list(objection_ids), expanding=True)
            )
        )
    }


def _set_each(connection: Connection, column: str, values: Mapping[int, object]) -> None:
    for objection_id, value in values.items():
        connection.execute(
            text(f"UPDATE objections SET {column} = :value WHERE id = :id"),
            {"value": value, "id": objection_id},
        )
    touch(connection, list(values))


def set_favourite(
    library: Library, objection_ids: Iterable[int], favourite: bool
) -> dict[int, bool]:
    """Mark objections as favourites (or not); returns each one's previous flag."""
    ids = _ids(objection_ids)
    with library.write() as connection:
        previous = {
            key: bool(value) for key, value in _column_by_id(connection, "is_favorite", ids).items()
        }
        _set_each(
            connection, "is_favorite", {i: favourite for i in previous if previous[i] != favourite}
        )
    return previous


def restore_favourites(library: Library, previous: Mapping[int, bool]) -> None:
    """Put back the favourite flags `set_favourite` returned."""
    with library.write() as connection:
        _set_each(connection, "is_favorite", dict(previous))


def move_to_category(
    library: Library, objection_ids: Iterable[int], category_id: int | None
) -> dict[int, int | None]:
    """Move objections to a category (None: none); returns each one's previous category."""
    ids = _ids(objection_ids)
    with library.write() as connection:
        if (
            category_id is not None
            and not connection.execute(
                text("SELECT 1 FROM categories WHERE id = :id"), {"id": category_id}
            ).first()
        ):
            raise NotFoundError(Message(CATEGORY_MISSING, number=category_id))
        previous: dict[int, int | None] = {
            key: None if value is None else int(str(value))
            for key, value in _column_by_id(connection, "category_id", ids).items()
        }
        _set_each(
            connection,
            "category_id",
            {i: category_id for i in previous if previous[i] != category_id},
        )
    return previous


def restore_categories(library: Library, previous: Mapping[int, int | None]) -> None:
    """Put objections back into the categories `move_to_category` returned."""
    with library.write() as connection:
        existing = set(connection.execute(text("SELECT id FROM categories")).scalars())
        _set_each(
            connection,
            "category_id",
            {key: value if value in existing else None for key, value in previous.items()},
        )


def clean_tag_names(names: Iterable[str]) -> list[str]:
    """Tag names with single spaces, without empty ones or a second spelling of the same tag."""
    cleaned: dict[str, str] = {}
    for name in names:
        tidy = " ".join(name.split())
        if tidy:
            cleaned.setdefault(identity_key(tidy), tidy)
    return list(cleaned.values())


def prune_unused_tags(connection: Connection) -> None:
    """Drop tags no objection (live or in the Trash) carries any more."""
    connection.execute(text("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM objection_tags)"))


def set_tags(library: Library, objection_id: int, names: Iterable[str]) -> tuple[str, ...]:
    """Give the objection exactly these tags (new ones are created); returns the previous tags."""
    wanted = clean_tag_names(names)
    with library.write() as connection:
        objection_value(connection, objection_id, "id")
        previous = tuple(
            connection.execute(
                text(
                    "SELECT t.name FROM objection_tags ot JOIN tags t ON t.id = ot.tag_id "
                    "WHERE ot.objection_id = :id ORDER BY t.name COLLATE NOCASE"
                ),
                {"id": objection_id},
            ).scalars()
        )
        if sorted(map(identity_key, previous)) == sorted(map(identity_key, wanted)):
            return previous
        connection.execute(
            text("DELETE FROM objection_tags WHERE objection_id = :id"), {"id": objection_id}
        )
        for name in wanted:
            tag_id = connection.execute(
                text("SELECT id FROM tags WHERE name = :name"), {"name": name}
            ).scalar()
            if tag_id is None:
                tag_id = connection.execute(
                    text("INSERT INTO tags (name) VALUES (:name)"), {"name": name}
                ).lastrowid
            connection.execute(
                text("INSERT OR IGNORE INTO objection_tags (objection_id, tag_id) VALUES (:o, :t)"),
                {"o": objection_id, "t": tag_id},
            )
        prune_unused_tags(connection)
        touch(connection, [objection_id])
    return previous


def delete_objections(library: Library, objection_ids: Iterable[int]) -> list[int]:
    """Move objections to the Trash; returns those that were moved (not already there)."""
    return _move_trash(library, objection_ids, into_trash=True)


def restore_objections(library: Library, objection_ids: Iterable[int]) -> list[int]:
    """Take objections out of the Trash; returns those that were restored."""
    return _move_trash(library, objection_ids, into_trash=False)


def _move_trash(library: Library, objection_ids: Iterable[int], *, into_trash: bool) -> list[int]:
    """Set or clear `deleted_at` on those objections not already where they are sent."""
    ids = _ids(objection_ids)
    state = "NULL" if into_trash else "NOT NULL"
    with library.write() as connection:
        moving = list(
            connection.execute(
                text(
                    f"SELECT id FROM objections WHERE id IN :ids AND +deleted_at IS {state}"
                ).bindparams(bindparam("ids", ids, expanding=True))
            ).scalars()
        )
        if moving:
            connection.execute(
                text("UPDATE objections SET deleted_at = :stamp WHERE id IN :ids").bindparams(
                    bindparam("ids", moving, expanding=True)
                ),
                {"stamp": now_text() if into_trash else None},
            )
    return moving


def purge_objections(
    library: Library, objection_ids: Iterable[int], *, trashed_only: bool = True
) -> Snapshot:
    """Delete objections for good (only those in the Trash, unless told otherwise).

    Returns everything that went with them, for `reinstate`.
    """
    ids = _ids(objection_ids)
    with library.write() as connection:
        condition = " AND +deleted_at IS NOT NULL" if trashed_only else ""
        doomed = list(
            connection.execute(
                text(f"SELECT id FROM objections WHERE id IN :ids{condition}").bindparams(
                    bindparam("ids", ids, expanding=True)
                )
            ).scalars()
        )
        snapshot = snapshots.capture(connection, "objections", doomed)
        snapshots.delete(connection, "objections", doomed)
        prune_unused_tags(connection)
    return snapshot


def reinstate(library: Library, snapshot: Snapshot) -> None:
    """Put back what `purge_objections` (or another deletion for good) removed, with its ids.

    Raises `CannotReinstateError`, changing nothing, when the library changed meanwhile so that
    it cannot come back (see `reinstate_checks`).
    """
    with library.write() as connection:
        snapshots.reinstate(connection, reinstatable(connection, snapshot))
