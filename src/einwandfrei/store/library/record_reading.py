"""Reading library content as plain records, with Core queries (fast; no ORM import needed)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, text

from einwandfrei.planning.library_content import (
    CategoryRecord,
    LibraryContent,
    ObjectionRecord,
    TextItemRecord,
)
from einwandfrei.store.library.fast_record_reading import read_meta_value, read_objection_records


def read_objections(
    connection: Connection, ids: Sequence[int] | None = None
) -> list[ObjectionRecord]:
    """Live objections with their responses and tags.

    Without `ids`: the whole library in display order (by category, then creation). With `ids`:
    those objections, in the order given; ids of missing or deleted objections are skipped.
    """
    # One implementation for both worlds: it runs on the sqlite3 connection inside this
    # transaction, and `einwandfrei sheet` calls it without importing SQLAlchemy at all.
    return read_objection_records(connection, ids)


def read_categories(connection: Connection) -> list[CategoryRecord]:
    """All categories in display order."""
    return [
        CategoryRecord(name=row.name, position=row.position, colour=row.colour)
        for row in connection.execute(
            text("SELECT name, position, colour FROM categories ORDER BY position, name")
        )
    ]


def read_techniques(connection: Connection) -> list[str]:
    """The technique names in display order."""
    return list(
        connection.execute(text("SELECT name FROM techniques ORDER BY position, name")).scalars()
    )


def read_questions(connection: Connection) -> list[TextItemRecord]:
    """The open-question bank in display order (Trash excluded)."""
    return [
        TextItemRecord(row.text, row.uuid)
        for row in connection.execute(
            text("SELECT text, uuid FROM questions WHERE deleted_at IS NULL ORDER BY position, id")
        )
    ]


def read_checklist(connection: Connection) -> list[TextItemRecord]:
    """The active items of the pre-call checklist template, in order."""
    return [
        TextItemRecord(row.text, row.uuid)
        for row in connection.execute(
            text("SELECT text, uuid FROM checklist_items WHERE is_active ORDER BY position, id")
        )
    ]


def read_meta(connection: Connection, key: str, default: str = "") -> str:
    """A value from the library's own key/value settings."""
    return read_meta_value(connection, key, default)


def read_library(connection: Connection) -> LibraryContent:
    """The whole live library as one content record (what a JSON export holds)."""
    return LibraryContent(
        objections=tuple(read_objections(connection)),
        categories=tuple(read_categories(connection)),
        techniques=tuple(read_techniques(connection)),
        questions=tuple(read_questions(connection)),
        checklist=tuple(read_checklist(connection)),
        language=read_meta(connection, "language"),
    )
