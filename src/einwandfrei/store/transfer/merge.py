"""Merging library content into a library in bulk: imports and the starter library.

The merge runs inside the caller's write transaction, so an import either lands whole or not at all.
It takes the content a batch of objections at a time (`ContentStream`), so a large file is merged
while it is read and never sits in memory whole. Rows are written with executemany (see
`new_objections`; an ORM `add_all` is forty times slower for a large library). Duplicates merge
instead of doubling (see `duplicates`): an item whose UUID the library knows is that item — and an
objection a batch brings that an earlier batch of the same import added is merged into it, as into
any objection the library holds. New rows keep the UUID they bring unless the library has given it
to another row already (one in the Trash, say); then, and for rows without one, they get a fresh
one. New objections are written `untracked` and indexed from the records in memory; what is merged
into existing objections is reindexed by the write transaction, like any other edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import BindParameter, Connection, bindparam, text

from einwandfrei.planning.library_content import (
    ContentStream,
    LibraryContent,
    ObjectionRecord,
    TextItemRecord,
    identity_key,
)
from einwandfrei.store.library import search_index
from einwandfrei.store.library.duplicates import (
    combine_duplicates,
    merge_objection_records,
    objection_key,
)
from einwandfrei.store.transfer.merge_existing import merge_into_existing
from einwandfrei.store.transfer.new_objections import Names, Uuids, insert_objections
from einwandfrei.store.transfer.row_writer import NamedRows, next_id, timestamp_text


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


@dataclass(frozen=True, slots=True)
class MergedDetails:
    """An objection the merge added to, as it was before."""

    objection_id: int
    concern: str
    probing_questions: str


@dataclass(frozen=True, slots=True)
class MergeOutcome:
    """A finished merge: its report, and what an undo needs about the objections that were there
    before — their details as they were, and the tag links the merge gave them."""

    report: MergeReport
    merged: tuple[MergedDetails, ...]
    added_tag_links: tuple[tuple[int, int], ...]


_UUID_CHUNK = 500
_LARGE_IMPORT = 5_000
_LARGE_IMPORT_CACHE = -65_536  # KiB: 64 MiB


def known_uuids(
    connection: Connection, table: str, uuids: Iterable[str | None], *, live: str = "1"
) -> dict[str, tuple[int, bool]]:
    """Which of `uuids` rows of `table` have: uuid → (id, whether the row counts as live).

    `live` is the SQL condition of a live row ("deleted_at IS NULL" for tables with a Trash).
    """
    wanted = list(dict.fromkeys(value for value in uuids if value))
    if not wanted or connection.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first() is None:
        return {}  # nothing asked, or an empty table (a first import) knows none
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
    if not items:
        return 0
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


class Merge:
    """One merge into the library on `connection`, inside the caller's write transaction: what
    comes before the objections at once, the objections a batch at a time (`add`), the rest and
    the outcome at the end (`finish`)."""

    def __init__(self, connection: Connection, before: LibraryContent) -> None:
        self.connection = connection
        if before.language and not connection.execute(text("SELECT 1 FROM objections")).first():
            # An empty library takes the language of the first library merged into it.
            connection.execute(
                text("UPDATE library_meta SET value = :language WHERE key = 'language'"),
                {"language": before.language},
            )
        self.names = Names(
            NamedRows(connection, "categories", positioned=True),
            NamedRows(connection, "techniques", positioned=True),
            NamedRows(connection, "tags", positioned=False),
        )
        for category in before.categories:
            self.names.categories.id_for(
                category.name, position=category.position, colour=category.colour
            )
        for position, name in enumerate(before.techniques):
            self.names.techniques.id_for(name, position=position)
        self.existing: dict[tuple[str, str], int] = {
            objection_key(category, objection_text): objection_id
            for objection_id, objection_text, category in connection.execute(
                text(
                    "SELECT o.id, o.text, c.name FROM objections o "
                    "LEFT JOIN categories c ON c.id = o.category_id WHERE o.deleted_at IS NULL"
                )
            )
        }
        # Objections from this id on were added by this merge, not there before.
        self.first_new_id = next_id(connection, "objections")
        self.now = timestamp_text()
        self.objections_added = 0
        self.responses_added = 0
        self.merged: dict[int, MergedDetails] = {}
        self.added_tag_links: list[tuple[int, int]] = []
        self._previous_cache: int | None = None

    def add(self, objections: Sequence[ObjectionRecord]) -> None:
        """Merge a batch of objections."""
        connection = self.connection
        incoming = combine_duplicates(objections)
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
                else self.existing.get(objection_key(objection.category, objection.text))
            )
            if target is None:
                new.append(objection)
            elif target in merging:  # one incoming by its UUID, another by its text
                merging[target] = merge_objection_records(merging[target], objection)
            else:
                merging[target] = objection
        response_uuids = Uuids(
            known_uuids(connection, "responses", (r.uuid for o in incoming for r in o.responses))
        )
        if new:
            self._grow_cache(len(new))
            with search_index.untracked(connection):  # indexed from memory: see new_objections
                inserted = insert_objections(
                    connection, new, self.names, Uuids(found), response_uuids, self.now
                )
            for offset, objection in enumerate(new):
                key = objection_key(objection.category, objection.text)
                self.existing.setdefault(key, inserted.first_id + offset)
            self.objections_added += len(new)
            self.responses_added += inserted.responses
        if merging:
            self._note_details(list(merging))
            merged = merge_into_existing(connection, merging, self.names, response_uuids, self.now)
            self.responses_added += merged.responses
            self.added_tag_links += [
                link for link in merged.tag_links if link[0] < self.first_new_id
            ]

    def finish(self, after: LibraryContent) -> MergeOutcome:
        """Merge the questions and checklist items; the outcome of the whole merge."""
        self.restore_cache()
        categories, techniques, tags = self.names.categories, self.names.techniques, self.names.tags
        categories.flush()
        techniques.flush()
        report = MergeReport(
            objections_added=self.objections_added,
            objections_merged=len(self.merged),
            responses_added=self.responses_added,
            categories_added=categories.added,
            techniques_added=techniques.added,
            tags_added=tags.added,
            questions_added=_add_items(
                self.connection, "questions", after.questions, soft_deleted=True
            ),
            checklist_added=_add_items(
                self.connection, "checklist_items", after.checklist, soft_deleted=False
            ),
        )
        return MergeOutcome(report, tuple(self.merged.values()), tuple(self.added_tag_links))

    def _note_details(self, objection_ids: list[int]) -> None:
        """Keep the details of objections that were there before, as they are before a merge."""
        wanted = [i for i in objection_ids if i < self.first_new_id and i not in self.merged]
        for start in range(0, len(wanted), _UUID_CHUNK):
            ids: BindParameter[list[int]] = bindparam(
                "ids", wanted[start : start + _UUID_CHUNK], expanding=True
            )
            for row in self.connection.execute(
                text(
                    "SELECT id, concern, probing_questions FROM objections WHERE id IN :ids"
                ).bindparams(ids)
            ):
                self.merged[row.id] = MergedDetails(row.id, row.concern, row.probing_questions)

    def _grow_cache(self, adding: int) -> None:
        # Building a large search index rereads its segments; a bigger page cache saves the I/O.
        if self._previous_cache is None and self.objections_added + adding > _LARGE_IMPORT:
            self._previous_cache = int(
                self.connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
            )
            self.connection.exec_driver_sql(f"PRAGMA cache_size = {_LARGE_IMPORT_CACHE}")

    def restore_cache(self) -> None:
        """Give the connection its page cache back (also when the merge fails)."""
        if self._previous_cache is not None:
            self.connection.exec_driver_sql(f"PRAGMA cache_size = {self._previous_cache}")
            self._previous_cache = None


def merge_stream(connection: Connection, stream: ContentStream) -> MergeOutcome:
    """Merge content as it is read (inside the caller's write transaction)."""
    try:
        merge = Merge(connection, stream.before)
        try:
            for batch in stream.batches:
                merge.add(batch)
            return merge.finish(stream.after())
        finally:
            merge.restore_cache()
    finally:
        stream.close()


def merge_content(connection: Connection, content: LibraryContent) -> MergeReport:
    """Merge `content` into the library on `connection` (inside the caller's write transaction)."""
    return merge_stream(connection, ContentStream.of(content)).report
