"""Merging library content into a library in bulk: imports and the starter library.

The merge runs inside the caller's write transaction, so an import either lands whole or not at all.
Rows are written with executemany on the DB-API cursor (an ORM `add_all` is forty times slower for a
large library) and ids are assigned here, which is safe because a write transaction holds SQLite's
write lock from its first statement. Duplicates merge instead of doubling: an objection with the
same text in the same category (see `identity_key`) gains the new responses, tags and probing
questions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from einwandfrei.store import search_index
from einwandfrei.store.changes import mark_changed
from einwandfrei.store.records import (
    LibraryContent,
    ObjectionRecord,
    ResponseRecord,
    identity_key,
)


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


def _timestamp() -> str:
    # The text form SQLAlchemy's SQLite DateTime uses, so ORM and bulk rows read back alike.
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _next_id(connection: Connection, table: str) -> int:
    return int(
        connection.execute(text(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")).scalar_one()
    )


def _union(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    """Both lists in order, without a second copy of anything (ignoring case and spacing)."""
    combined: dict[str, str] = {}
    for value in (*first, *second):
        combined.setdefault(identity_key(value), value)
    return tuple(value for key, value in combined.items() if key)


def _insert_many(connection: Connection, statement: str, rows: Sequence[tuple[Any, ...]]) -> None:
    if rows:  # an empty parameter list would run the statement once, without parameters
        connection.exec_driver_sql(statement, list(rows))


def _merge_objection_records(first: ObjectionRecord, second: ObjectionRecord) -> ObjectionRecord:
    known = {identity_key(response.text) for response in first.responses}
    responses = list(first.responses)
    for response in second.responses:
        if identity_key(response.text) not in known:
            known.add(identity_key(response.text))
            responses.append(response)
    return replace(
        first,
        responses=tuple(responses),
        tags=_union(first.tags, second.tags),
        probing_questions=_union(first.probing_questions, second.probing_questions),
        concern=first.concern or second.concern,
        favorite=first.favorite or second.favorite,
    )


def _objection_key(category: str | None, objection_text: str) -> tuple[str, str]:
    return identity_key(category or ""), identity_key(objection_text)


def combine_duplicates(objections: Iterable[ObjectionRecord]) -> list[ObjectionRecord]:
    """The objections with duplicates (same category and text, see `identity_key`) merged."""
    combined: dict[tuple[str, str], ObjectionRecord] = {}
    for objection in objections:
        key = _objection_key(objection.category, objection.text)
        combined[key] = (
            _merge_objection_records(combined[key], objection) if key in combined else objection
        )
    return list(combined.values())


class _NamedRows:
    """A table of unique names (categories, techniques, tags): ids by name, missing ones added."""

    def __init__(self, connection: Connection, table: str, *, positioned: bool) -> None:
        self.connection, self.table, self.positioned = connection, table, positioned
        self.ids: dict[str, int] = {
            identity_key(name): row_id
            for row_id, name in connection.execute(text(f"SELECT id, name FROM {table}"))
        }
        self.next_id = _next_id(connection, table)
        self.base_position = (
            int(
                connection.execute(
                    text(f"SELECT coalesce(max(position), -1) + 1 FROM {table}")
                ).scalar_one()
            )
            if positioned
            else 0
        )
        self.next_position = self.base_position
        self.added = 0

    def id_for(self, name: str, *, position: int | None = None, colour: str = "") -> int:
        """The id of the row named `name`, added at the end (or at base + `position`) if missing."""
        key = identity_key(name)
        if key in self.ids:
            return self.ids[key]
        values: dict[str, Any] = {"id": self.next_id, "name": " ".join(name.split())}
        if self.positioned:
            values["position"] = (
                self.next_position if position is None else self.base_position + position
            )
            self.next_position = max(self.next_position, values["position"] + 1)
        if self.table == "categories":
            values.update(colour=colour, created_at=_timestamp(), updated_at=_timestamp())
        columns = ", ".join(values)
        placeholders = ", ".join(f":{column}" for column in values)
        self.connection.execute(
            text(f"INSERT INTO {self.table} ({columns}) VALUES ({placeholders})"), values
        )
        self.ids[key] = self.next_id
        self.next_id += 1
        self.added += 1
        return self.ids[key]


def _add_texts(
    connection: Connection, table: str, texts: Sequence[str], *, soft_deleted: bool
) -> int:
    live = " WHERE deleted_at IS NULL" if soft_deleted else ""
    known = {
        identity_key(value)
        for value in connection.execute(text(f"SELECT text FROM {table}{live}")).scalars()
    }
    position = int(
        connection.execute(
            text(f"SELECT coalesce(max(position), -1) + 1 FROM {table}")
        ).scalar_one()
    )
    now = _timestamp()
    added = 0
    for value in texts:
        key = identity_key(value)
        if not key or key in known:
            continue
        known.add(key)
        connection.execute(
            text(
                f"INSERT INTO {table} (text, position, created_at, updated_at) "
                "VALUES (:text, :position, :now, :now)"
            ),
            {"text": value.strip(), "position": position, "now": now},
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
    categories = _NamedRows(connection, "categories", positioned=True)
    techniques = _NamedRows(connection, "techniques", positioned=True)
    tags = _NamedRows(connection, "tags", positioned=False)
    for category in content.categories:
        categories.id_for(category.name, position=category.position, colour=category.colour)
    for position, name in enumerate(content.techniques):
        techniques.id_for(name, position=position)

    existing: dict[tuple[str, str], int] = {
        _objection_key(category, objection_text): objection_id
        for objection_id, objection_text, category in connection.execute(
            text(
                "SELECT o.id, o.text, c.name FROM objections o "
                "LEFT JOIN categories c ON c.id = o.category_id WHERE o.deleted_at IS NULL"
            )
        )
    }
    new: list[ObjectionRecord] = []
    merging: dict[int, ObjectionRecord] = {}
    for objection in combine_duplicates(content.objections):
        key = _objection_key(objection.category, objection.text)
        if key in existing:
            merging[existing[key]] = objection
        else:
            new.append(objection)

    now = _timestamp()
    responses_added = _insert_objections(
        connection, new, categories, techniques, tags, now, content
    )
    responses_added += _merge_into_existing(connection, merging, techniques, tags, now)
    report = MergeReport(
        objections_added=len(new),
        objections_merged=len(merging),
        responses_added=responses_added,
        categories_added=categories.added,
        techniques_added=techniques.added,
        tags_added=tags.added,
        questions_added=_add_texts(connection, "questions", content.questions, soft_deleted=True),
        checklist_added=_add_texts(
            connection, "checklist_items", content.checklist, soft_deleted=False
        ),
    )
    if report.changed_anything:
        mark_changed(connection)
    return report


def _insert_objections(
    connection: Connection,
    objections: Sequence[ObjectionRecord],
    categories: _NamedRows,
    techniques: _NamedRows,
    tags: _NamedRows,
    now: str,
    content: LibraryContent,
) -> int:
    objection_id = _next_id(connection, "objections")
    response_id = _next_id(connection, "responses")
    objection_rows: list[tuple[Any, ...]] = []
    response_rows: list[tuple[Any, ...]] = []
    tag_rows: list[tuple[int, int]] = []
    documents: list[search_index.SearchDocument] = []
    for objection in objections:
        category_id = categories.id_for(objection.category) if objection.category else None
        objection_rows.append(
            (
                objection_id,
                objection.text.strip(),
                category_id,
                objection.concern.strip(),
                "\n".join(objection.probing_questions),
                objection.kind,
                objection.language or content.language,
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
        documents.append(
            search_index.build_document(
                objection_id,
                objection.text.strip(),
                objection.tags,
                objection.concern.strip(),
                "\n".join(objection.probing_questions),
                ((r.text.strip(), r.follow_up.strip()) for r in objection.responses),
            )
        )
        objection_id += 1
    _insert_many(
        connection,
        "INSERT INTO objections (id, text, category_id, concern, probing_questions, kind, "
        "language, is_favorite, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        objection_rows,
    )
    _insert_many(
        connection,
        "INSERT INTO responses (id, objection_id, text, technique_id, follow_up, position, "
        "times_used, times_worked, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        response_rows,
    )
    _insert_many(
        connection, "INSERT INTO objection_tags (objection_id, tag_id) VALUES (?, ?)", tag_rows
    )
    search_index.write_documents(connection, documents)
    return len(response_rows)


def _merge_into_existing(
    connection: Connection,
    merging: dict[int, ObjectionRecord],
    techniques: _NamedRows,
    tags: _NamedRows,
    now: str,
) -> int:
    if not merging:
        return 0
    from einwandfrei.store.reading import read_objections

    added = 0
    changed: list[int] = []
    for current in read_objections(connection, list(merging)):
        assert current.id is not None
        incoming = merging[current.id]
        merged = _merge_objection_records(current, incoming)
        new_responses = merged.responses[len(current.responses) :]
        current_tags = {identity_key(tag) for tag in current.tags}
        new_tags = [tag for tag in merged.tags if identity_key(tag) not in current_tags]
        details_changed = (merged.concern, merged.probing_questions) != (
            current.concern,
            current.probing_questions,
        )
        if details_changed:
            connection.execute(
                text(
                    "UPDATE objections SET concern = :concern, probing_questions = :probes, "
                    "updated_at = :now, version = version + 1 WHERE id = :id"
                ),
                {
                    "concern": merged.concern,
                    "probes": "\n".join(merged.probing_questions),
                    "now": now,
                    "id": current.id,
                },
            )
        start = int(
            connection.execute(
                text(
                    "SELECT coalesce(max(position), -1) + 1 FROM responses WHERE objection_id = :id"
                ),
                {"id": current.id},
            ).scalar_one()
        )
        for offset, response in enumerate(new_responses):
            _insert_response(connection, current.id, response, start + offset, techniques, now)
        for tag in new_tags:
            connection.execute(
                text("INSERT OR IGNORE INTO objection_tags (objection_id, tag_id) VALUES (:o, :t)"),
                {"o": current.id, "t": tags.id_for(tag)},
            )
        if new_responses or new_tags or details_changed:
            changed.append(current.id)
        added += len(new_responses)
    search_index.refresh_documents(connection, changed)
    return added


def _insert_response(
    connection: Connection,
    objection_id: int,
    response: ResponseRecord,
    position: int,
    techniques: _NamedRows,
    now: str,
) -> None:
    connection.execute(
        text(
            "INSERT INTO responses (objection_id, text, technique_id, follow_up, position, "
            "times_used, times_worked, created_at, updated_at, version) VALUES (:objection_id, "
            ":text, :technique_id, :follow_up, :position, :used, :worked, :now, :now, 1)"
        ),
        {
            "objection_id": objection_id,
            "text": response.text.strip(),
            "technique_id": techniques.id_for(response.technique) if response.technique else None,
            "follow_up": response.follow_up.strip(),
            "position": position,
            "used": response.times_used,
            "worked": response.times_worked,
            "now": now,
        },
    )
