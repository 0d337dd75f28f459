"""The full-text index, kept in step with the tables inside the same transaction.

Three FTS5 tables hold one row per live objection, keyed by the objection's id and filled with
folded text (see `folding` and `word_forms`):

- `search_objections` (text, phrasings, tags): what the customer says, in the library's words and
  in the ways customers say it. Ranked with bm25; it is small, so ranking the matches is cheap.
  Like `search_forms`, it indexes 1- and 2-letter prefixes: one letter typed after other words
  never merges the doclists of every word that starts with it.
- `search_forms` (forms, parts): the other forms of those words — stems, German verb forms, British
  and American spellings, words joined across a hyphen or a space ("E-Mail" → "email"), the sound
  keys of long stems — and the endings of long words, the parts of compounds ("Kündigungsfrist" →
  … "frist"). Ranked, and asked
  only when the customer's own words do not fill the answer (see `search`).
- `search_documents` (body): everything searchable — the objection, its phrasings and tags, the
  concern, probing questions, responses and their follow-up questions, each folded word once and
  hyphenated words joined. It stores no positions (`detail=none`) and indexes 1- to 4-letter
  prefixes, so "does anything here match?" costs a fraction of a millisecond even for a short
  prefix over 300,000 responses; it is never ranked.

The tables are created by the migrations (`0006_phrasings`). Objections in the Trash have no rows,
so search never sees them. What the rows hold is versioned (`SEARCH_FORMAT`, kept in
`library_meta`): a library indexed the old way is re-indexed once when it is opened.

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
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import BindParameter, Connection, bindparam, text

from einwandfrei.planning.folding import fold
from einwandfrei.planning.word_forms import (
    STEM_LANGUAGES,
    STEMMERS,
    compound_parts,
    hyphen_joins,
    pair_joins,
    raw_words,
    stem_key,
    word_forms,
)
from einwandfrei.store.db.sqlite_access import driver_connection

OBJECTION_TABLE = "search_objections"
FORMS_TABLE = "search_forms"
DOCUMENT_TABLE = "search_documents"
SEARCH_TABLES = (OBJECTION_TABLE, FORMS_TABLE, DOCUMENT_TABLE)
# What the rows hold and how they are folded; a library whose index has another format (or none)
# is re-indexed once on open. Raise it whenever `build_document` changes what it writes.
SEARCH_FORMAT = "3"
_FORMAT_KEY = "search_format"
_CHUNK = 500

Progress = Callable[[int, int], None]
"""Told (objections indexed, objections in all) while a whole index is built."""


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """The folded text one objection contributes to the three search tables."""

    objection_id: int
    text: str
    phrasings: str
    tags: str
    forms: str
    parts: str
    body: str


def build_document(
    objection_id: int,
    text: str,
    tags: Iterable[str],
    concern: str,
    probing_questions: str,
    responses: Iterable[tuple[str, str]],
    phrasings: Sequence[str] = (),
    language: str = "",
) -> SearchDocument:
    """Fold an objection's searchable parts into its index rows.

    `language` chooses the stemmer for the other forms of the customer's words; an objection
    without one (or with one no stemmer knows) gets the forms of every language that has one.
    """
    tag_list = sorted(tags, key=str.casefold)
    tag_text = " ".join(tag_list)
    phrasing_text = "\n".join(phrasings)
    parts = [text, phrasing_text, tag_text, concern, probing_questions]
    for response_text, follow_up in responses:
        parts.append(response_text)
        parts.append(follow_up)
    everything = "\n".join(part for part in parts if part)
    forms, compound = _customer_forms((text, *phrasings, *tag_list), language)
    return SearchDocument(
        objection_id,
        fold(text),
        fold(phrasing_text),
        fold(tag_text),
        forms,
        compound,
        distinct_words(fold(everything) + " " + " ".join(hyphen_joins(everything))),
    )


@lru_cache(maxsize=200_000)
def _word_entry(word: str, language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A lower-cased word's forms (itself folded first, its other forms, the sound key of its
    stem) and the parts it may be a compound of, for the index."""
    forms = [fold(word)]
    for one_language in (language,) if language in STEMMERS else STEM_LANGUAGES:
        forms.extend(word_forms(word, one_language))
        key = stem_key(word, one_language)
        if key is not None:
            forms.append(key)
    return tuple(forms), tuple(compound_parts(forms[0]))


