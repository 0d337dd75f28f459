"""Whether rows a deletion removed can come back as they were, and the sentence if not.

Another program may change the library between a deletion and its undoing. The rows cannot come
back when the objection (customer, plan) they belonged to was deleted for good meanwhile, when an
import brought the same item (by its UUID) back, or when another category, technique or tag took the
name. `reinstatable` finds that before anything is written and raises `CannotReinstateError`.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, text

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.store.library.snapshots import Snapshot, TableRows, foreign_keys


class CannotReinstateError(LibraryError):
    """Deleted rows cannot come back as they were; the sentence says why. Nothing was changed."""


# Whole sentences for each kind of row: other languages inflect the words around the noun.
_PARENT_GONE = {
    "objections": QT_TRANSLATE_NOOP(
        "Messages",
        "It cannot come back: the objection it belonged to has been deleted for good meanwhile.",
    ),
    "responses": QT_TRANSLATE_NOOP(
        "Messages",
        "It cannot come back: the response it belonged to has been deleted for good meanwhile.",
    ),
    "customers": QT_TRANSLATE_NOOP(
        "Messages",
        "It cannot come back: the customer it belonged to has been deleted for good meanwhile.",
    ),
    "call_plans": QT_TRANSLATE_NOOP(
        "Messages",
        "It cannot come back: the call plan it belonged to has been deleted for good meanwhile.",
    ),
}
_SOMETHING_GONE = QT_TRANSLATE_NOOP(
    "Messages", "It cannot come back: what it belonged to has been deleted for good meanwhile."
)
_SAME_ENTRY = QT_TRANSLATE_NOOP(
    "Messages", "It cannot come back: the library holds the same entry again meanwhile."
)
_SAME_ITEM_BACK = {
    "objections": QT_TRANSLATE_NOOP(
        "Messages",
        "The objection cannot come back: an import has brought the same objection into the "
        "library meanwhile.",
    ),
    "responses": QT_TRANSLATE_NOOP(
        "Messages",
        "The response cannot come back: an import has brought the same response into the "
        "library meanwhile.",
    ),
    "questions": QT_TRANSLATE_NOOP(
        "Messages",
        "The question cannot come back: an import has brought the same question into the "
        "library meanwhile.",
    ),
    "checklist_items": QT_TRANSLATE_NOOP(
        "Messages",
        "The checklist item cannot come back: an import has brought the same item into the "
        "library meanwhile.",
    ),
}
_NAME_TAKEN_MEANWHILE = {
    "categories": QT_TRANSLATE_NOOP(
        "Messages", "The category cannot come back: another category is called “{name}” now."
    ),
    "techniques": QT_TRANSLATE_NOOP(
        "Messages", "The technique cannot come back: another technique is called “{name}” now."
    ),
    "tags": QT_TRANSLATE_NOOP(
        "Messages", "The tag cannot come back: another tag is called “{name}” now."
    ),
}


_CHUNK = 500


def _unique_columns(connection: Connection, table: str) -> list[str]:
    """The columns of `table` that are unique on their own (besides its id)."""
    columns = []
    for index in connection.exec_driver_sql(f'PRAGMA index_list("{table}")'):
        if index[2] and index[3] != "pk":  # unique, not the primary key
            parts = connection.exec_driver_sql(f'PRAGMA index_info("{index[1]}")').all()
            if len(parts) == 1:
                columns.append(str(parts[0][2]))
    return columns


def _existing(
    connection: Connection, table: str, column: str, values: list[object]
) -> list[object]:
    found: list[object] = []
    for start in range(0, len(values), _CHUNK):
        found.extend(
            connection.execute(
                text(f'SELECT "{column}" FROM "{table}" WHERE "{column}" IN :values').bindparams(
                    bindparam("values", values[start : start + _CHUNK], expanding=True)
                )
            ).scalars()
        )
    return found


def _refuse_taken(connection: Connection, snapshot: Snapshot) -> None:
    """Refuse rows whose UUID or name another row has taken meanwhile."""
    for part in snapshot.tables:
        for column in _unique_columns(connection, part.table):
            if column not in part.columns:
                continue
            position = part.columns.index(column)
            taken = _existing(connection, part.table, column, [row[position] for row in part.rows])
            if not taken:
                continue
            if column == "name" and part.table in _NAME_TAKEN_MEANWHILE:
                raise CannotReinstateError(
                    Message(_NAME_TAKEN_MEANWHILE[part.table], name=str(taken[0]))
                )
            raise CannotReinstateError(Message(_SAME_ITEM_BACK.get(part.table, _SAME_ENTRY)))


def reinstatable(connection: Connection, snapshot: Snapshot) -> Snapshot:
    """What of `snapshot` can come back; raises `CannotReinstateError` if the deleted rows cannot.

    Rows that hung on something else deleted for good meanwhile (an objection's place in a call
    plan whose customer was erased, say) stay deleted, as that deletion would have taken them; the
    rows that were deleted (the first table) must find what they belong to, or nothing comes back.
    Tags are left out: a tag deleted meanwhile is made again (see `snapshots.reinstate`).
    """
    _refuse_taken(connection, snapshot)
    if not snapshot.tables:
        return snapshot
    root = snapshot.tables[0].table
    keys = [
        key
        for key in foreign_keys(connection)
        if key.on_delete == "CASCADE" and key.parent != "tags"
    ]
    parts = list(snapshot.tables)
    dropped = True
    while dropped:
        dropped = False
        inside = {part.table: set(Snapshot((part,), ()).ids(part.table)) for part in parts}
        for index, part in enumerate(parts):
            for key in (key for key in keys if key.child == part.table):
                position = part.columns.index(key.column)
                values = {row[position] for row in part.rows if row[position] is not None}
                if key.parent_column == "id":
                    values -= inside.get(key.parent, set())
                gone = values - set(_existing(connection, key.parent, key.parent_column, [*values]))
                if not gone:
                    continue
                if part.table == root:
                    raise CannotReinstateError(
                        Message(_PARENT_GONE.get(key.parent, _SOMETHING_GONE))
                    )
                rows = tuple(row for row in part.rows if row[position] not in gone)
                parts[index] = part = TableRows(part.table, part.columns, rows)
                dropped = True
    return Snapshot(tuple(parts), snapshot.cleared, snapshot.tag_names)
