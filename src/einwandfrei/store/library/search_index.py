"""The full-text index, kept in step with the tables inside the same transaction.

Two FTS5 tables hold one row per live objection, keyed by the objection's id and filled with folded
text (see `folding`):

- `search_objections` (text, tags): what the customer says. Ranked with bm25; it is small, so
  ranking every match is cheap.
- `search_documents` (body): everything searchable — the objection, tags, concern, probing
  questions, responses and their follow-up questions. It stores no positions (`detail=none`) and
  indexes 3- and 4-letter prefixes, so "does anything here match?" costs a fraction of a
  millisecond even for a short prefix over 300,000 responses; it is never ranked (see `search`).

The tables are created by the migrations (`0001_initial`). Objections in the Trash have no rows,
so search never sees them.

What goes into an objection's rows is decided here and nowhere else: `build_document` (the text),
`expected_documents` (where it is read from) and `_TRIGGERS` (which writes change it).

**Keeping it in step.** `reindex_objections` is the one function that changes the index. No writer
calls it: every write transaction (`Library.write`, `Library.session`) watches the tables through
temporary triggers that note the objection whose document a row belongs to, and before the commit
`reindex_pending` refreshes exactly those. So an edit, an undo, a call plan that adds an objection,
an import: none can forget the index. A bulk import, which already holds the texts in memory,
writes its new rows `untracked` and indexes them itself with `index_new_objections`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import BindParameter, Connection, bindparam, text

from einwandfrei.planning.folding import fold
from einwandfrei.store.db.sqlite_access import driver_connection

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


def index_new_objections(connection: Connection, documents: Sequence[SearchDocument]) -> None:
    """Insert the rows of objections that have none yet, from documents built in memory.

    For bulk imports, which write their rows `untracked`; everything else is indexed by
    `reindex_objections`.
    """
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


def _remove_documents(connection: Connection, objection_ids: Sequence[int]) -> None:
    """Drop the index rows of the given objections."""
    for chunk in _chunks(objection_ids):
        ids: BindParameter[list[int]] = bindparam("ids", chunk, expanding=True)
        for table in (OBJECTION_TABLE, DOCUMENT_TABLE):
            connection.execute(text(f"DELETE FROM {table} WHERE rowid IN :ids").bindparams(ids))


def reindex_objections(connection: Connection, objection_ids: Iterable[int]) -> None:
    """Bring the index rows of these objections in step with the tables (the one way it changes).

    Deleted objections and those in the Trash lose their rows; the others get theirs rewritten.
    """
    ids = sorted(set(objection_ids))
    if not ids:
        return
    _remove_documents(connection, ids)
    index_new_objections(connection, expected_documents(connection, ids))


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
        index_new_objections(connection, expected_documents(connection, chunk))
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


# Tracking -----------------------------------------------------------------------------------------

_PENDING = "search_pending"
_NOTE = f"INSERT OR IGNORE INTO {_PENDING} (objection_id) VALUES"

# Every write that changes what `build_document` reads, noting the objection it belongs to. Tag
# and category names, techniques and counters are not searched, so they are not watched (a tag's
# name is: renaming it notes every objection that carries it).
_TRIGGERS = {
    "search_pending_objection_added": (
        f"AFTER INSERT ON main.objections BEGIN {_NOTE} (NEW.id); END"
    ),
    "search_pending_objection_changed": (
        "AFTER UPDATE OF id, text, concern, probing_questions, deleted_at ON main.objections "
        f"BEGIN {_NOTE} (OLD.id), (NEW.id); END"
    ),
    "search_pending_objection_removed": (
        f"AFTER DELETE ON main.objections BEGIN {_NOTE} (OLD.id); END"
    ),
    "search_pending_response_added": (
        f"AFTER INSERT ON main.responses BEGIN {_NOTE} (NEW.objection_id); END"
    ),
    "search_pending_response_changed": (
        "AFTER UPDATE OF objection_id, text, follow_up, position, deleted_at ON main.responses "
        f"BEGIN {_NOTE} (OLD.objection_id), (NEW.objection_id); END"
    ),
    "search_pending_response_removed": (
        f"AFTER DELETE ON main.responses BEGIN {_NOTE} (OLD.objection_id); END"
    ),
    "search_pending_tag_added": (
        f"AFTER INSERT ON main.objection_tags BEGIN {_NOTE} (NEW.objection_id); END"
    ),
    "search_pending_tag_moved": (
        f"AFTER UPDATE ON main.objection_tags BEGIN {_NOTE} (OLD.objection_id), "
        "(NEW.objection_id); END"
    ),
    "search_pending_tag_removed": (
        f"AFTER DELETE ON main.objection_tags BEGIN {_NOTE} (OLD.objection_id); END"
    ),
    "search_pending_tag_renamed": (
        f"AFTER UPDATE OF name ON main.tags BEGIN INSERT OR IGNORE INTO {_PENDING} "
        "(objection_id) SELECT objection_id FROM main.objection_tags WHERE tag_id = NEW.id; END"
    ),
}


def _installed(db: sqlite3.Connection) -> set[str]:
    return {
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE ?",
            (f"{_PENDING}_%",),
        )
    }


def track_changes(db: sqlite3.Connection) -> None:
    """Make sure this connection notes the objections its writes touch (see the module's doc).

    Runs outside any transaction, before a write transaction begins: the triggers are temporary
    (this connection's own) and checked each time, since a migration that rebuilds a table drops
    the triggers on it.
    """
    missing = _TRIGGERS.keys() - _installed(db)
    if not missing:
        return
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_PENDING} (objection_id INTEGER PRIMARY KEY)")
    for name in sorted(missing):
        db.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS {name} {_TRIGGERS[name]}")


def reindex_pending(connection: Connection) -> None:
    """Reindex the objections this transaction's writes touched (before its commit)."""
    db = driver_connection(connection)
    pending = [objection_id for (objection_id,) in db.execute(f"SELECT * FROM {_PENDING}")]
    if pending:
        db.execute(f"DELETE FROM {_PENDING}")
        reindex_objections(connection, pending)


@contextlib.contextmanager
def untracked(connection: Connection) -> Iterator[None]:
    """Inside the block, writes are not noted: the block indexes what it writes itself.

    For bulk imports, which build the documents of their new objections from memory
    (`index_new_objections`) — faster than a trigger per row and a second read of every row.
    The triggers are dropped and re-created inside the transaction, so a rollback restores them.
    """
    for name in _TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS temp.{name}")
    try:
        yield
    finally:
        for name, body in _TRIGGERS.items():
            connection.exec_driver_sql(f"CREATE TEMP TRIGGER IF NOT EXISTS {name} {body}")
