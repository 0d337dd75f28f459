"""One objection with everything the editor shows, including the ids that edits refer to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text


@dataclass(frozen=True, slots=True)
class ResponseDetail:
    """A prepared answer as the editor shows it."""

    id: int
    text: str
    technique_id: int | None
    technique: str
    follow_up: str
    times_used: int
    times_worked: int


@dataclass(frozen=True, slots=True)
class ObjectionDetail:
    """An objection as the editor shows it (live or in the Trash)."""

    id: int
    text: str
    category_id: int | None
    concern: str
    probing_questions: str
    kind: str
    language: str
    favourite: bool
    deleted: bool
    tags: tuple[str, ...]
    responses: tuple[ResponseDetail, ...]
    phrasings: tuple[str, ...] = ()  # how customers say it


def read_objection_detail(connection: Connection, objection_id: int) -> ObjectionDetail | None:
    """The objection with its live responses and tags; None if there is no such objection."""
    row = connection.execute(
        text(
            "SELECT id, text, category_id, concern, probing_questions, kind, language, "
            "is_favorite, deleted_at FROM objections WHERE id = :id"
        ),
        {"id": objection_id},
    ).first()
    if row is None:
        return None
    responses = tuple(
        ResponseDetail(
            id=response.id,
            text=response.text,
            technique_id=response.technique_id,
            technique=response.technique or "",
            follow_up=response.follow_up,
            times_used=response.times_used,
            times_worked=response.times_worked,
        )
        for response in connection.execute(
            text(
                "SELECT r.id, r.text, r.technique_id, t.name AS technique, r.follow_up, "
                "r.times_used, r.times_worked FROM responses r "
                "LEFT JOIN techniques t ON t.id = r.technique_id "
                "WHERE r.objection_id = :id AND +r.deleted_at IS NULL ORDER BY r.position, r.id"
            ),
            {"id": objection_id},
        )
    )
    tags = tuple(
        connection.execute(
            text(
                "SELECT t.name FROM objection_tags ot JOIN tags t ON t.id = ot.tag_id "
                "WHERE ot.objection_id = :id ORDER BY t.name COLLATE NOCASE"
            ),
            {"id": objection_id},
        ).scalars()
    )
    phrasings = tuple(
        connection.execute(
            text(
                "SELECT text FROM objection_phrasings WHERE objection_id = :id "
                "ORDER BY position, id"
            ),
            {"id": objection_id},
        ).scalars()
    )
    return ObjectionDetail(
        id=row.id,
        text=row.text,
        category_id=row.category_id,
        concern=row.concern,
        probing_questions=row.probing_questions,
        kind=row.kind,
        language=row.language,
        favourite=bool(row.is_favorite),
        deleted=row.deleted_at is not None,
        tags=tags,
        responses=responses,
        phrasings=phrasings,
    )


def response_order(connection: Connection, objection_id: int) -> list[int]:
    """The ids of an objection's live responses, in their order."""
    return list(
        connection.execute(
            text(
                "SELECT id FROM responses WHERE objection_id = :id AND +deleted_at IS NULL "
                "ORDER BY position, id"
            ),
            {"id": objection_id},
        ).scalars()
    )
