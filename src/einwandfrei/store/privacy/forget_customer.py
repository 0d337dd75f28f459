"""Forgetting one customer inside one library file: their row, their plans and call logs, and every
mention of them in the free text (see `mentions`), then the freed bytes overwritten.

`erase_customer` works inside any `Library.write()` — the library's, or a backup's — so the
library and each copy of it in the data folder are cleaned the same way (the write refreshes the
search entries of the objections it changed). `compact` then
rebuilds the file (`secure_delete`, VACUUM and, for a library in WAL mode, a checkpoint that empties
the write-ahead log), so no page, free or in use, still holds the deleted bytes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlalchemy import Connection

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.bank_rules import identity
from einwandfrei.store.db.errors import LibraryError, NotFoundError
from einwandfrei.store.library import search_index
from einwandfrei.store.privacy.mentions import (
    FREE_TEXT_FIELDS,
    Mentions,
    count_mentions,
    redact_mentions,
)

_DONE = "done"


@dataclass(frozen=True, slots=True)
class ForgetTarget:
    """The customer to forget, and how to recognise them in copies of the library: by id and the
    moment their row was created (an id alone could be another customer's in an old copy)."""

    customer_id: int
    created_at: str
    name: str
    email: str

    def mentions(self) -> Mentions:
        """How texts name them."""
        return Mentions.of((self.name, self.email))


@dataclass(frozen=True, slots=True)
class ForgetPreview:
    """What forgetting a customer removes from the library, for the confirmation."""

    target: ForgetTarget
    company: str
    plans: int
    """Call plans not logged yet (drafts and planned calls, the Trash included)."""
    call_logs: int
    """Plans whose call was logged."""
    mentions: int
    """Fields elsewhere in the library that name them."""


@dataclass(frozen=True, slots=True)
class Erased:
    """What `erase_customer` removed from one file."""

    found: bool
    """Whether the customer's own row was in it."""
    plans: int
    call_logs: int
    texts: int


def _missing() -> NotFoundError:
    return NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "That customer no longer exists.")))


def read_target(connection: Connection, customer_id: int) -> ForgetTarget:
    """The customer with this id (in the Trash or not); `NotFoundError` if there is none."""
    row = connection.exec_driver_sql(
        "SELECT id, created_at, name, email FROM customers WHERE id = ?", (customer_id,)
    ).first()
    if row is None:
        raise _missing()
    return ForgetTarget(int(row[0]), str(row[1]), str(row[2]), str(row[3] or ""))


def find_customer(connection: Connection, name_or_id: str) -> ForgetTarget:
    """The one customer a command line names: by id (digits), else by name (case and spacing do
    not matter; customers in the Trash count). Raises `NotFoundError` for none, `LibraryError`
    naming the ids when several share the name."""
    wanted = name_or_id.strip()
    if wanted.isdigit():
        try:
            return read_target(connection, int(wanted))
        except NotFoundError:
            pass  # a name made of digits
    key = identity(wanted)
    ids = [
        int(customer_id)
        for customer_id, name in connection.exec_driver_sql(
            "SELECT id, name FROM customers ORDER BY id"
        )
        if identity(str(name)) == key
    ]
    if not ids:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "There is no customer called “{name}”."),
                name=wanted,
            )
        )
    if len(ids) > 1:
        raise LibraryError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{count} customers are called “{name}” (ids {ids}); name the one to forget "
                    "by its id.",
                ),
                count=len(ids),
                name=wanted,
                ids=", ".join(str(customer_id) for customer_id in ids),
            )
        )
    return read_target(connection, ids[0])


def _plan_counts(connection: Connection, customer_id: int) -> tuple[int, int]:
    plans = logs = 0
    for (status,) in connection.exec_driver_sql(
        "SELECT status FROM call_plans WHERE customer_id = ?", (customer_id,)
    ):
        if status == _DONE:
            logs += 1
        else:
            plans += 1
    return plans, logs


