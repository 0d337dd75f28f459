"""Merging library content into a library in bulk: imports and the starter library.

The merge runs inside the caller's write transaction, so an import either lands whole or not at all.
Rows are written with executemany (see `row_writer`; an ORM `add_all` is forty times slower for a
large library). Duplicates merge instead of doubling (see `duplicates`): an item whose UUID the
library knows is that item. New rows keep the UUID they bring unless the library has given it to
another row already (one in the Trash, say); then, and for rows without one, they get a fresh one.
New objections are written `untracked` and indexed from the records in memory; what is merged into
existing objections is reindexed by the write transaction, like any other edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, text

from einwandfrei.planning.library_content import (
    LibraryContent,
    ObjectionRecord,
    TextItemRecord,
    identity_key,
)
from einwandfrei.store.db.uuids import new_uuids
from einwandfrei.store.library import search_index
from einwandfrei.store.library.duplicates import (
    combine_duplicates,
    merge_objection_records,
    objection_key,
)
from einwandfrei.store.transfer.row_writer import NamedRows, insert_many, next_id, timestamp_text


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What a merge added and merged."""

    objections_added: int = 0
    objections_merged: int = 0
    responses_added: int = 0
    categories_added: int = 0
    techniques_added: int = 0
    tags_added: int = 0
    questions_added: int = 0
    checklist_added: int = 0

    @property
    def changed_anything(self) -> bool:
        """Whether the library differs after the merge."""
        return any(getattr(self, name) for name in self.__slots__)


_UUID_CHUNK = 500


class Uuids:
    """The UUIDs new rows of one table get: the one they bring if it is free, else a fresh one."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken = set(taken)
        self._fresh: list[str] = []

    def reserve_for(self, wanted: Iterable[str | None]) -> None:
        """Make fresh UUIDs ready, in ascending order, for the rows among `wanted` needing one.

        Handed out in order, they make SQLite's unique index grow at its end instead of at random
        places: half the cost of the index for a large import (0.4 s instead of 1.1 s a 300,000).
        """
        count = sum(1 for value in wanted if not value or value in self.taken)
        if count:
            self._fresh = sorted([*self._fresh, *new_uuids(count)], reverse=True)

    def assign(self, wanted: str | None) -> str:
        """`wanted` if no row has it yet (it is taken from now on), else a fresh UUID."""
        if wanted and wanted not in self.taken:
            self.taken.add(wanted)
            return wanted
        if not self._fresh:
            self._fresh = sorted(new_uuids(256), reverse=True)
        return self._fresh.pop()  # random: no other row has it (nor ever will, in practice)


def known_uuids(
    connection: Connection, table: str, uuids: Iterable[str | None], *, live: str = "1"
) -> dict[str, tuple[int, bool]]:
    """Which of `uuids` rows of `table` have: uuid → (id, whether the row counts as live).

    `live` is the SQL condition of a live row ("deleted_at IS NULL" for tables with a Trash).
    """
    if connection.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first() is None:
        return {}  # an empty table (a first import) knows none
    wanted = list(dict.fromkeys(value for value in uuids if value))
    found: dict[str, tuple[int, bool]] = {}
    for start in range(0, len(wanted), _UUID_CHUNK):
        chunk: BindParameter[list[str]] = bindparam(
            "uuids", wanted[start : start + _UUID_CHUNK], expanding=True
        )
        for row in connection.execute(
            text(f"SELECT uuid, id, {live} FROM {table} WHERE uuid IN :uuids").bindparams(chunk)
        ):
            found[row[0]] = (int(row[1]), bool(row[2]))
    return found


def _add_items(
    connection: Connection, table: str, items: Sequence[TextItemRecord], *, soft_deleted: bool
) -> int:
    """Add the questions or checklist items the table has neither by UUID nor by text."""
    live = "deleted_at IS NULL" if soft_deleted else "1"
    known = {
        identity_key(value)
        for value in connection.execute(text(f"SELECT text FROM {table} WHERE {live}")).scalars()
    }
    found = known_uuids(connection, table, (item.uuid for item in items), live=live)
    uuids = Uuids(found)
    position = int(
        connection.execute(
            text(f"SELECT coalesce(max(position), -1) + 1 FROM {table}")
        ).scalar_one()
    )
    now = timestamp_text()
    added = 0
    for item in items:
        key = identity_key(item.text)
        if not key or key in known or (item.uuid in found and found[item.uuid][1]):
            continue
        known.add(key)
        connection.execute(
            text(
                f"INSERT INTO {table} (uuid, text, position, created_at, updated_at) "
                "VALUES (:uuid, :text, :position, :now, :now)"
            ),
            {
                "uuid": uuids.assign(item.uuid),
                "text": item.text.strip(),
                "position": position,
                "now": now,
            },
        )
        position += 1
        added += 1
    return added


def merge_content(connection: Connection, content: LibraryContent) -> MergeReport:
    """Merge `content` into the library on `connection` (inside the caller's write transaction)."""
    if content.language and not connection.execute(text("SELECT 1 FROM objections")).first():
        # An empty library takes the language of the first library merged into it.
        connection.execute(
            text("UPDATE library_meta SET value = :language WHERE key = 'language'"),
            {"language": content.language},
        )
    categories = NamedRows(connection, "categories", positioned=True)
    techniques = NamedRows(connection, "techniques", positioned=True)
    tags = NamedRows(connection, "tags", positioned=False)
    for category in content.categories:
        categories.id_for(category.name, position=category.position, colour=category.colour)
    for position, name in enumerate(content.techniques):
        techniques.id_for(name, position=position)

    existing: dict[tuple[str, str], int] = {
        objection_key(category, objection_text): objection_id
        for objection_id, objection_text, category in connection.execute(
            text(
                "SELECT o.id, o.text, c.name FROM objections o "
                "LEFT JOIN categories c ON c.id = o.category_id WHERE o.deleted_at IS NULL"
            )
        )
    }
    incoming = combine_duplicates(content.objections)
    found = known_uuids(
        connection, "objections", (o.uuid for o in incoming), live="deleted_at IS NULL"
    )
    new: list[ObjectionRecord] = []
    merging: dict[int, ObjectionRecord] = {}
    for objection in incoming:
        by_uuid = found.get(objection.uuid) if objection.uuid else None
        target = (
            by_uuid[0]
            if by_uuid is not None and by_uuid[1]
            else existing.get(objection_key(objection.category, objection.text))
        )
        if target is None:
            new.append(objection)
        elif target in merging:  # one incoming by its UUID, another by its text
            merging[target] = merge_objection_records(merging[target], objection)
        else:
            merging[target] = objection
    response_uuids = Uuids(
        known_uuids(
            connection,
            "responses",
            (r.uuid for o in incoming for r in o.responses),
        )
    )

    now = timestamp_text()
    if len(new) > _LARGE_IMPORT:
        # Building a large search index rereads its segments; a bigger page cache saves the I/O.
        previous_cache = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
        connection.exec_driver_sql(f"PRAGMA cache_size = {_LARGE_IMPORT_CACHE}")
    names = _Names(categories, techniques, tags)
    with search_index.untracked(connection):  # indexed from memory, see _insert_objections
        responses_added = _insert_objections(
            connection, new, names, Uuids(found), response_uuids, now
        )
    if len(new) > _LARGE_IMPORT:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous_cache)}")
    responses_added += _merge_into_existing(connection, merging, names, response_uuids, now)
    return MergeReport(
        objections_added=len(new),
        objections_merged=len(merging),
        responses_added=responses_added,
        categories_added=categories.added,
        techniques_added=techniques.added,
        tags_added=tags.added,
        questions_added=_add_items(connection, "questions", content.questions, soft_deleted=True),
        checklist_added=_add_items(
            connection, "checklist_items", content.checklist, soft_deleted=False
        ),
    )


