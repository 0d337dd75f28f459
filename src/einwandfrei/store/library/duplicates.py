"""How duplicates merge: the same objection text in the same category, ignoring case and spacing.

An import never doubles what the library has: the incoming objection's new responses (by text),
tags and probing questions are added to the one already there, an empty concern is filled in, and
the rest is kept. Merging the same content twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from einwandfrei.planning.library_content import ObjectionRecord, identity_key


def union(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    """Both lists in order, without a second copy of anything (ignoring case and spacing)."""
    combined: dict[str, str] = {}
    for value in (*first, *second):
        combined.setdefault(identity_key(value), value)
    return tuple(value for key, value in combined.items() if key)


def merge_objection_records(first: ObjectionRecord, second: ObjectionRecord) -> ObjectionRecord:
    known = {identity_key(response.text) for response in first.responses}
    responses = list(first.responses)
    for response in second.responses:
        if identity_key(response.text) not in known:
            known.add(identity_key(response.text))
            responses.append(response)
    return replace(
        first,
        responses=tuple(responses),
        tags=union(first.tags, second.tags),
        probing_questions=union(first.probing_questions, second.probing_questions),
        concern=first.concern or second.concern,
        favorite=first.favorite or second.favorite,
    )


def objection_key(category: str | None, objection_text: str) -> tuple[str, str]:
    return identity_key(category or ""), identity_key(objection_text)


def combine_duplicates(objections: Iterable[ObjectionRecord]) -> list[ObjectionRecord]:
    """The objections with duplicates (same category and text, see `identity_key`) merged."""
    combined: dict[tuple[str, str], ObjectionRecord] = {}
    for objection in objections:
        key = objection_key(objection.category, objection.text)
        combined[key] = (
            merge_objection_records(combined[key], objection) if key in combined else objection
        )
    return list(combined.values())
