"""A fast path for reading well-formed objection records from a library document.

Checking every field through the detailed reader in `json_format` costs about six times the
`json.loads` of a large library. Almost every record of a real file is well formed, so this module
accepts exactly the well-formed ones with a few inline type checks and returns None for anything
unusual; the detailed reader then checks that record and names what is wrong.
"""

from __future__ import annotations

import re
from typing import Any

from einwandfrei.planning.library_content import (
    KINDS,
    ObjectionRecord,
    ResponseRecord,
    distinct,
)

_EMPTY_TEXT = ("", None)
# What this app writes; any other spelling of a UUID goes through the detailed reader.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_NO_UUID = ""


def _optional_text(value: Any) -> str | None:
    """The stripped text, "" for a missing/null value, None when it is not text."""
    if value is None:
        return ""
    if type(value) is str:
        return value.strip()
    return None


def _text_list(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if type(value) is not list or any(type(item) is not str for item in value):
        return None
    return tuple(stripped for item in value if (stripped := item.strip()))


def _uuid(value: Any) -> str | None:
    """A UUID as this app writes it, `_NO_UUID` for none, None when it is anything else."""
    if value is None:
        return _NO_UUID
    if type(value) is str and _CANONICAL_UUID.fullmatch(value):
        return value
    return None


def _count(value: Any) -> int | None:
    if value is None:
        return 0
    if type(value) is int and value >= 0:
        return value
    return None


def fast_response(data: Any) -> ResponseRecord | None:
    """A well-formed response record, or None to let the detailed reader decide."""
    if type(data) is not dict:
        return None
    text = _optional_text(data.get("text"))
    technique = _optional_text(data.get("technique"))
    follow_up = _optional_text(data.get("follow_up"))
    used = _count(data.get("times_used"))
    worked = _count(data.get("times_worked"))
    identity = _uuid(data.get("uuid"))
    if (
        not text
        or identity is None
        or technique is None
        or follow_up is None
        or used is None
        or worked is None
        or worked > used
    ):
        return None
    return ResponseRecord(text, technique, follow_up, used, worked, uuid=identity or None)


def fast_objection(data: Any, default_language: str) -> ObjectionRecord | None:
    """A well-formed objection record, or None to let the detailed reader decide."""
    if type(data) is not dict:
        return None
    text = _optional_text(data.get("text"))
    category = _optional_text(data.get("category"))
    concern = _optional_text(data.get("concern"))
    kind = _optional_text(data.get("kind"))
    language = _optional_text(data["language"]) if "language" in data else default_language
    tags = _text_list(data.get("tags"))
    phrasings = _text_list(data.get("phrasings"))
    probes = _text_list(data.get("probing_questions"))
    favorite = data.get("favorite", False)
    raw_responses = data.get("responses")
    identity = _uuid(data.get("uuid"))
    if (
        not text
        or identity is None
        or category is None
        or concern is None
        or kind is None
        or (kind and kind not in KINDS)
        or language is None
        or tags is None
        or phrasings is None
        or probes is None
        or type(favorite) is not bool
        or type(raw_responses) is not list
    ):
        return None
    responses = [fast_response(item) for item in raw_responses]
    if None in responses:
        return None
    return ObjectionRecord(
        text=text,
        category=category or None,
        responses=tuple(responses),  # type: ignore[arg-type]  # no None left, checked above
        tags=tags,
        phrasings=distinct(phrasings),
        concern=concern,
        probing_questions=probes,
        kind=kind or "unknown",
        language=language,
        favorite=favorite,
        uuid=identity or None,
    )