@dataclass(frozen=True, slots=True)
class _Names:
    categories: NamedRows
    techniques: NamedRows
    tags: NamedRows


_DOCUMENT_CHUNK = 2_000
_LARGE_IMPORT = 5_000
_LARGE_IMPORT_CACHE = -65_536  # KiB: 64 MiB


def _build_documents(
    first_id: int, objections: Sequence[ObjectionRecord]
) -> list[search_index.SearchDocument]:
    return [
        search_index.build_document(
            objection_id,
            objection.text.strip(),
            objection.tags,
            objection.concern.strip(),
            "\n".join(objection.probing_questions),
            ((r.text.strip(), r.follow_up.strip()) for r in objection.responses),
        )
        for objection_id, objection in enumerate(objections, start=first_id)
    ]


def _insert_objections(
    connection: Connection,
    objections: Sequence[ObjectionRecord],
    names: _Names,
    objection_uuids: Uuids,
    response_uuids: Uuids,
    now: str,
) -> int:
    categories, techniques, tags = names.categories, names.techniques, names.tags
    objection_uuids.reserve_for(objection.uuid for objection in objections)
    response_uuids.reserve_for(r.uuid for objection in objections for r in objection.responses)
    first_objection_id = objection_id = next_id(connection, "objections")
    response_id = next_id(connection, "responses")
    objection_rows: list[tuple[Any, ...]] = []
    response_rows: list[tuple[Any, ...]] = []
    tag_rows: list[tuple[int, int]] = []
    for objection in objections:
        category_id = categories.id_for(objection.category) if objection.category else None
        objection_rows.append(
            (
                objection_id,
                objection_uuids.assign(objection.uuid),
                objection.text.strip(),
                category_id,
                objection.concern.strip(),
                "\n".join(objection.probing_questions),
                objection.kind,
                objection.language,
                int(objection.favorite),
                now,
                now,
            )
        )
        for position, response in enumerate(objection.responses):
            technique_id = techniques.id_for(response.technique) if response.technique else None
            response_rows.append(
                (
                    response_id,
                    response_uuids.assign(response.uuid),
                    objection_id,
                    response.text.strip(),
                    technique_id,
                    response.follow_up.strip(),
                    position,
                    response.times_used,
                    response.times_worked,
                    now,
                    now,
                )
            )
            response_id += 1
        tag_rows.extend(
            (objection_id, tag_id)
            for tag_id in dict.fromkeys(tags.id_for(t) for t in objection.tags)
        )
        objection_id += 1
    for named in (categories, techniques, tags):
        named.flush()
    insert_many(
        connection,
        "INSERT INTO objections (id, uuid, text, category_id, concern, probing_questions, "
        "kind, language, is_favorite, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        objection_rows,
    )
    insert_many(
        connection,
        "INSERT INTO responses (id, uuid, objection_id, text, technique_id, follow_up, position, "
        "times_used, times_worked, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        response_rows,
    )
    insert_many(
        connection, "INSERT INTO objection_tags (objection_id, tag_id) VALUES (?, ?)", tag_rows
    )
    # Folded and written a chunk at a time: the folded copies of a large import never all sit in
    # memory at once. (A worker thread folding ahead was slower: it fights SQLite for the GIL.)
    for start in range(0, len(objections), _DOCUMENT_CHUNK):
        chunk = objections[start : start + _DOCUMENT_CHUNK]
        search_index.index_new_objections(
            connection, _build_documents(first_objection_id + start, chunk)
        )
    return len(response_rows)