def preview_forget(connection: Connection, customer_id: int) -> ForgetPreview:
    """What forgetting this customer would remove (nothing is changed)."""
    target = read_target(connection, customer_id)
    company = connection.exec_driver_sql(
        "SELECT company FROM customers WHERE id = ?", (customer_id,)
    ).scalar_one()
    plans, logs = _plan_counts(connection, customer_id)
    # Their own row's notes go with the row; count only what names them elsewhere.
    mentions = count_mentions(connection, target.mentions()) - _own_mentions(connection, target)
    return ForgetPreview(target, str(company or ""), plans, logs, mentions)


def _own_mentions(connection: Connection, target: ForgetTarget) -> int:
    """Fields of the customer's own row and own plans that name them (removed with the rows)."""
    mentions = target.mentions()
    own = 0
    plan_ids = [
        int(plan_id)
        for (plan_id,) in connection.exec_driver_sql(
            "SELECT id FROM call_plans WHERE customer_id = ?", (target.customer_id,)
        )
    ]
    for table, column in FREE_TEXT_FIELDS:
        if table == "customers":
            rows = connection.exec_driver_sql(
                f"SELECT {column} FROM customers WHERE id = ?", (target.customer_id,)
            )
        elif table == "call_plans":
            rows = connection.exec_driver_sql(
                f"SELECT {column} FROM call_plans WHERE customer_id = ?", (target.customer_id,)
            )
        elif table.startswith("plan_") and plan_ids:
            marks = ", ".join("?" for _ in plan_ids)
            rows = connection.exec_driver_sql(
                f"SELECT {column} FROM {table} WHERE plan_id IN ({marks})", tuple(plan_ids)
            )
        else:
            continue
        own += sum(1 for (value,) in rows if value and mentions.found_in(str(value)))
    return own


def names_in_copy(connection: Connection, target: ForgetTarget) -> Mentions:
    """How a copy of the library named the customer, if it holds their row (an earlier name or
    e-mail address the library no longer knows)."""
    row = connection.exec_driver_sql(
        "SELECT name, email FROM customers WHERE id = ? AND created_at = ?",
        (target.customer_id, target.created_at),
    ).first()
    return Mentions.of(()) if row is None else Mentions.of((str(row[0]), str(row[1] or "")))


def erase_customer(connection: Connection, target: ForgetTarget, mentions: Mentions) -> Erased:
    """Delete the customer (if this file holds them), their plans with everything in them, and
    every mention in `mentions`, inside the caller's write transaction; the search index follows.
    """
    row = connection.exec_driver_sql(
        "SELECT id FROM customers WHERE id = ? AND created_at = ?",
        (target.customer_id, target.created_at),
    ).first()
    plans = logs = 0
    if row is not None:
        plans, logs = _plan_counts(connection, target.customer_id)
        # Key messages, questions, objections and checklist entries go with their plan
        # (ON DELETE CASCADE); a later plan that named one as its predecessor keeps none.
        connection.exec_driver_sql(
            "DELETE FROM call_plans WHERE customer_id = ?", (target.customer_id,)
        )
        connection.exec_driver_sql("DELETE FROM customers WHERE id = ?", (target.customer_id,))
    redacted = redact_mentions(connection, mentions)
    # `Library.write` refreshes the search entries of the objections changed here at its end.
    return Erased(row is not None, plans, logs, redacted.texts)


def compact(raw: sqlite3.Connection) -> bool:
    """Rebuild the database on `raw` (outside any transaction) so that no deleted byte remains:
    `secure_delete`, the search index merged (FTS5 'optimize'), VACUUM, and for WAL mode a
    checkpoint that truncates the log. Returns whether
    the log could be emptied (False: a reader elsewhere held on to it)."""
    raw.execute("PRAGMA secure_delete = ON")
    for table in search_index.SEARCH_TABLES:
        # Merging every segment into one drops what deleted rows left in the index.
        raw.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    raw.execute("VACUUM")
    (mode,) = raw.execute("PRAGMA journal_mode").fetchone()
    if str(mode).lower() != "wal":
        return True
    busy, _frames, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy
