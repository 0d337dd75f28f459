"""Merging incoming objections into objections the library already holds (see `duplicates`).

New responses, tags and probing questions are added, an empty concern is filled in. The write
transaction reindexes what changes here, as for any other edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, text

from einwandfrei.planning.library_content import ObjectionRecord, identity_key
from einwandfrei.store.library.duplicates import merge_objection_records
from einwandfrei.store.transfer.new_objections import Names, Uuids
from einwandfrei.store.transfer.row_writer import insert_many

_CHUNK = 500


@dataclass(slots=True)
class Merged:
    """What `merge_into_existing` wrote: responses added and the tag links it made."""

    responses: int = 0
    tag_links: list[tuple[int, int]] = field(default_factory=list)


def merge_into_existing(
    connection: Connection,
    merging: dict[int, ObjectionRecord],
    names: Names,
    response_uuids: Uuids,
    now: str,
) -> Merged:
    """Merge each record into the objection whose id is its key."""
    if not merging:
        return Merged()
    techniques, tags = names.techniques, names.tags
    from einwandfrei.store.library.record_reading import read_objections

    next_position = _next_response_positions(connection, list(merging))
    detail_updates: list[tuple[Any, ...]] = []
    response_rows: list[tuple[Any, ...]] = []
    tag_rows: dict[tuple[int, int], None] = {}
    phrasing_rows: list[tuple[int, str, int]] = []
    for current in read_objections(connection, list(merging)):
        assert current.id is not None
        merged = merge_objection_records(current, merging[current.id])
        new_responses = merged.responses[len(current.responses) :]
        current_tags = {identity_key(tag) for tag in current.tags}
        new_tags = [tag for tag in merged.tags if identity_key(tag) not in current_tags]
        details_changed = (merged.concern, merged.probing_questions) != (
            current.concern,
            current.probing_questions,
        )
        if details_changed:
            detail_updates.append(
                (merged.concern, "\n".join(merged.probing_questions), now, current.id)
            )
        position = next_position.get(current.id, 0)
        for offset, response in enumerate(new_responses):
            response_rows.append(
                (
                    response_uuids.assign(response.uuid),
                    current.id,
                    response.text.strip(),
                    techniques.id_for(response.technique) if response.technique else None,
                    response.follow_up.strip(),
                    position + offset,
                    response.times_used,
                    response.times_worked,
                    now,
                    now,
                )
            )
        tag_rows.update(dict.fromkeys((current.id, tags.id_for(tag)) for tag in new_tags))
        phrasing_rows.extend(
            (current.id, phrasing.strip(), position)
            for position, phrasing in enumerate(
                merged.phrasings[len(current.phrasings) :], start=len(current.phrasings)
            )
        )
    techniques.flush()
    tags.flush()
    insert_many(
        connection,
        "UPDATE objections SET concern = ?, probing_questions = ?, updated_at = ?, "
        "version = version + 1 WHERE id = ?",
        detail_updates,
    )
    insert_many(
        connection,
        "INSERT INTO responses (uuid, objection_id, text, technique_id, follow_up, position, "
        "times_used, times_worked, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        response_rows,
    )
    links = list(tag_rows)
    insert_many(
        connection,
        "INSERT OR IGNORE INTO objection_tags (objection_id, tag_id) VALUES (?, ?)",
        links,
    )
    insert_many(
        connection,
        "INSERT INTO objection_phrasings (objection_id, text, position) VALUES (?, ?, ?)",
        phrasing_rows,
    )
    return Merged(len(response_rows), links)


def _next_response_positions(connection: Connection, objection_ids: list[int]) -> dict[int, int]:
    positions: dict[int, int] = {}
    for start in range(0, len(objection_ids), _CHUNK):
        chunk: BindParameter[list[int]] = bindparam(
            "ids", objection_ids[start : start + _CHUNK], expanding=True
        )
        positions.update(
            connection.execute(
                text(
                    "SELECT objection_id, max(position) + 1 FROM responses "
                    "WHERE objection_id IN :ids GROUP BY objection_id"
                ).bindparams(chunk)
            ).all()
        )
    return positions
