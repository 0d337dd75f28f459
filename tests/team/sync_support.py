"""Reps with their own data folders, linked to one test team database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import text

from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.db.connection import Library
from einwandfrei.team.setup import connect
from einwandfrei.team.urls import parse
from tests.team.conftest import TeamDatabase


class Reps:
    """Opens a library per rep (a data folder each), linked to the team; closes them all."""

    def __init__(self, root: Path, team_db: TeamDatabase) -> None:
        self.root, self.team_db = root, team_db
        self.opened: dict[str, Library] = {}

    def __call__(self, user: str, *, starter: bool = False) -> Library:
        library = open_data_folder(self.root / user, language="en", starter=starter)
        connect(library, parse(self.team_db.url(user)))
        self.opened[user] = library
        return library

    def close(self) -> None:
        for library in self.opened.values():
            library.close()


TABLES = {
    "objections": "uuid, text, category_id, concern, probing_questions, kind, language, "
    "deleted_at IS NULL, version",
    "responses": "uuid, objection_id, text, technique_id, follow_up, position, "
    "deleted_at IS NULL, times_used, times_worked",
    "questions": "uuid, text, deleted_at IS NULL",
    "checklist_items": "uuid, text, is_active",
    "categories": "name",
    "techniques": "name",
    "tags": "name",
    "objection_tags": "objection_id, tag_id",
    "team_items": "uuid, kind, revision, content, incoming_revision, incoming_content",
    "team_suggestions": "uuid, status, sent_at IS NULL",
    "team_count_deltas": "response_uuid, used, worked",
    "team_count_batches": "uuid, counts",
    "search_objections": "rowid, text, tags",
    "search_documents": "rowid",
}


def library_state(library: Library) -> dict[str, list[tuple[Any, ...]]]:
    """Everything a pull may touch, row by row (not the link's timestamps)."""
    with library.read() as connection:
        return {
            table: [
                tuple(row)
                for row in connection.execute(text(f"SELECT {columns} FROM {table} ORDER BY 1"))
            ]
            for table, columns in TABLES.items()
        }


def objection_id(library: Library, words: str) -> int:
    """The id of the live objection whose text is `words`."""
    with library.read() as connection:
        return int(
            connection.execute(
                text("SELECT id FROM objections WHERE text = :t AND deleted_at IS NULL"),
                {"t": words},
            ).scalar_one()
        )


def objection_text(library: Library, uuid: str) -> str:
    with library.read() as connection:
        return str(
            connection.execute(
                text("SELECT text FROM objections WHERE uuid = :u"), {"u": uuid}
            ).scalar_one()
        )


def uuid_of(library: Library, objection: int) -> str:
    with library.read() as connection:
        return str(
            connection.execute(
                text("SELECT uuid FROM objections WHERE id = :id"), {"id": objection}
            ).scalar_one()
        )
