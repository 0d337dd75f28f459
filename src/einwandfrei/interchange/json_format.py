"""The JSON library document, version 3 (see docs/library-format.md): reading and writing.

Version 3 adds an objection's `phrasings` (how customers say it); version 2 added a `uuid` to
objections, responses, questions and checklist items. Version 1 and 2 documents are still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from einwandfrei.interchange.errors import InterchangeError, refused_file
from einwandfrei.interchange.json_quick_reader import fast_objection
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.library_content import (
    KINDS,
    CategoryRecord,
    LibraryContent,
    ObjectionRecord,
    ResponseRecord,
    TextItemRecord,
    distinct,
)
from einwandfrei.store.db.uuids import canonical_uuid

FORMAT_NAME = "einwandfrei-library"
FORMAT_VERSION = 3
_COLOUR = re.compile(r"^(#[0-9a-fA-F]{6})?$")
# JSON can spell half of a UTF-16 surrogate pair on its own ("\\ud800"); Python reads it into a
# string that cannot be stored or printed. Only documents with such an escape are checked for it.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


# -- writing ------------------------------------------------------------------------------------


def response_to_dict(response: ResponseRecord, *, with_ids: bool = False) -> dict[str, Any]:
    """A response as the document (or `search --json`, with ids) writes it."""
    data: dict[str, Any] = {"id": response.id} if with_ids else {}
    data.update(
        uuid=response.uuid,
        text=response.text,
        technique=response.technique or None,
        follow_up=response.follow_up,
        times_used=response.times_used,
        times_worked=response.times_worked,
    )
    return data


def objection_to_dict(objection: ObjectionRecord, *, with_ids: bool = False) -> dict[str, Any]:
    """An objection as the document (or `search --json`, with ids) writes it."""
    data: dict[str, Any] = {"id": objection.id} if with_ids else {}
    data.update(
        uuid=objection.uuid,
        text=objection.text,
        category=objection.category,
        tags=list(objection.tags),
        phrasings=list(objection.phrasings),
        concern=objection.concern,
        probing_questions=list(objection.probing_questions),
        kind=objection.kind,
        language=objection.language,
        favorite=objection.favorite,
        responses=[response_to_dict(r, with_ids=with_ids) for r in objection.responses],
    )
    return data


def library_to_json(content: LibraryContent, exported_at: datetime | None = None) -> str:
    """The whole library as a JSON document of the current version."""
    moment = (exported_at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": moment.isoformat(),
        "language": content.language,
        "categories": [
            {"name": c.name, "position": c.position, "colour": c.colour} for c in content.categories
        ],
        "techniques": list(content.techniques),
        "objections": [objection_to_dict(objection) for objection in content.objections],
        "questions": [{"uuid": item.uuid, "text": item.text} for item in content.questions],
        "checklist": [{"uuid": item.uuid, "text": item.text} for item in content.checklist],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# -- reading ------------------------------------------------------------------------------------

# What the problems below call each field of the document (every key means the same everywhere).
_FIELD_NAMES = {
    "text": QT_TRANSLATE_NOOP("Messages", "text"),
    "name": QT_TRANSLATE_NOOP("Messages", "name"),
    "colour": QT_TRANSLATE_NOOP("Messages", "colour"),
    "position": QT_TRANSLATE_NOOP("Messages", "position"),
    "language": QT_TRANSLATE_NOOP("Messages", "language"),
    "category": QT_TRANSLATE_NOOP("Messages", "category"),
    "categories": QT_TRANSLATE_NOOP("Messages", "categories"),
    "techniques": QT_TRANSLATE_NOOP("Messages", "techniques"),
    "technique": QT_TRANSLATE_NOOP("Messages", "technique"),
    "questions": QT_TRANSLATE_NOOP("Messages", "questions"),
    "checklist": QT_TRANSLATE_NOOP("Messages", "checklist"),
    "responses": QT_TRANSLATE_NOOP("Messages", "responses"),
    "times_used": QT_TRANSLATE_NOOP("Messages", "usage count"),
    "times_worked": QT_TRANSLATE_NOOP("Messages", "success count"),
    "follow_up": QT_TRANSLATE_NOOP("Messages", "follow-up question"),
    "tags": QT_TRANSLATE_NOOP("Messages", "tags"),
    "phrasings": QT_TRANSLATE_NOOP("Messages", "phrasings"),
    "concern": QT_TRANSLATE_NOOP("Messages", "concern"),
    "probing_questions": QT_TRANSLATE_NOOP("Messages", "probing questions"),
    "kind": QT_TRANSLATE_NOOP("Messages", "kind"),
    "favorite": QT_TRANSLATE_NOOP("Messages", "a favourite flag"),
    "uuid": QT_TRANSLATE_NOOP("Messages", "uuid"),
}
_TYPE_NAMES = {
    str: QT_TRANSLATE_NOOP("Messages", "text"),
    int: QT_TRANSLATE_NOOP("Messages", "a whole number"),
    list: QT_TRANSLATE_NOOP("Messages", "a list"),
    bool: QT_TRANSLATE_NOOP("Messages", "true or false"),
    dict: QT_TRANSLATE_NOOP("Messages", "an object"),
}
# The reasons Python's JSON reader gives, so the window can say them in its language.
_JSON_REASONS = {
    "Expecting value": QT_TRANSLATE_NOOP("Messages", "Expecting value"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "Messages", "Expecting property name enclosed in double quotes"
    ),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("Messages", "Expecting ':' delimiter"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("Messages", "Expecting ',' delimiter"),
    "Unterminated string starting at": QT_TRANSLATE_NOOP(
        "Messages", "Unterminated string starting at"
    ),
    "Invalid control character at": QT_TRANSLATE_NOOP("Messages", "Invalid control character at"),
    "Invalid \\escape": QT_TRANSLATE_NOOP("Messages", "Invalid \\escape"),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP("Messages", "Invalid \\uXXXX escape"),
    "Extra data": QT_TRANSLATE_NOOP("Messages", "Extra data"),
    "Illegal trailing comma before end of object": QT_TRANSLATE_NOOP(
        "Messages", "Illegal trailing comma before end of object"
    ),
    "Illegal trailing comma before end of array": QT_TRANSLATE_NOOP(
        "Messages", "Illegal trailing comma before end of array"
    ),
}


def _excerpt(text: str, length: int = 40) -> str:
    flat = _SURROGATE.sub("\ufffd", " ".join(text.split()))
    return flat if len(flat) <= length else flat[: length - 1] + "…"


def _json_reason(reason: str) -> Message | str:
    template = _JSON_REASONS.get(reason)
    return reason if template is None else Message(template)


_DOCUMENT = Message(QT_TRANSLATE_NOOP("Messages", "the document"))


class _Reader:
    """Checks one document, naming the first record that is wrong."""

    def __init__(self, *, check_surrogates: bool = False) -> None:
        self.where = _DOCUMENT
        self.check_surrogates = check_surrogates

    def refuse_surrogates(self, value: str, key: str) -> None:
        """Refuse a text that holds half of a surrogate pair (only JSON escapes can make one)."""
        found = _SURROGATE.search(value) if self.check_surrogates else None
        if found is not None:
            raise self.fail(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "has {what} with a lone surrogate ({code}), which is not a character",
                    ),
                    what=_field_name(key),
                    code=f"U+{ord(found.group()):04X}",
                )
            )

    def fail(self, problem: Message) -> InterchangeError:
        return InterchangeError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The file cannot be imported: {where} {problem}."),
                where=self.where,
                problem=problem,
            )
        )

    def field(self, data: dict[str, Any], key: str, kind: type, default: Any) -> Any:
        if key not in data or (data[key] is None and default is None):
            return default
        value = data[key]
        if (isinstance(value, bool) and kind is int) or not isinstance(value, kind):
            raise self.fail(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "has {what} that is not {kind}"),
                    what=_field_name(key),
                    kind=Message(_TYPE_NAMES[kind]),
                )
            )
        if isinstance(value, str):
            self.refuse_surrogates(value, key)
        return value

    def text(self, data: dict[str, Any], key: str, *, required: bool = False) -> str:
        value = self.field(data, key, str, None)
        if value is None or not value.strip():
            if required:
                raise self.fail(
                    Message(QT_TRANSLATE_NOOP("Messages", "has no {what}"), what=_field_name(key))
                )
            return ""
        return str(value).strip()

    def uuid(self, data: dict[str, Any]) -> str | None:
        """The item's UUID in canonical form, None if it has none; refused if it is not one."""
        value = self.field(data, "uuid", str, None)
        if value is None:
            return None
        canonical = canonical_uuid(value.strip())
        if canonical is None:
            raise self.fail(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "has a uuid that is not a UUID (“{value}”)"),
                    value=_excerpt(value),
                )
            )
        return canonical

    def strings(self, data: dict[str, Any], key: str) -> tuple[str, ...]:
        values = self.field(data, key, list, [])
        if not all(isinstance(value, str) for value in values):
            raise self.fail(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "has {what} that are not all text"),
                    what=_field_name(key),
                )
            )
        for value in values:
            self.refuse_surrogates(value, key)
        return tuple(value.strip() for value in values if value.strip())

    def count(self, data: dict[str, Any], key: str) -> int:
        value = self.field(data, key, int, 0)
        if value < 0:
            raise self.fail(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "has a negative {what}"), what=_field_name(key)
                )
            )
        return int(value)

    def objects(
        self, items: list[Any], label: str, read: Callable[[dict[str, Any]], Any]
    ) -> list[Any]:
        """Read each item of a list; `label` is the template naming one ("response {number}")."""
        outer = self.where
        results = []
        for number, item in enumerate(items, start=1):
            self.where = Message(label, number=number)
            if outer is not _DOCUMENT:
                self.where = Message(
                    QT_TRANSLATE_NOOP("Messages", "{outer}, {inner}"), outer=outer, inner=self.where
                )
            if not isinstance(item, dict):
                raise self.fail(Message(QT_TRANSLATE_NOOP("Messages", "is not an object")))
            results.append(read(item))
        self.where = outer
        return results


