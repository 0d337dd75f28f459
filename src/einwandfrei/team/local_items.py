"""Team items in the local library: reading their content, writing a team version into the
objection, question and checklist tables, and the `team_items` bookkeeping.

Writes go through Core statements in the caller's write transaction (a pull applies everything
in one), which keeps the search index in step (`Library.write`); new objections are written
untracked and indexed from the content at hand. Each touched objection's version counter is
raised, so an editor window holding an older copy fails loudly instead of overwriting the team's
text.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, text

from einwandfrei.store.library import search_index
from einwandfrei.store.transfer.row_writer import NamedRows, insert_many, next_id, timestamp_text
from einwandfrei.team.content import (
    CHECKLIST_ITEM,
    OBJECTION,
    QUESTION,
    Content,
    TeamObjection,
    TeamResponse,
    TeamText,
    canonical,
)

_CHUNK = 500
TABLES = {OBJECTION: "objections", QUESTION: "questions", CHECKLIST_ITEM: "checklist_items"}


@dataclass(frozen=True, slots=True)
class TeamItemRow:
    """A row of `team_items`."""

    uuid: str
    kind: str
    revision: int
    content: str | None
    incoming_revision: int | None
    incoming_content: str | None


def _chunks(values: Sequence[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield list(values[start : start + _CHUNK])


def _expanding(name: str, values: list[Any]) -> BindParameter[list[Any]]:
    return bindparam(name, values, expanding=True)


def team_rows(connection: Connection, uuids: Sequence[str] | None = None) -> dict[str, TeamItemRow]:
    """The `team_items` rows of `uuids` (all of them for None)."""
    query = (
        "SELECT uuid, kind, revision, content, incoming_revision, incoming_content FROM team_items"
    )
    if uuids is None:
        return {row[0]: TeamItemRow(*row) for row in connection.exec_driver_sql(query)}
    found: dict[str, TeamItemRow] = {}
    for chunk in _chunks(uuids):
        for row in connection.execute(
            text(f"{query} WHERE uuid IN :uuids").bindparams(_expanding("uuids", chunk))
        ):
            found[row[0]] = TeamItemRow(*row)
    return found


def local_ids(connection: Connection, kind: str, uuids: Sequence[str]) -> dict[str, int]:
    """The local row id of each uuid present in the table of `kind` (trashed rows included)."""
    found: dict[str, int] = {}
    for chunk in _chunks(uuids):
        for uuid, row_id in connection.execute(
            text(f"SELECT uuid, id FROM {TABLES[kind]} WHERE uuid IN :uuids").bindparams(
                _expanding("uuids", chunk)
            )
        ):
            found[str(uuid)] = int(row_id)
    return found


def read_contents(
    connection: Connection, kind: str, uuids: Sequence[str]
) -> dict[str, Content | None]:
    """The local version of each item in `uuids` as team content; None for one in the Trash or
    gone (a deleted item). Checklist items have no Trash; inactive ones are still content."""
    if kind != OBJECTION:
        table = TABLES[kind]
        trash = "deleted_at IS NULL" if kind == QUESTION else "1"
        result: dict[str, Content | None] = dict.fromkeys(uuids)
        for chunk in _chunks(uuids):
            for uuid, body in connection.execute(
                text(f"SELECT uuid, text FROM {table} WHERE uuid IN :uuids AND {trash}").bindparams(
                    _expanding("uuids", chunk)
                )
            ):
                result[str(uuid)] = TeamText(str(body))
        return result
    objections: dict[str, Content | None] = dict.fromkeys(uuids)
    for chunk in _chunks(uuids):
        objections.update(_read_objections(connection, chunk))
    return objections


def _read_objections(connection: Connection, uuids: list[str]) -> dict[str, TeamObjection]:
    rows = connection.execute(
        text(
            "SELECT o.id, o.uuid, o.text, c.name, o.concern, o.probing_questions, o.kind, "
            "o.language FROM objections o LEFT JOIN categories c ON c.id = o.category_id "
            "WHERE o.uuid IN :uuids AND o.deleted_at IS NULL"
        ).bindparams(_expanding("uuids", uuids))
    ).all()
    ids = [int(row[0]) for row in rows]
    tags: dict[int, list[str]] = defaultdict(list)
    responses: dict[int, list[TeamResponse]] = defaultdict(list)
    if ids:
        for objection_id, name in connection.execute(
            text(
                "SELECT ot.objection_id, t.name FROM objection_tags ot JOIN tags t "
                "ON t.id = ot.tag_id WHERE ot.objection_id IN :ids"
            ).bindparams(_expanding("ids", ids))
        ):
            tags[int(objection_id)].append(str(name))
        for objection_id, uuid, body, technique, follow_up in connection.execute(
            text(
                "SELECT r.objection_id, r.uuid, r.text, t.name, r.follow_up FROM responses r "
                "LEFT JOIN techniques t ON t.id = r.technique_id "
                "WHERE r.objection_id IN :ids AND r.deleted_at IS NULL "
                "ORDER BY r.objection_id, r.position, r.id"
            ).bindparams(_expanding("ids", ids))
        ):
            responses[int(objection_id)].append(
                TeamResponse(str(uuid), str(body), str(technique or ""), str(follow_up))
            )
    return {
        str(row[1]): TeamObjection(
            text=str(row[2]),
            category=None if row[3] is None else str(row[3]),
            concern=str(row[4]),
            probing_questions=tuple(
                line.strip() for line in str(row[5]).splitlines() if line.strip()
            ),
            kind=str(row[6]),
            tags=tuple(sorted(tags[int(row[0])], key=str.casefold)),
            language=str(row[7]),
            responses=tuple(responses[int(row[0])]),
        )
        for row in rows
    }


class LocalWriter:
    """Writes team versions into the local tables within one write transaction (which reindexes
    what changed); `touched_objections` collects the ids of the objections changed."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.now = timestamp_text()
        self.categories = NamedRows(connection, "categories", positioned=True)
        self.techniques = NamedRows(connection, "techniques", positioned=True)
        self.tags = NamedRows(connection, "tags", positioned=False)
        self.touched_objections: set[int] = set()

    # Objections ---------------------------------------------------------------------------

    def add_objections(self, items: Sequence[tuple[str, TeamObjection]]) -> list[int]:
        """Insert new objections (uuid, content) with their answers and tags; returns their ids."""
        if not items:
            return []
        objection_id = first = next_id(self.connection, "objections")
        objection_rows: list[tuple[Any, ...]] = []
        response_rows: list[tuple[Any, ...]] = []
        tag_rows: list[tuple[int, int]] = []
        for uuid, objection in items:
            objection_rows.append((objection_id, uuid, *self._objection_fields(objection)))
            response_rows.extend(self._response_rows(objection_id, objection.responses))
            tag_rows.extend((objection_id, tag_id) for tag_id in self._tag_ids(objection))
            objection_id += 1
        self._flush_names()
        ids = list(range(first, objection_id))
        # New rows: their index documents are built from the content at hand (no read-back).
        with search_index.untracked(self.connection):
            insert_many(
                self.connection,
                "INSERT INTO objections (id, uuid, text, category_id, concern, probing_questions, "
                "kind, language, is_favorite, created_at, updated_at, version) "
                f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, '{self.now}', '{self.now}', 1)",
                objection_rows,
            )
            self._insert_responses(response_rows)
            insert_many(
                self.connection,
                "INSERT INTO objection_tags (objection_id, tag_id) VALUES (?, ?)",
                tag_rows,
            )
            search_index.index_new_objections(
                self.connection,
                [
                    search_index.build_document(
                        row_id,
                        objection.text,
                        objection.tags,
                        objection.concern,
                        "\n".join(objection.probing_questions),
                        ((r.text, r.follow_up) for r in objection.responses),
                    )
                    for row_id, (_uuid, objection) in zip(ids, items, strict=True)
                ],
            )
        return ids

    def update_objection(self, objection_id: int, objection: TeamObjection) -> None:
        """Replace an objection's team content (out of the Trash if it was there)."""
        # Every name first, so the rows they refer to exist before anything points at them.
        fields = self._objection_fields(objection)
        tag_ids = self._tag_ids(objection)
        technique_ids = [self._technique_id(r.technique) for r in objection.responses]
        self._flush_names()
        self.connection.exec_driver_sql(
            "UPDATE objections SET text = ?, category_id = ?, concern = ?, probing_questions = ?,"
            " kind = ?, language = ?, deleted_at = NULL, updated_at = ?, version = version + 1"
            " WHERE id = ?",
            (*fields, self.now, objection_id),
        )
        existing = {
            str(uuid): int(row_id)
            for uuid, row_id in self.connection.exec_driver_sql(
                "SELECT uuid, id FROM responses WHERE objection_id = ?", (objection_id,)
            )
        }
        wanted = {response.uuid for response in objection.responses}
        for row_id in (row_id for uuid, row_id in existing.items() if uuid not in wanted):
            self.connection.exec_driver_sql(
                "UPDATE responses SET deleted_at = coalesce(deleted_at, ?), updated_at = ?, "
                "version = version + 1 WHERE id = ?",
                (self.now, self.now, row_id),
            )
        new_rows: list[tuple[Any, ...]] = []
        for position, (response, technique_id) in enumerate(
            zip(objection.responses, technique_ids, strict=True)
        ):
            if response.uuid in existing:
                self.connection.exec_driver_sql(
                    "UPDATE responses SET text = ?, technique_id = ?, follow_up = ?, "
                    "position = ?, deleted_at = NULL, updated_at = ?, version = version + 1 "
                    "WHERE id = ?",
                    (
                        response.text,
                        technique_id,
                        response.follow_up,
                        position,
                        self.now,
                        existing[response.uuid],
                    ),
                )
            else:
                new_rows.append(
                    (
                        None,
                        response.uuid,
                        objection_id,
                        response.text,
                        technique_id,
                        response.follow_up,
                        position,
                    )
                )
        self._insert_responses(new_rows)
        self.connection.exec_driver_sql(
            "DELETE FROM objection_tags WHERE objection_id = ?", (objection_id,)
        )
        insert_many(
            self.connection,
            "INSERT INTO objection_tags (objection_id, tag_id) VALUES (?, ?)",
            [(objection_id, tag_id) for tag_id in tag_ids],
        )
        self.touched_objections.add(objection_id)

    def trash_objection(self, objection_id: int) -> None:
        """Move an objection the team deleted to the Trash (the rep can restore it)."""
        self.connection.exec_driver_sql(
            "UPDATE objections SET deleted_at = coalesce(deleted_at, ?), updated_at = ?, "
            "version = version + 1 WHERE id = ?",
            (self.now, self.now, objection_id),
        )
        self.touched_objections.add(objection_id)

    def _objection_fields(self, objection: TeamObjection) -> tuple[Any, ...]:
        category_id = self.categories.id_for(objection.category) if objection.category else None
        return (
            objection.text,
            category_id,
            objection.concern,
            "\n".join(objection.probing_questions),
            objection.kind,
            objection.language,
        )

    def _tag_ids(self, objection: TeamObjection) -> list[int]:
        return list(dict.fromkeys(self.tags.id_for(tag) for tag in objection.tags))

    def _technique_id(self, name: str) -> int | None:
        return self.techniques.id_for(name) if name else None

    def _response_rows(
        self, objection_id: int, responses: Iterable[TeamResponse]
    ) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for position, response in enumerate(responses):
            rows.append(
                (
                    None,
                    response.uuid,
                    objection_id,
                    response.text,
                    self._technique_id(response.technique),
                    response.follow_up,
                    position,
                )
            )
        return rows

    def _insert_responses(self, rows: list[tuple[Any, ...]]) -> None:
        """Insert response rows (their first field, the id, None: numbered here)."""
        if not rows:
            return
        first = next_id(self.connection, "responses")
        insert_many(
            self.connection,
            "INSERT INTO responses (id, uuid, objection_id, text, technique_id, follow_up, "
            "position, times_used, times_worked, created_at, updated_at, version) "
            f"VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, '{self.now}', '{self.now}', 1)",
            [(first + index, *row[1:]) for index, row in enumerate(rows)],
        )

    def _flush_names(self) -> None:
        for names in (self.categories, self.techniques, self.tags):
            names.flush()

    # Questions and checklist items --------------------------------------------------------

    def add_text(self, kind: str, uuid: str, item: TeamText) -> None:
        """Insert a new question or checklist item at the end of its list."""
        table = TABLES[kind]
        position = int(
            self.connection.exec_driver_sql(
                f"SELECT coalesce(max(position), -1) + 1 FROM {table}"
            ).scalar_one()
        )
        self.connection.exec_driver_sql(
            f"INSERT INTO {table} (id, uuid, text, position, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (next_id(self.connection, table), uuid, item.text, position, self.now, self.now),
        )

    def update_text(self, kind: str, row_id: int, item: TeamText) -> None:
        """Replace a question's or checklist item's text (a question out of the Trash)."""
        restore = ", deleted_at = NULL" if kind == QUESTION else ""
        self.connection.exec_driver_sql(
            f"UPDATE {TABLES[kind]} SET text = ?, updated_at = ?{restore} WHERE id = ?",
            (item.text, self.now, row_id),
        )

    def remove_text(self, kind: str, row_id: int) -> None:
        """A question the team deleted goes to the Trash; a checklist item (no Trash) is left
        out of new plans."""
        if kind == QUESTION:
            self.connection.exec_driver_sql(
                "UPDATE questions SET deleted_at = coalesce(deleted_at, ?), updated_at = ? "
                "WHERE id = ?",
                (self.now, self.now, row_id),
            )
        else:
            self.connection.exec_driver_sql(
                "UPDATE checklist_items SET is_active = 0, updated_at = ? WHERE id = ?",
                (self.now, row_id),
            )

    # Generic ----------------------------------------------------------------------------

    def write(self, kind: str, uuid: str, row_id: int | None, content: Content | None) -> None:
        """Make the local item `uuid` (row `row_id`, None: not here) hold `content`."""
        if kind == OBJECTION:
            if content is None:
                if row_id is not None:
                    self.trash_objection(row_id)
            elif row_id is None:
                assert isinstance(content, TeamObjection)
                self.add_objections([(uuid, content)])
            else:
                assert isinstance(content, TeamObjection)
                self.update_objection(row_id, content)
            return
        if content is None:
            if row_id is not None:
                self.remove_text(kind, row_id)
        elif row_id is None:
            assert isinstance(content, TeamText)
            self.add_text(kind, uuid, content)
        else:
            assert isinstance(content, TeamText)
            self.update_text(kind, row_id, content)


def put_team_rows(connection: Connection, rows: Sequence[TeamItemRow]) -> None:
    """Insert or replace `team_items` rows."""
    insert_many(
        connection,
        "INSERT OR REPLACE INTO team_items (uuid, kind, revision, content, incoming_revision, "
        "incoming_content) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                row.uuid,
                row.kind,
                row.revision,
                row.content,
                row.incoming_revision,
                row.incoming_content,
            )
            for row in rows
        ],
    )


def forget_all(connection: Connection) -> int:
    """Forget which items came from the team (they stay as personal ones), the changelog, the
    team totals and everything waiting to be sent; returns how many team items there were."""
    count = int(connection.exec_driver_sql("SELECT count(*) FROM team_items").scalar_one())
    for table in (
        "team_items",
        "team_revisions",
        "team_suggestions",
        "team_count_deltas",
        "team_count_batches",
        "team_answer_totals",
    ):
        connection.exec_driver_sql(f"DELETE FROM {table}")
    return count


def content_json(content: Content | None) -> str | None:
    """`content` as stored in `team_items` (canonical JSON text)."""
    return canonical(content)


def dumps(document: Any) -> str:
    """Compact JSON text."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))
