"""What a team item holds, as the JSON the server keeps (`item_revisions.content`).

Only playbook text travels: an objection's words, category name, concern, probing questions,
kind, tags, language and its answers (each with its uuid, technique name, follow-up, in order);
a question's or a checklist item's text. Personal things stay home: favourites, answer counters,
positions in the rep's own lists, whether a checklist item is used in new plans.

Two versions are the same when their canonical JSON text is equal (`canonical`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

OBJECTION = "objection"
QUESTION = "question"
CHECKLIST_ITEM = "checklist_item"
KINDS = (OBJECTION, QUESTION, CHECKLIST_ITEM)
FORMAT = 1
"""Written into every content; a newer app may add fields, an older one ignores them."""


@dataclass(frozen=True, slots=True)
class TeamResponse:
    """A prepared answer of a team objection."""

    uuid: str
    text: str
    technique: str = ""
    follow_up: str = ""


@dataclass(frozen=True, slots=True)
class TeamObjection:
    """A team objection with its answers (in their order)."""

    text: str
    category: str | None = None
    concern: str = ""
    probing_questions: tuple[str, ...] = ()
    kind: str = "unknown"
    tags: tuple[str, ...] = ()
    language: str = ""
    responses: tuple[TeamResponse, ...] = ()


@dataclass(frozen=True, slots=True)
class TeamText:
    """A team question or checklist item: its text."""

    text: str


Content = TeamObjection | TeamText


def to_json(content: Content) -> dict[str, Any]:
    """The JSON document of `content`."""
    if isinstance(content, TeamText):
        return {"format": FORMAT, "text": content.text}
    return {
        "format": FORMAT,
        "text": content.text,
        "category": content.category,
        "concern": content.concern,
        "probing_questions": list(content.probing_questions),
        "kind": content.kind,
        "tags": sorted(content.tags, key=str.casefold),
        "language": content.language,
        "responses": [
            {
                "uuid": response.uuid,
                "text": response.text,
                "technique": response.technique,
                "follow_up": response.follow_up,
            }
            for response in content.responses
        ],
    }


def _text(document: dict[str, Any], key: str) -> str:
    value = document.get(key, "")
    return value if isinstance(value, str) else ""


def from_json(kind: str, document: dict[str, Any]) -> Content:
    """The content of an item of `kind` from its JSON document (fields it lacks are empty)."""
    if kind != OBJECTION:
        return TeamText(_text(document, "text"))
    category = document.get("category")
    responses = document.get("responses") or []
    return TeamObjection(
        text=_text(document, "text"),
        category=category if isinstance(category, str) and category else None,
        concern=_text(document, "concern"),
        probing_questions=tuple(
            str(line) for line in document.get("probing_questions") or () if str(line).strip()
        ),
        kind=_text(document, "kind") or "unknown",
        tags=tuple(sorted((str(tag) for tag in document.get("tags") or ()), key=str.casefold)),
        language=_text(document, "language"),
        responses=tuple(
            TeamResponse(
                uuid=_text(response, "uuid"),
                text=_text(response, "text"),
                technique=_text(response, "technique"),
                follow_up=_text(response, "follow_up"),
            )
            for response in responses
            if isinstance(response, dict) and _text(response, "uuid")
        ),
    )


def canonical(content: Content | None) -> str | None:
    """The JSON text two equal contents share (None for a deleted item)."""
    if content is None:
        return None
    return json.dumps(to_json(content), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def parse(kind: str, text: str | None) -> Content | None:
    """The content stored as JSON text `text` (None stays None)."""
    if text is None:
        return None
    document = json.loads(text)
    return from_json(kind, document) if isinstance(document, dict) else None
