"""Imports that can be undone: the merge records exactly what it added and what it changed.

`import_undoably` runs the merge of `einwandfrei import` (all or nothing, duplicates merged) and
returns an `ImportChange`: the ids of every row it inserted, the tag links it added to objections
that were there before, and the details of those objections as they were. `undo_import` removes
exactly that and puts the details back, so other rows added since — by another window or a command —
are left alone. Redoing an import means importing the same content again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from einwandfrei.planning.library_content import ContentStream, LibraryContent
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.objection_edits import prune_unused_tags
from einwandfrei.store.library.record_reading import read_meta
from einwandfrei.store.library.snapshots import delete
from einwandfrei.store.transfer.merge import MergedDetails, MergeReport, merge_stream

# Deleted in this order on undo: what hangs on objections first, the named lists last.
INSERTED_TABLES = (
    "objection_phrasings",
    "responses",
    "objections",
    "tags",
    "techniques",
    "categories",
    "questions",
    "checklist_items",
)


@dataclass(frozen=True, slots=True)
class ImportChange:
    """What one import did, precisely enough to take it back."""

    report: MergeReport
    inserted: dict[str, tuple[int, ...]]
    added_tag_links: tuple[tuple[int, int], ...]
    merged: tuple[MergedDetails, ...]
    previous_language: str


def _highest_ids(connection: Connection) -> dict[str, int]:
    return {
        table: int(
            connection.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one()
        )
        for table in INSERTED_TABLES
    }


def import_undoably(library: Library, content: LibraryContent | ContentStream) -> ImportChange:
    """Merge `content` into the library in one transaction; returns what `undo_import` needs."""
    stream = content if isinstance(content, ContentStream) else ContentStream.of(content)
    try:
        with library.write() as connection:
            highest = _highest_ids(connection)
            language = read_meta(connection, "language")
            outcome = merge_stream(connection, stream)
            inserted = {
                table: tuple(
                    connection.execute(
                        text(f"SELECT id FROM {table} WHERE id > :highest ORDER BY id"),
                        {"highest": highest[table]},
                    ).scalars()
                )
                for table in INSERTED_TABLES
            }
    finally:
        stream.close()  # also when the library could not be opened for writing
    return ImportChange(
        outcome.report,
        inserted,
        tuple(sorted(outcome.added_tag_links)),
        tuple(sorted(outcome.merged, key=lambda details: details.objection_id)),
        language,
    )


def undo_import(library: Library, change: ImportChange) -> None:
    """Take back exactly what an import added and changed."""
    with library.write() as connection:
        for objection_id, tag_id in change.added_tag_links:
            connection.execute(
                text("DELETE FROM objection_tags WHERE objection_id = :o AND tag_id = :t"),
                {"o": objection_id, "t": tag_id},
            )
        for table in INSERTED_TABLES:
            delete(connection, table, list(change.inserted.get(table, ())))
        for details in change.merged:
            connection.execute(
                text(
                    "UPDATE objections SET concern = :concern, probing_questions = :probes "
                    "WHERE id = :id"
                ),
                {
                    "concern": details.concern,
                    "probes": details.probing_questions,
                    "id": details.objection_id,
                },
            )
        connection.execute(
            text("UPDATE library_meta SET value = :value WHERE key = 'language'"),
            {"value": change.previous_language},
        )
        prune_unused_tags(connection)