def _customer_forms(texts: Sequence[str], language: str) -> tuple[str, str]:
    """The customer's words with their other forms and joined spellings; and the parts of their
    long words (compounds). Each once."""
    forms: list[str] = []
    parts: list[str] = []
    for piece in texts:
        words = raw_words(piece)
        for word in words:
            word_forms_, word_parts = _word_entry(word, language)
            forms.extend(word_forms_)
            parts.extend(word_parts)
        forms.extend(pair_joins(words))
        forms.extend(hyphen_joins(piece))
    return " ".join(dict.fromkeys(forms)), " ".join(dict.fromkeys(parts))


def distinct_words(folded: str) -> str:
    """Each whitespace-separated word once, in order of first appearance.

    The documents table keeps no positions (`detail=none`), so a repeated word adds nothing to
    what matches; dropping repeats makes a large import tokenize and store a third less.
    """
    return " ".join(dict.fromkeys(folded.split()))


StoredDocument = tuple[str | None, ...]
"""An objection's index rows as compared: text, phrasings, tags, forms, parts, body."""

# The columns compared as sets of words: each word is stored once, in no particular order.
_WORD_SETS = (3, 4, 5)


def same_document(stored: StoredDocument, expected: StoredDocument) -> bool:
    """Whether a stored index row matches what it should hold (forms, parts and body as sets of
    words, so rows written before repeats were dropped still count as in step)."""
    for index, (mine, theirs) in enumerate(zip(stored, expected, strict=True)):
        if index in _WORD_SETS and mine is not None and theirs is not None:
            if set(mine.split()) != set(theirs.split()):
                return False
        elif mine != theirs:
            return False
    return True


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
                "SELECT id, text, concern, probing_questions, language FROM objections "
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
        phrasings: dict[int, list[str]] = defaultdict(list)
        for objection_id, phrasing in connection.execute(
            text(
                "SELECT objection_id, text FROM objection_phrasings "
                "WHERE objection_id IN :ids ORDER BY position, id"
            ).bindparams(ids)
        ):
            phrasings[objection_id].append(phrasing)
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
                phrasings[row.id],
                row.language,
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
        f"INSERT INTO {OBJECTION_TABLE} (rowid, text, phrasings, tags) VALUES (?, ?, ?, ?)",
        [(d.objection_id, d.text, d.phrasings, d.tags) for d in documents],
    )
    connection.exec_driver_sql(
        f"INSERT INTO {FORMS_TABLE} (rowid, forms, parts) VALUES (?, ?, ?)",
        [(d.objection_id, d.forms, d.parts) for d in documents],
    )
    connection.exec_driver_sql(
        f"INSERT INTO {DOCUMENT_TABLE} (rowid, body) VALUES (?, ?)",
        [(d.objection_id, d.body) for d in documents],
    )


def _remove_documents(connection: Connection, objection_ids: Sequence[int]) -> None:
    """Drop the index rows of the given objections."""
    for chunk in _chunks(objection_ids):
        ids: BindParameter[list[int]] = bindparam("ids", chunk, expanding=True)
        for table in SEARCH_TABLES:
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


def rebuild(connection: Connection, progress: Progress | None = None) -> int:
    """Re-create every index row from the tables; returns the number of objections indexed.

    Mends a damaged FTS5 table too: deleting its rows alone can leave a broken inverted index
    behind, so each table, once empty, is also rebuilt by FTS5 itself (cheap on an empty table).
    `progress` is told how far it got after every chunk. The index is marked as of the current
    `SEARCH_FORMAT`.
    """
    for table in SEARCH_TABLES:
        connection.execute(text(f"DELETE FROM {table}"))
        connection.execute(text(f"INSERT INTO {table} ({table}) VALUES ('rebuild')"))
    ids = list(
        connection.execute(text("SELECT id FROM objections WHERE deleted_at IS NULL")).scalars()
    )
    if progress is not None:
        progress(0, len(ids))
    done = 0
    for chunk in _chunks(ids):
        index_new_objections(connection, expected_documents(connection, chunk))
        done += len(chunk)
        if progress is not None:
            progress(done, len(ids))
    mark_current(connection)
    return len(ids)


