"""The full-text index, kept in step with the tables inside the same transaction.

Two FTS5 tables hold one row per live objection, keyed by the objection's id and filled with folded
text (see `folding`):

- `search_objections` (text, tags): what the customer says. Ranked with bm25; it is small, so
  ranking every match is cheap.
- `search_documents` (body): everything searchable — the objection, tags, concern, probing
  questions, responses and their follow-up questions. It stores no positions (`detail=none`) and
  indexes 3- and 4-letter prefixes, so "does anything here match?" costs a fraction of a
  millisecond even for a short prefix over 300,000 responses; it is never ranked (see `search`).

The tables are created by the migrations (`0001_initial`).

Every ORM flush refreshes the documents of the objections it touched (`install_index_hooks`), and
bulk imports call `refresh_documents` themselves, in the same transaction as the change.
Objections in the Trash have no rows, so search never sees them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, text

from einwandfrei.planning.folding import fold

OBJECTION_TABLE = "search_objections"
DOCUMENT_TABLE = "search_documents"
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """The folded text one objection contributes to the two search tables."""

    objection_id: int
    text: str
    tags: str
    body: str


def build_document(
    objection_id: int,
    text: str,
    tags: Iterable[str],
    concern: str,
    probing_questions: str,
    responses: Iterable[tuple[str, str]],
) -> SearchDocument:
    """Fold an objection's searchable parts into its index rows."""
    tag_text = " ".join(sorted(tags, key=str.casefold))
    parts = [text, tag_text, concern, probing_questions]
    for response_text, follow_up in responses:
        parts.append(response_text)
        parts.append(follow_up)
    return SearchDocument(
        objection_id,
        fold(text),
        fold(tag_text),
        distinct_words(fold("\n".join(part for part in parts if part))),
    )


def distinct_words(folded: str) -> str:
    """Each whitespace-separated word once, in order of first appearance.

    The documents table keeps no positions (`detail=none`), so a repeated word adds nothing to
    what matches; dropping repeats makes a large import tokenize and store a third less.
    """
    return " ".join(dict.fromkeys(folded.split()))


StoredDocument = tuple[str | None, str | None, str | None]


def same_document(stored: StoredDocument, expected: StoredDocument) -> bool:
    """Whether a stored index row matches what it should hold (the body as a set of words, so
    rows written before repeats were dropped still count as in step)."""
    if stored[:2] != expected[:2]:
        return False
    if stored[2] is None or expected[2] is None:
        return stored[2] == expected[2]
    return set(stored[2].split()) == set(expected[2].split())


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def expected_documents(
    connection: Connection, objection_ids: Sequence[int]
) -> list[SearchDocument]:
    """The index rows the given objections should have now (none for deleted or missing ones)."""
    documents: list[SearchDocument] = []
    for chunk in _chunks(objection_ids):
        ids: BindParameter[list[int]] = bindparam("ids", chunk, expanding=True)
        objections = connection.execute(
            text(
                "SELECT id, text, concern, probing_questions FROM objections "
                "WHERE id IN :ids AND deleted_at IS NULL"
            ).bindparams(ids)
        ).all()
        tags: dict[int, list[str]] = defaultdict(list)
        for objection_id, name in connection.execute(
            text(
                "SELECT ot.objection_id, t.name FROM objection_tags ot "
                "JOIN tags t ON t.id = ot.tag_id WHERE ot.objection_id IN :ids"
            ).bindparams(ids)
        ):
            tags[objection_id].append(name)
        responses: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for objection_id, response_text, follow_up in connection.execute(
            text(
                "SELECT objection_id, text, follow_up FROM responses "
                "WHERE objection_id IN :ids AND deleted_at IS NULL ORDER BY position, id"
            ).bindparams(ids)
        ):
            responses[objection_id].append((response_text, follow_up))
        documents.extend(
            build_document(
                row.id,
                row.text,
                tags[row.id],
                row.concern,
                row.probing_questions,
                responses[row.id],
            )
            for row in objections
        )
    return documents


