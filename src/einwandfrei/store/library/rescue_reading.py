"""Reading what is still readable from a damaged library, for an export that rescues it.

A row whose stored text is not valid UTF-8 (damaged bytes) makes every ordinary read fail. Here the
connection's text factory decodes leniently instead: an undecodable text comes back marked
(`UNREADABLE`), and every record holding a marked value is left out and counted — an objection
(with its responses) if its own text, category, tags or other fields are damaged, a response alone
if only it is, a question, checklist item, category or technique on its own.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, replace

from sqlalchemy import Connection

from einwandfrei.planning.library_content import (
    LibraryContent,
    ObjectionRecord,
    ResponseRecord,
    TextItemRecord,
)
from einwandfrei.store.db.sqlite_access import driver_connection
from einwandfrei.store.library.record_reading import read_library

# A Unicode noncharacter: never part of a text a person typed or a file brought in.
UNREADABLE = "\ufdd0"


def _lenient(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return UNREADABLE + data.decode("utf-8", "replace")


@contextlib.contextmanager
def lenient_text(connection: Connection) -> Iterator[None]:
    """Inside the block, texts that are not valid UTF-8 are read marked instead of failing."""
    db = driver_connection(connection)
    previous = db.text_factory
    db.text_factory = _lenient
    try:
        yield
    finally:
        db.text_factory = previous


def _damaged(*values: object) -> bool:
    for value in values:
        if isinstance(value, str) and UNREADABLE in value:
            return True
        if isinstance(value, tuple) and _damaged(*value):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Rescued:
    """What could be read, and how many records could not."""

    content: LibraryContent
    unreadable: int


def _response_ok(response: ResponseRecord) -> bool:
    return not _damaged(response.text, response.technique, response.follow_up, response.uuid)


def _objection_ok(objection: ObjectionRecord) -> bool:
    return not _damaged(
        objection.text,
        objection.category,
        objection.tags,
        objection.concern,
        objection.probing_questions,
        objection.kind,
        objection.language,
        objection.uuid,
    )


def read_readable_library(connection: Connection) -> Rescued:
    """The library as `read_library` reads it, without the records that cannot be read."""
    with lenient_text(connection):
        content = read_library(connection)
    unreadable = 0
    objections: list[ObjectionRecord] = []
    for objection in content.objections:
        if not _objection_ok(objection):
            unreadable += 1
            continue
        responses = tuple(r for r in objection.responses if _response_ok(r))
        unreadable += len(objection.responses) - len(responses)
        objections.append(replace(objection, responses=responses))
    categories = tuple(c for c in content.categories if not _damaged(c.name, c.colour))
    techniques = tuple(t for t in content.techniques if not _damaged(t))
    questions = _readable_items(content.questions)
    checklist = _readable_items(content.checklist)
    unreadable += (
        len(content.categories)
        - len(categories)
        + len(content.techniques)
        - len(techniques)
        + len(content.questions)
        - len(questions)
        + len(content.checklist)
        - len(checklist)
    )
    language = "" if _damaged(content.language) else content.language
    rescued = LibraryContent(
        objections=tuple(objections),
        categories=categories,
        techniques=techniques,
        questions=questions,
        checklist=checklist,
        language=language,
    )
    return Rescued(rescued, unreadable)


def _readable_items(items: tuple[TextItemRecord, ...]) -> tuple[TextItemRecord, ...]:
    return tuple(item for item in items if not _damaged(item.text, item.uuid))