def _field_name(key: str) -> Message:
    return Message(_FIELD_NAMES[key])


def parse_library_json(raw: bytes | str) -> LibraryContent:
    """Read and check a library document; raises `InterchangeError` naming the first problem."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as error:
        raise refused_file(
            Message(
                QT_TRANSLATE_NOOP("Messages", "it is not UTF-8 text (byte {byte})"),
                byte=error.start,
            )
        ) from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise refused_file(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "it is not valid JSON (line {line}, column {column}: {reason})"
                ),
                line=error.lineno,
                column=error.colno,
                reason=_json_reason(error.msg),
            )
        ) from error
    except RecursionError as error:
        raise refused_file(
            Message(QT_TRANSLATE_NOOP("Messages", "it is nested too deeply"))
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise refused_file(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", 'it is not an Einwandfrei library (no "format": "{format}")'
                ),
                format=FORMAT_NAME,
            )
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise refused_file(
            Message(QT_TRANSLATE_NOOP("Messages", "its format version is missing or invalid"))
        )
    if version > FORMAT_VERSION:
        raise refused_file(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "it is a version {version} library, and this Einwandfrei reads version "
                    "{readable}; update the app to import it",
                ),
                version=version,
                readable=FORMAT_VERSION,
            )
        )
    return _read_content(document, check_surrogates=_ESCAPED_SURROGATE.search(text) is not None)


def _read_content(document: dict[str, Any], *, check_surrogates: bool) -> LibraryContent:
    reader = _Reader(check_surrogates=check_surrogates)
    language = reader.text(document, "language")

    def category(data: dict[str, Any]) -> CategoryRecord:
        colour = reader.text(data, "colour")
        if not _COLOUR.match(colour):
            raise reader.fail(
                Message(
                    QT_TRANSLATE_NOOP("Messages", 'has a colour that is not written as "#rrggbb"')
                )
            )
        return CategoryRecord(
            name=reader.text(data, "name", required=True),
            position=reader.count(data, "position"),
            colour=colour,
        )

    def response(data: dict[str, Any]) -> ResponseRecord:
        used = reader.count(data, "times_used")
        worked = reader.count(data, "times_worked")
        if worked > used:
            raise reader.fail(
                Message(QT_TRANSLATE_NOOP("Messages", "says it worked more often than it was used"))
            )
        return ResponseRecord(
            text=reader.text(data, "text", required=True),
            technique=reader.text(data, "technique"),
            follow_up=reader.text(data, "follow_up"),
            times_used=used,
            times_worked=worked,
            uuid=reader.uuid(data),
        )

    def objection(data: dict[str, Any]) -> ObjectionRecord:
        given = data.get("text")
        if isinstance(given, str) and given.strip():
            reader.where = Message(
                QT_TRANSLATE_NOOP("Messages", "{place} (“{excerpt}”)"),
                place=reader.where,
                excerpt=_excerpt(given),
            )
        objection_text = reader.text(data, "text", required=True)
        identity = reader.uuid(data)
        kind = reader.text(data, "kind") or "unknown"
        if kind not in KINDS:
            raise reader.fail(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "has the kind “{kind}”, not one of {kinds}"),
                    kind=_excerpt(kind),
                    kinds=", ".join(KINDS),
                )
            )
        if "responses" not in data:
            raise reader.fail(Message(QT_TRANSLATE_NOOP("Messages", "has no list of responses")))
        responses = reader.field(data, "responses", list, [])
        return ObjectionRecord(
            text=objection_text,
            category=reader.text(data, "category") or None,
            responses=tuple(
                reader.objects(
                    responses, QT_TRANSLATE_NOOP("Messages", "response {number}"), response
                )
            ),
            tags=reader.strings(data, "tags"),
            phrasings=distinct(reader.strings(data, "phrasings")),
            concern=reader.text(data, "concern"),
            probing_questions=reader.strings(data, "probing_questions"),
            kind=kind,
            language=reader.text(data, "language") if "language" in data else language,
            favorite=bool(reader.field(data, "favorite", bool, False)),
            uuid=identity,
        )

    def text_item(data: dict[str, Any]) -> TextItemRecord:
        return TextItemRecord(reader.text(data, "text", required=True), reader.uuid(data))

    if not isinstance(document.get("objections"), list):
        raise refused_file(Message(QT_TRANSLATE_NOOP("Messages", "it has no list of objections")))
    categories = reader.objects(
        reader.field(document, "categories", list, []),
        QT_TRANSLATE_NOOP("Messages", "category {number}"),
        category,
    )
    techniques = reader.strings(document, "techniques")
    objections = []
    for number, item in enumerate(document["objections"], start=1):
        record = None if check_surrogates else fast_objection(item, language)
        if record is None:  # something unusual: check it field by field and name the problem
            reader.where = Message(
                QT_TRANSLATE_NOOP("Messages", "objection {number}"), number=number
            )
            if not isinstance(item, dict):
                raise reader.fail(Message(QT_TRANSLATE_NOOP("Messages", "is not an object")))
            record = objection(item)
            reader.where = _DOCUMENT
        objections.append(record)
    _refuse_doubled_uuids(reader, objections)
    questions = reader.objects(
        [
            {"text": q} if isinstance(q, str) else q
            for q in reader.field(document, "questions", list, [])
        ],
        QT_TRANSLATE_NOOP("Messages", "question {number}"),
        text_item,
    )
    checklist = reader.objects(
        [
            {"text": c} if isinstance(c, str) else c
            for c in reader.field(document, "checklist", list, [])
        ],
        QT_TRANSLATE_NOOP("Messages", "checklist item {number}"),
        text_item,
    )
    for items, label in (
        (questions, QT_TRANSLATE_NOOP("Messages", "question {number}")),
        (checklist, QT_TRANSLATE_NOOP("Messages", "checklist item {number}")),
    ):
        doubled = _first_doubled([item.uuid for item in items])
        if doubled is not None:
            reader.where = Message(label, number=doubled)
            raise reader.fail(Message(_DOUBLED_UUID))
    return LibraryContent(
        objections=tuple(objections),
        categories=tuple(categories),
        techniques=techniques,
        questions=tuple(questions),
        checklist=tuple(checklist),
        language=language,
    )


_DOUBLED_UUID = QT_TRANSLATE_NOOP("Messages", "has the same uuid as an earlier one")


def _first_doubled(uuids: list[str | None]) -> int | None:
    """The number (from 1) of the first item whose UUID an earlier item has, None if none has."""
    seen: set[str] = set()
    for number, value in enumerate(uuids, start=1):
        if value is not None:
            if value in seen:
                return number
            seen.add(value)
    return None


def _refuse_doubled_uuids(reader: _Reader, objections: list[ObjectionRecord]) -> None:
    """Refuse a document in which two objections, or two responses, share a UUID."""
    number = _first_doubled([objection.uuid for objection in objections])
    if number is not None:
        reader.where = _objection_place(number, objections[number - 1])
        raise reader.fail(Message(_DOUBLED_UUID))
    seen: set[str] = set()
    for number, objection in enumerate(objections, start=1):
        for response_number, response in enumerate(objection.responses, start=1):
            if response.uuid is None:
                continue
            if response.uuid in seen:
                reader.where = Message(
                    QT_TRANSLATE_NOOP("Messages", "{outer}, {inner}"),
                    outer=_objection_place(number, objection),
                    inner=Message(
                        QT_TRANSLATE_NOOP("Messages", "response {number}"), number=response_number
                    ),
                )
                raise reader.fail(Message(_DOUBLED_UUID))
            seen.add(response.uuid)


def _objection_place(number: int, objection: ObjectionRecord) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("Messages", "{place} (“{excerpt}”)"),
        place=Message(QT_TRANSLATE_NOOP("Messages", "objection {number}"), number=number),
        excerpt=_excerpt(objection.text),
    )
