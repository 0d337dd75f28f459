"""How duplicates merge: the same UUID, else the same objection text in the same category.

An import never doubles what the library has. An incoming objection is the one already there with
its UUID (even if either side changed its text or category since), else the one with the same text
in the same category, ignoring case and spacing. Its new responses (those whose UUID and text the
objection does not have yet), tags, phrasings and probing questions are added to that one, an
empty concern is filled in, and the rest is kept. Merging the same content twice changes nothing
the second time.
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
    """`first` with what `second` adds to it (see the module's rules); `first`'s UUID is kept."""
    known = {identity_key(response.text) for response in first.responses}
    known_uuids = {response.uuid for response in first.responses if response.uuid}
    responses = list(first.responses)
    for response in second.responses:
        if response.uuid in known_uuids or identity_key(response.text) in known:
            continue
        known.add(identity_key(response.text))
        if response.uuid:
            known_uuids.add(response.uuid)
        responses.append(response)
    return replace(
        first,
        responses=tuple(responses),
        tags=union(first.tags, second.tags),
        phrasings=union(first.phrasings, second.phrasings),
        probing_questions=union(first.probing_questions, second.probing_questions),
        concern=first.concern or second.concern,
        favorite=first.favorite or second.favorite,
    )


def objection_key(category: str | None, objection_text: str) -> tuple[str, str]:
    return identity_key(category or ""), identity_key(objection_text)


def combine_duplicates(objections: Iterable[ObjectionRecord]) -> list[ObjectionRecord]:
    """The objections with duplicates (the same UUID, or the same category and text) merged."""
    combined: list[ObjectionRecord] = []
    by_uuid: dict[str, int] = {}
    by_key: dict[tuple[str, str], int] = {}
    for objection in objections:
        key = objection_key(objection.category, objection.text)
        index = by_uuid.get(objection.uuid) if objection.uuid else None
        if index is None:
            index = by_key.get(key)
        if index is None:
            index = len(combined)
            combined.append(objection)
        else:
            combined[index] = merge_objection_records(combined[index], objection)
        by_key.setdefault(key, index)
        if objection.uuid:
            by_uuid.setdefault(objection.uuid, index)
    return combined
