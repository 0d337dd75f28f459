"""The JSON library document, version 1 (see docs/library-format.md): reading and writing."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.interchange.json_fast import fast_objection
from einwandfrei.store.records import (
    KINDS,
    CategoryRecord,
    LibraryContent,
    ObjectionRecord,
    ResponseRecord,
)

FORMAT_NAME = "einwandfrei-library"
FORMAT_VERSION = 1
_COLOUR = re.compile(r"^(#[0-9a-fA-F]{6})?$")


# -- writing ------------------------------------------------------------------------------------


def response_to_dict(response: ResponseRecord, *, with_ids: bool = False) -> dict[str, Any]:
    """A response as the document (or `search --json`, with ids) writes it."""
    data: dict[str, Any] = {"id": response.id} if with_ids else {}
    data.update(
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
        text=objection.text,
        category=objection.category,
        tags=list(objection.tags),
        concern=objection.concern,
        probing_questions=list(objection.probing_questions),
        kind=objection.kind,
        language=objection.language,
        favorite=objection.favorite,
        responses=[response_to_dict(r, with_ids=with_ids) for r in objection.responses],
    )
    return data


def library_to_json(content: LibraryContent, exported_at: datetime | None = None) -> str:
    """The whole library as a version-1 JSON document."""
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
        "questions": [{"text": question} for question in content.questions],
        "checklist": [{"text": item} for item in content.checklist],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# -- reading ------------------------------------------------------------------------------------


def _excerpt(text: str, length: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


class _Reader:
    """Checks one document, naming the first record that is wrong."""

    def __init__(self) -> None:
        self.where = "the document"

    def fail(self, problem: str) -> InterchangeError:
        return InterchangeError(f"The file cannot be imported: {self.where} {problem}.")

    def field(
        self, data: dict[str, Any], key: str, kind: type | tuple[type, ...], default: Any, what: str
    ) -> Any:
        if key not in data or (data[key] is None and default is None):
            return default
        value = data[key]
        if isinstance(value, bool) and kind in (int, float):
            raise self.fail(f"has {what} that is not {_describe(kind)}")
        if not isinstance(value, kind):
            raise self.fail(f"has {what} that is not {_describe(kind)}")
        return value

    def text(self, data: dict[str, Any], key: str, what: str, *, required: bool = False) -> str:
        value = self.field(data, key, str, None, what)
        if value is None or not value.strip():
            if required:
                raise self.fail(f"has no {what}")
            return ""
        return str(value).strip()

    def strings(self, data: dict[str, Any], key: str, what: str) -> tuple[str, ...]:
        values = self.field(data, key, list, [], what)
        if not all(isinstance(value, str) for value in values):
            raise self.fail(f"has {what} that are not all text")
        return tuple(value.strip() for value in values if value.strip())

    def count(self, data: dict[str, Any], key: str, what: str) -> int:
        value = self.field(data, key, int, 0, what)
        if value < 0:
            raise self.fail(f"has a negative {what}")
        return int(value)

    def objects(
        self, items: list[Any], label: str, read: Callable[[dict[str, Any]], Any]
    ) -> list[Any]:
        outer = self.where
        results = []
        for number, item in enumerate(items, start=1):
            self.where = (
                f"{outer}, {label} {number}" if outer != "the document" else f"{label} {number}"
            )
            if not isinstance(item, dict):
                raise self.fail("is not an object")
            results.append(read(item))
        self.where = outer
        return results


def _describe(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "text",
        int: "a whole number",
        list: "a list",
        bool: "true or false",
        dict: "an object",
    }
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def parse_library_json(raw: bytes | str) -> LibraryContent:
    """Read and check a library document; raises `InterchangeError` naming the first problem."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as error:
        raise InterchangeError(
            f"The file cannot be imported: it is not UTF-8 text (byte {error.start})."
        ) from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InterchangeError(
            f"The file cannot be imported: it is not valid JSON "
            f"(line {error.lineno}, column {error.colno}: {error.msg})."
        ) from error
    except RecursionError as error:
        raise InterchangeError("The file cannot be imported: it is nested too deeply.") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise InterchangeError(
            f'The file cannot be imported: it is not an Einwandfrei library (no "format": '
            f'"{FORMAT_NAME}").'
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InterchangeError(
            "The file cannot be imported: its format version is missing or invalid."
        )
    if version > FORMAT_VERSION:
        raise InterchangeError(
            f"The file cannot be imported: it is a version {version} library, and this Einwandfrei "
            f"reads version {FORMAT_VERSION}; update the app to import it."
        )
    return _read_content(document)


def _read_content(document: dict[str, Any]) -> LibraryContent:
    reader = _Reader()
    language = reader.text(document, "language", "language")

    def category(data: dict[str, Any]) -> CategoryRecord:
        colour = reader.text(data, "colour", "colour")
        if not _COLOUR.match(colour):
            raise reader.fail('has a colour that is not written as "#rrggbb"')
        return CategoryRecord(
            name=reader.text(data, "name", "name", required=True),
            position=reader.count(data, "position", "position"),
            colour=colour,
        )

    def response(data: dict[str, Any]) -> ResponseRecord:
        used = reader.count(data, "times_used", "usage count")
        worked = reader.count(data, "times_worked", "success count")
        if worked > used:
            raise reader.fail("says it worked more often than it was used")
        return ResponseRecord(
            text=reader.text(data, "text", "text", required=True),
            technique=reader.text(data, "technique", "technique"),
            follow_up=reader.text(data, "follow_up", "follow-up question"),
            times_used=used,
            times_worked=worked,
        )

    def objection(data: dict[str, Any]) -> ObjectionRecord:
        objection_text = reader.text(data, "text", "text", required=True)
        reader.where += f" (“{_excerpt(objection_text)}”)"
        kind = reader.text(data, "kind", "kind") or "unknown"
        if kind not in KINDS:
            raise reader.fail(f"has the kind “{_excerpt(kind)}”, not one of {', '.join(KINDS)}")
        if "responses" not in data:
            raise reader.fail("has no list of responses")
        responses = reader.field(data, "responses", list, [], "responses")
        return ObjectionRecord(
            text=objection_text,
            category=reader.text(data, "category", "category") or None,
            responses=tuple(reader.objects(responses, "response", response)),
            tags=reader.strings(data, "tags", "tags"),
            concern=reader.text(data, "concern", "concern"),
            probing_questions=reader.strings(data, "probing_questions", "probing questions"),
            kind=kind,
            language=reader.text(data, "language", "language") if "language" in data else language,
            favorite=bool(reader.field(data, "favorite", bool, False, "a favourite flag")),
        )

    def text_item(data: dict[str, Any]) -> str:
        return reader.text(data, "text", "text", required=True)

    if not isinstance(document.get("objections"), list):
        raise InterchangeError("The file cannot be imported: it has no list of objections.")
    categories = reader.objects(
        reader.field(document, "categories", list, [], "categories"), "category", category
    )
    techniques = reader.strings(document, "techniques", "techniques")
    objections = []
    for number, item in enumerate(document["objections"], start=1):
        record = fast_objection(item, language)
        if record is None:  # something unusual: check it field by field and name the problem
            reader.where = f"objection {number}"
            if not isinstance(item, dict):
                raise reader.fail("is not an object")
            record = objection(item)
            reader.where = "the document"
        objections.append(record)
    questions = reader.objects(
        [
            {"text": q} if isinstance(q, str) else q
            for q in reader.field(document, "questions", list, [], "questions")
        ],
        "question",
        text_item,
    )
    checklist = reader.objects(
        [
            {"text": c} if isinstance(c, str) else c
            for c in reader.field(document, "checklist", list, [], "checklist")
        ],
        "checklist item",
        text_item,
    )
    return LibraryContent(
        objections=tuple(objections),
        categories=tuple(categories),
        techniques=techniques,
        questions=tuple(questions),
        checklist=tuple(checklist),
        language=language,
    )
