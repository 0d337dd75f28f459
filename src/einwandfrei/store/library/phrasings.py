"""How customers say it: the phrasings of an objection, replaced as a whole list or added to.

A phrasing is one way customers put the objection in their own words; search ranks it like the
objection's text (see `search_index`, which the write transaction keeps in step). The list keeps the
order it is given, with single spaces and without a second copy of a phrasing (ignoring case).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

from einwandfrei.planning.library_content import distinct
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.objection_edits import objection_value, touch


def clean_phrasings(phrasings: Iterable[str]) -> tuple[str, ...]:
    """Phrasings with single spaces, without empty ones or a second copy (ignoring case)."""
    return distinct(tuple(" ".join(phrasing.split()) for phrasing in phrasings))


def read_phrasings(connection: Connection, objection_id: int) -> tuple[str, ...]:
    """The objection's phrasings in their order."""
    return tuple(
        connection.execute(
            text(
                "SELECT text FROM objection_phrasings WHERE objection_id = :id "
                "ORDER BY position, id"
            ),
            {"id": objection_id},
        ).scalars()
    )


def set_phrasings(library: Library, objection_id: int, phrasings: Iterable[str]) -> tuple[str, ...]:
    """Give the objection exactly these phrasings, in this order; returns the previous ones."""
    wanted = clean_phrasings(phrasings)
    with library.write() as connection:
        objection_value(connection, objection_id, "id")
        previous = read_phrasings(connection, objection_id)
        if previous == wanted:
            return previous
        connection.execute(
            text("DELETE FROM objection_phrasings WHERE objection_id = :id"), {"id": objection_id}
        )
        if wanted:
            connection.execute(
                text(
                    "INSERT INTO objection_phrasings (objection_id, text, position) "
                    "VALUES (:id, :text, :position)"
                ),
                [
                    {"id": objection_id, "text": phrasing, "position": position}
                    for position, phrasing in enumerate(wanted)
                ],
            )
        touch(connection, [objection_id])
    return previous
