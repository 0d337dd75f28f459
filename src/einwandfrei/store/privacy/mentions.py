"""Where a library's free text names a customer, and how the name is taken out of it.

A customer is named by their name and, if they have one, their e-mail address. A mention is found
case-insensitively, with any run of white space between the words of a name, starting at the start
of a word; a name of three characters or more also matches at the start of a longer word ("Anna
Kellers"), a shorter one only as a whole word. Each mention is replaced by `REDACTED`.

The fields searched are `FREE_TEXT_FIELDS` (the user guide lists them); the entries of the named
lists (`NAME_FIELDS`: tags, categories, techniques) are searched too, and one that would clash with
another entry's name gets a number. Other customers' names, e-mail addresses and phone numbers are
theirs and are left alone, even when another customer has the very same name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection

from einwandfrei.planning.folding import fold

REDACTED = "[…]"
SHORT_NAME = 3

FREE_TEXT_FIELDS: tuple[tuple[str, str], ...] = (
    ("customers", "company"),
    ("customers", "role"),
    ("customers", "notes"),
    ("call_plans", "goal"),
    ("call_plans", "minimum_goal"),
    ("call_plans", "timing_notes"),
    ("call_plans", "opener"),
    ("call_plans", "fallback"),
    ("call_plans", "outcome"),
    ("plan_key_messages", "text"),
    ("plan_questions", "text"),
    ("plan_checklist_entries", "text"),
    ("objections", "text"),
    ("objections", "concern"),
    ("objections", "probing_questions"),
    ("responses", "text"),
    ("responses", "follow_up"),
    ("questions", "text"),
    ("checklist_items", "text"),
)
NAME_FIELDS: tuple[tuple[str, str], ...] = (
    ("tags", "name"),
    ("categories", "name"),
    ("techniques", "name"),
)
# Tables whose rows carry an optimistic-locking version: a changed row gets a new one, so a window
# still showing the old text cannot save it back over the change.
_VERSIONED = frozenset({"customers", "call_plans", "objections", "responses"})


def _term_pattern(term: str) -> str:
    words = term.split()
    body = r"\s+".join(re.escape(word) for word in words)
    end = r"(?!\w)" if len(" ".join(words)) < SHORT_NAME else ""
    return rf"(?<!\w){body}{end}"


@dataclass(frozen=True, slots=True)
class Mentions:
    """The ways one customer is named (name, e-mail address), to find and take out of texts."""

    terms: tuple[str, ...]
    _pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, terms: Iterable[str]) -> Mentions:
        """The mentions of these names and addresses (blank ones ignored, each once)."""
        cleaned = tuple(dict.fromkeys(" ".join(term.split()) for term in terms if term.strip()))
        # Longer terms first, so "Anna Keller-Meier" is taken out whole before "Anna Keller".
        ordered = tuple(sorted(cleaned, key=len, reverse=True))
        pattern = (
            re.compile("|".join(_term_pattern(term) for term in ordered), re.IGNORECASE)
            if ordered
            else None
        )
        return cls(ordered, pattern)

    def __or__(self, other: Mentions) -> Mentions:
        return Mentions.of((*self.terms, *other.terms))

    def found_in(self, text: str) -> bool:
        """Whether `text` names the customer."""
        return self._pattern is not None and self._pattern.search(text) is not None

    def redact(self, text: str) -> str:
        """`text` with every mention replaced by `REDACTED`."""
        return text if self._pattern is None else self._pattern.sub(REDACTED, text)

    def byte_forms(self) -> tuple[bytes, ...]:
        """What to look for in a file's bytes: each term in UTF-8 as written and folded the way
        the search index stores text."""
        forms: dict[bytes, None] = {}
        for term in self.terms:
            forms[term.encode("utf-8")] = None
            forms[fold(term).encode("utf-8")] = None
        return tuple(forms)


@dataclass(slots=True)
class Redacted:
    """What taking mentions out of a library changed."""

    texts: int = 0
    """Fields changed (each field of each row counts once)."""


def count_mentions(connection: Connection, mentions: Mentions) -> int:
    """How many fields of the library name the customer (what `redact_mentions` would change)."""
    found = 0
    for table, column in (*FREE_TEXT_FIELDS, *NAME_FIELDS):
        for _rowid, value in _texts(connection, table, column):
            if mentions.found_in(value):
                found += 1
    return found


def redact_mentions(connection: Connection, mentions: Mentions) -> Redacted:
    """Replace every mention in the searched fields, inside the caller's `Library.write()` (which
    refreshes the search entries of the objections whose words changed).
    """
    result = Redacted()
    for table, column in FREE_TEXT_FIELDS:
        for rowid, value in _texts(connection, table, column):
            if not mentions.found_in(value):
                continue
            _write(connection, table, column, rowid, mentions.redact(value))
            result.texts += 1
    for table, column in NAME_FIELDS:
        for rowid, value in _texts(connection, table, column):
            if not mentions.found_in(value):
                continue
            name = _free_name(connection, table, column, mentions.redact(value), rowid)
            _write(connection, table, column, rowid, name)
            result.texts += 1
    return result


def _texts(connection: Connection, table: str, column: str) -> list[tuple[int, str]]:
    rows = connection.exec_driver_sql(
        f"SELECT rowid, {column} FROM {table} WHERE {column} IS NOT NULL AND {column} != ''"
    )
    return [(int(rowid), str(value)) for rowid, value in rows]


def _write(connection: Connection, table: str, column: str, rowid: int, value: str) -> None:
    bump = ", version = version + 1" if table in _VERSIONED else ""
    connection.exec_driver_sql(
        f"UPDATE {table} SET {column} = ?{bump} WHERE rowid = ?", (value, rowid)
    )


def _free_name(connection: Connection, table: str, column: str, wanted: str, rowid: int) -> str:
    """`wanted`, or `wanted 2`, `wanted 3`, … — the first no other entry has (names are unique,
    case aside)."""
    candidate = wanted.strip() or REDACTED
    number = 1
    while connection.exec_driver_sql(
        f"SELECT 1 FROM {table} WHERE lower({column}) = lower(?) AND rowid != ?",
        (candidate, rowid),
    ).first():
        number += 1
        candidate = f"{wanted.strip() or REDACTED} {number}"
    return candidate