def _merge_into_existing(
    connection: Connection,
    merging: dict[int, ObjectionRecord],
    names: _Names,
    response_uuids: Uuids,
    now: str,
) -> int:
    if not merging:
        return 0
    techniques, tags = names.techniques, names.tags
    from einwandfrei.store.library.record_reading import read_objections

    next_position = _next_response_positions(connection, list(merging))
    detail_updates: list[tuple[Any, ...]] = []
    response_rows: list[tuple[Any, ...]] = []
    tag_rows: list[tuple[int, int]] = []
    for current in read_objections(connection, list(merging)):
        assert current.id is not None
        merged = merge_objection_records(current, merging[current.id])
        new_responses = merged.responses[len(current.responses) :]
        current_tags = {identity_key(tag) for tag in current.tags}
        new_tags = [tag for tag in merged.tags if identity_key(tag) not in current_tags]
        details_changed = (merged.concern, merged.probing_questions) != (
            current.concern,
            current.probing_questions,
        )
        if details_changed:
            detail_updates.append(
                (merged.concern, "\n".join(merged.probing_questions), now, current.id)
            )
        position = next_position.get(current.id, 0)
        for offset, response in enumerate(new_responses):
            response_rows.append(
                (
                    response_uuids.assign(response.uuid),
                    current.id,
                    response.text.strip(),
                    techniques.id_for(response.technique) if response.technique else None,
                    response.follow_up.strip(),
                    position + offset,
                    response.times_used,
                    response.times_worked,
                    now,
                    now,
                )
            )
        tag_rows.extend((current.id, tags.id_for(tag)) for tag in new_tags)
    techniques.flush()
    tags.flush()
    insert_many(
        connection,
        "UPDATE objections SET concern = ?, probing_questions = ?, updated_at = ?, "
        "version = version + 1 WHERE id = ?",
        detail_updates,
    )
    insert_many(
        connection,
        "INSERT INTO responses (uuid, objection_id, text, technique_id, follow_up, position, "
        "times_used, times_worked, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        response_rows,
    )
    insert_many(
        connection,
        "INSERT OR IGNORE INTO objection_tags (objection_id, tag_id) VALUES (?, ?)",
        tag_rows,
    )
    return len(response_rows)


def _next_response_positions(connection: Connection, objection_ids: list[int]) -> dict[int, int]:
    positions: dict[int, int] = {}
    for start in range(0, len(objection_ids), 500):
        chunk: BindParameter[list[int]] = bindparam(
            "ids", objection_ids[start : start + 500], expanding=True
        )
        positions.update(
            connection.execute(
                text(
                    "SELECT objection_id, max(position) + 1 FROM responses "
                    "WHERE objection_id IN :ids GROUP BY objection_id"
                ).bindparams(chunk)
            ).all()
        )
    return positions