def write_documents(connection: Connection, documents: Sequence[SearchDocument]) -> None:
    """Insert index rows for objections that have none yet."""
    if not documents:
        return
    connection.exec_driver_sql(
        f"INSERT INTO {OBJECTION_TABLE} (rowid, text, tags) VALUES (?, ?, ?)",
        [(d.objection_id, d.text, d.tags) for d in documents],
    )
    connection.exec_driver_sql(
        f"INSERT INTO {DOCUMENT_TABLE} (rowid, body) VALUES (?, ?)",
        [(d.objection_id, d.body) for d in documents],
    )


def remove_documents(connection: Connection, objection_ids: Sequence[int]) -> None:
    """Drop the index rows of the given objections."""
    for chunk in _chunks(objection_ids):
        ids: BindParameter[list[int]] = bindparam("ids", chunk, expanding=True)
        for table in (OBJECTION_TABLE, DOCUMENT_TABLE):
            connection.execute(text(f"DELETE FROM {table} WHERE rowid IN :ids").bindparams(ids))


def refresh_documents(connection: Connection, objection_ids: Iterable[int]) -> None:
    """Bring the index rows of the given objections in step with the tables."""
    ids = sorted(set(objection_ids))
    if not ids:
        return
    remove_documents(connection, ids)
    write_documents(connection, expected_documents(connection, ids))


def rebuild(connection: Connection) -> int:
    """Re-create every index row from the tables; returns the number of objections indexed.

    Mends a damaged FTS5 table too: deleting its rows alone can leave a broken inverted index
    behind, so each table, once empty, is also rebuilt by FTS5 itself (cheap on an empty table).
    """
    for table in (OBJECTION_TABLE, DOCUMENT_TABLE):
        connection.execute(text(f"DELETE FROM {table}"))
        connection.execute(text(f"INSERT INTO {table} ({table}) VALUES ('rebuild')"))
    ids = list(
        connection.execute(text("SELECT id FROM objections WHERE deleted_at IS NULL")).scalars()
    )
    for chunk in _chunks(ids):
        write_documents(connection, expected_documents(connection, chunk))
    return len(ids)


def stored_documents(connection: Connection) -> dict[int, StoredDocument]:
    """What the index holds, by objection id: (text, tags, body); None where a row is missing."""
    stored: dict[int, StoredDocument] = {}
    for objection_id, folded_text, tags in connection.execute(
        text(f"SELECT rowid, text, tags FROM {OBJECTION_TABLE}")
    ):
        stored[objection_id] = (folded_text, tags, None)
    for objection_id, body in connection.execute(text(f"SELECT rowid, body FROM {DOCUMENT_TABLE}")):
        folded_text, tags, _ = stored.get(objection_id, (None, None, None))
        stored[objection_id] = (folded_text, tags, body)
    return stored


def all_expected_documents(connection: Connection) -> dict[int, StoredDocument]:
    """What the index should hold, by objection id, in the shape of `stored_documents`."""
    ids = list(
        connection.execute(text("SELECT id FROM objections WHERE deleted_at IS NULL")).scalars()
    )
    return {
        document.objection_id: (document.text, document.tags, document.body)
        for chunk in _chunks(ids)
        for document in expected_documents(connection, chunk)
    }


def _touched_objections(session: Any) -> tuple[set[int], set[int]]:
    """Objection ids whose documents a flush may have changed, and ids of tags renamed in it."""
    from einwandfrei.store.models import Objection, Response, Tag

    objection_ids: set[int] = set()
    tag_ids: set[int] = set()
    for instance in (*session.new, *session.dirty, *session.deleted):
        if isinstance(instance, Objection):
            objection_ids.add(instance.id)
        elif isinstance(instance, Response):
            objection_ids.add(instance.objection_id)
        elif isinstance(instance, Tag) and instance.id is not None:
            tag_ids.add(instance.id)
    return objection_ids, tag_ids


def _after_flush(session: Any, _flush_context: Any) -> None:
    objection_ids, tag_ids = _touched_objections(session)
    connection = session.connection()
    if tag_ids:
        objection_ids.update(
            connection.execute(
                text("SELECT objection_id FROM objection_tags WHERE tag_id IN :ids").bindparams(
                    bindparam("ids", sorted(tag_ids), expanding=True)
                )
            ).scalars()
        )
    refresh_documents(connection, objection_ids)


def install_index_hooks(session_factory: Any) -> None:
    """Make every flush of sessions from `session_factory` refresh the documents it touched."""
    from sqlalchemy import event

    event.listen(session_factory, "after_flush", _after_flush)
