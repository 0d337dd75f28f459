"""Imports that can be undone: the merge records exactly what it added and what it changed.

`import_undoably` runs the merge of `einwandfrei import` (all or nothing, duplicates merged) and
returns an `ImportChange`: the ids of every row it inserted, the tag links it added to objections
that were there before, and the details of those objections as they were. `undo_import` removes
exactly that and puts the details back, so other rows added since — by another window or a command —
are left alone. Redoing an import means importing the same content again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text

from einwandfrei.planning.library_content import LibraryContent, identity_key
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.objection_edits import prune_unused_tags
from einwandfrei.store.library.record_reading import read_meta
from einwandfrei.store.library.snapshots import delete
from einwandfrei.store.transfer.merge import MergeReport, merge_content

# Deleted in this order on undo: what hangs on objections first, the named lists last.
INSERTED_TABLES = (
    "responses",
    "objections",
    "tags",
    "techniques",
    "categories",
    "questions",
    "checklist_items",
)
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class MergedDetails:
    """An objection the import merged into, as it was before."""

    objection_id: int
    concern: str
    probing_questions: str


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


def _merge_targets(connection: Connection, content: LibraryContent) -> list[MergedDetails]:
    """The existing objections the merge will add to (same text in the same category)."""
    incoming = {(identity_key(o.category or ""), identity_key(o.text)) for o in content.objections}
    return [
        MergedDetails(row.id, row.concern, row.probing_questions)
        for row in connection.execute(
            text(
                "SELECT o.id, o.text, c.name, o.concern, o.probing_questions FROM objections o "
                "LEFT JOIN categories c ON c.id = o.category_id WHERE o.deleted_at IS NULL"
            )
        )
        if (identity_key(row.name or ""), identity_key(row.text)) in incoming
    ]


def _tag_links(connection: Connection, objection_ids: Sequence[int]) -> set[tuple[int, int]]:
    links: set[tuple[int, int]] = set()
    for start in range(0, len(objection_ids), _CHUNK):
        links.update(
            (row.objection_id, row.tag_id)
            for row in connection.execute(
                text(
                    "SELECT objection_id, tag_id FROM objection_tags WHERE objection_id IN :ids"
                ).bindparams(
                    bindparam("ids", list(objection_ids[start : start + _CHUNK]), expanding=True)
                )
            )
        )
    return links


def import_undoably(library: Library, content: LibraryContent) -> ImportChange:
    """Merge `content` into the library in one transaction; returns what `undo_import` needs."""
    with library.write() as connection:
        highest = _highest_ids(connection)
        language = read_meta(connection, "language")
        merged = _merge_targets(connection, content)
        merged_ids = [details.objection_id for details in merged]
        links_before = _tag_links(connection, merged_ids)
        report = merge_content(connection, content)
        inserted = {
            table: tuple(
                connection.execute(
                    text(f"SELECT id FROM {table} WHERE id > :highest ORDER BY id"),
                    {"highest": highest[table]},
                ).scalars()
            )
            for table in INSERTED_TABLES
        }
        added_links = tuple(sorted(_tag_links(connection, merged_ids) - links_before))
    return ImportChange(report, inserted, added_links, tuple(merged), language)


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
