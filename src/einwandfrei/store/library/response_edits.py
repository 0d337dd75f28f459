"""Every change the library window makes to responses: add, edit, remove, discard, reorder.

Like `editing`, each function runs in one write transaction and returns what its undo needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from sqlalchemy import Connection, text

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import NotFoundError
from einwandfrei.store.db.uuids import new_uuid
from einwandfrei.store.library import snapshots
from einwandfrei.store.library.objection_detail import response_order
from einwandfrei.store.library.objection_edits import (
    now_text,
    objection_value,
    required_text,
    touch,
)
from einwandfrei.store.library.snapshots import Snapshot

ResponseTextField = Literal["text", "follow_up"]
_RESPONSE_TEXT = QT_TRANSLATE_NOOP("Messages", "A response's text")


def _response_owner(connection: Connection, response_id: int) -> int:
    owner = connection.execute(
        text("SELECT objection_id FROM responses WHERE id = :id"), {"id": response_id}
    ).scalar()
    if owner is None:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The response {number} no longer exists."),
                number=response_id,
            )
        )
    return int(owner)


def add_response(
    library: Library,
    objection_id: int,
    response_text: str,
    *,
    technique_id: int | None = None,
    follow_up: str = "",
) -> int:
    """Add a response after the objection's others; returns its id."""
    cleaned = required_text(response_text, _RESPONSE_TEXT)
    with library.write() as connection:
        objection_value(connection, objection_id, "id")
        now = now_text()
        response_id = connection.execute(
            text(
                "INSERT INTO responses (uuid, objection_id, text, technique_id, follow_up, "
                "position, created_at, updated_at, version) VALUES (:uuid, :objection_id, :text, "
                ":technique_id, :follow_up, (SELECT coalesce(max(position), -1) + 1 "
                "FROM responses WHERE objection_id = :objection_id), :now, :now, 1)"
            ),
            {
                "uuid": new_uuid(),
                "objection_id": objection_id,
                "text": cleaned,
                "technique_id": technique_id,
                "follow_up": follow_up.strip(),
                "now": now,
            },
        ).lastrowid
        touch(connection, [objection_id])
    return int(str(response_id))


def set_response_text(
    library: Library, response_id: int, field: ResponseTextField, value: str
) -> str:
    """Change a response's text or follow-up question; returns the previous value."""
    cleaned = required_text(value, _RESPONSE_TEXT) if field == "text" else value.strip()
    with library.write() as connection:
        owner = _response_owner(connection, response_id)
        previous = str(
            connection.execute(
                text(f"SELECT {field} FROM responses WHERE id = :id"), {"id": response_id}
            ).scalar_one()
        )
        if previous != cleaned:
            connection.execute(
                text(
                    f"UPDATE responses SET {field} = :value, updated_at = :now, "
                    "version = version + 1 WHERE id = :id"
                ),
                {"value": cleaned, "now": now_text(), "id": response_id},
            )
            touch(connection, [owner])
    return previous


def set_response_technique(
    library: Library, response_id: int, technique_id: int | None
) -> int | None:
    """Change a response's technique (None: none); returns the previous technique's id."""
    with library.write() as connection:
        owner = _response_owner(connection, response_id)
        previous = connection.execute(
            text("SELECT technique_id FROM responses WHERE id = :id"), {"id": response_id}
        ).scalar()
        if (
            technique_id is not None
            and not connection.execute(
                text("SELECT 1 FROM techniques WHERE id = :id"), {"id": technique_id}
            ).first()
        ):
            technique_id = None  # deleted since; as deleting it would have done
        if previous != technique_id:
            connection.execute(
                text(
                    "UPDATE responses SET technique_id = :technique, updated_at = :now, "
                    "version = version + 1 WHERE id = :id"
                ),
                {"technique": technique_id, "now": now_text(), "id": response_id},
            )
            touch(connection, [owner])
    return None if previous is None else int(previous)


def _set_response_deleted(library: Library, response_id: int, deleted: bool) -> None:
    with library.write() as connection:
        owner = _response_owner(connection, response_id)
        connection.execute(
            text("UPDATE responses SET deleted_at = :at WHERE id = :id"),
            {"at": now_text() if deleted else None, "id": response_id},
        )
        touch(connection, [owner])


def remove_response(library: Library, response_id: int) -> None:
    """Remove a response from its objection (kept, so that `unremove_response` can undo it)."""
    _set_response_deleted(library, response_id, True)


def unremove_response(library: Library, response_id: int) -> None:
    """Bring back a response `remove_response` removed, in its old place."""
    _set_response_deleted(library, response_id, False)


def discard_response(library: Library, response_id: int) -> Snapshot:
    """Delete a response for good (to undo adding it); returns it for `reinstate`."""
    with library.write() as connection:
        owner = _response_owner(connection, response_id)
        snapshot = snapshots.capture(connection, "responses", [response_id])
        snapshots.delete(connection, "responses", [response_id])
        touch(connection, [owner])
    return snapshot


def reorder_responses(library: Library, objection_id: int, ordered_ids: Sequence[int]) -> list[int]:
    """Put the objection's responses in this order; returns the previous order.

    Responses not named keep their relative order after the named ones.
    """
    with library.write() as connection:
        previous = response_order(connection, objection_id)
        named = [i for i in dict.fromkeys(ordered_ids) if i in previous]
        order = named + [i for i in previous if i not in named]
        if order != previous:
            for position, response_id in enumerate(order):
                connection.execute(
                    text("UPDATE responses SET position = :position WHERE id = :id"),
                    {"position": position, "id": response_id},
                )
            touch(connection, [objection_id])
    return previous