def index_format(connection: Connection) -> str | None:
    """The format the library's index was built in (None: before formats were recorded)."""
    return connection.execute(
        text("SELECT value FROM library_meta WHERE key = :key"), {"key": _FORMAT_KEY}
    ).scalar()


def needs_rebuild(connection: Connection) -> bool:
    """Whether the index was built the old way and must be built again (`rebuild`)."""
    return index_format(connection) != SEARCH_FORMAT


def mark_current(connection: Connection) -> None:
    """Record that the index is built in the current format (an empty library's is)."""
    connection.execute(
        text("INSERT OR REPLACE INTO library_meta (key, value) VALUES (:key, :value)"),
        {"key": _FORMAT_KEY, "value": SEARCH_FORMAT},
    )


def stored_documents(connection: Connection) -> dict[int, StoredDocument]:
    """What the index holds, by objection id, as (text, phrasings, tags, forms, parts, body);
    None where a row is missing."""
    rows: dict[int, list[str | None]] = defaultdict(lambda: [None] * 6)
    for objection_id, folded_text, phrasings, tags in connection.execute(
        text(f"SELECT rowid, text, phrasings, tags FROM {OBJECTION_TABLE}")
    ):
        rows[objection_id][0:3] = [folded_text, phrasings, tags]
    for objection_id, forms, parts in connection.execute(
        text(f"SELECT rowid, forms, parts FROM {FORMS_TABLE}")
    ):
        rows[objection_id][3:5] = [forms, parts]
    for objection_id, body in connection.execute(text(f"SELECT rowid, body FROM {DOCUMENT_TABLE}")):
        rows[objection_id][5] = body
    return {objection_id: tuple(row) for objection_id, row in rows.items()}


def all_expected_documents(connection: Connection) -> dict[int, StoredDocument]:
    """What the index should hold, by objection id, in the shape of `stored_documents`."""
    ids = list(
        connection.execute(text("SELECT id FROM objections WHERE deleted_at IS NULL")).scalars()
    )
    return {
        document.objection_id: (
            document.text,
            document.phrasings,
            document.tags,
            document.forms,
            document.parts,
            document.body,
        )
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
        "AFTER UPDATE OF id, text, concern, probing_questions, language, deleted_at "
        "ON main.objections "
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
    "search_pending_phrasing_added": (
        f"AFTER INSERT ON main.objection_phrasings BEGIN {_NOTE} (NEW.objection_id); END"
    ),
    "search_pending_phrasing_changed": (
        "AFTER UPDATE OF objection_id, text, position ON main.objection_phrasings "
        f"BEGIN {_NOTE} (OLD.objection_id), (NEW.objection_id); END"
    ),
    "search_pending_phrasing_removed": (
        f"AFTER DELETE ON main.objection_phrasings BEGIN {_NOTE} (OLD.objection_id); END"
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


_WATCHED = re.compile(r" ON main\.(\w+) ")


def track_changes(db: sqlite3.Connection) -> None:
    """Make sure this connection notes the objections its writes touch (see the module's doc).

    Runs outside any transaction, before a write transaction begins: the triggers are temporary
    (this connection's own) and checked each time, since a migration that rebuilds a table drops
    the triggers on it. A table an older schema does not have yet is not watched (its library is
    migrated before anything writes to it).
    """
    missing = _TRIGGERS.keys() - _installed(db)
    if not missing:
        return
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_PENDING} (objection_id INTEGER PRIMARY KEY)")
    for name in sorted(missing):
        watched = _WATCHED.search(_TRIGGERS[name])
        if watched is not None and watched.group(1) in tables:
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
