"""Parts of the library in SQL: the one place a `LibraryPart` becomes a condition on objections.

Listing, search, printing and drills all narrow their queries with `part_condition`; the choices a
user picks parts from (the categories and tags that hold objections) come from `part_choices`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.store.db.sqlite_access import AnyConnection, driver_connection
from einwandfrei.store.library.list_views import NamedEntry

RECENT_LIMIT = 50
"""How many objections "Recently edited" holds."""

Parameters = dict[str, object]


def part_condition(part: LibraryPart, alias: str = "o") -> tuple[str, Parameters]:
    """A condition on `objections AS {alias}` that holds for the objections of `part`.

    Returns the SQL and its named parameters (`:part_…`), which `sqlalchemy.text` and the sqlite3
    module both take. Objections in the Trash belong to the Trash only. A category or tag named by
    `name` alone is matched ignoring case (an unknown name matches nothing).
    """
    o = alias
    if part.kind is PartKind.ALL:
        return f"{o}.deleted_at IS NULL", {}
    if part.kind is PartKind.TRASH:
        return f"{o}.deleted_at IS NOT NULL", {}
    # With a narrower condition beside it, the deleted_at index (which matches nearly every
    # row) would be the worst choice: the unary `+` keeps SQLite off it.
    live = f"+{o}.deleted_at IS NULL"
    if part.kind is PartKind.FAVOURITES:
        return f"{live} AND {o}.is_favorite", {}
    if part.kind is PartKind.UNCATEGORISED:
        return f"{live} AND {o}.category_id IS NULL", {}
    if part.kind is PartKind.RECENT:
        return (
            f"{live} AND {o}.id IN (SELECT id FROM objections WHERE deleted_at IS NULL "
            f"ORDER BY updated_at DESC, id DESC LIMIT {RECENT_LIMIT})",
            {},
        )
    if part.kind is PartKind.IDS:
        return (
            f"{live} AND {o}.id IN (SELECT value FROM json_each(:part_ids))",
            {"part_ids": json.dumps(list(part.ids))},
        )
    target, parameters = _target(part)
    if part.kind is PartKind.CATEGORY:
        return f"{live} AND {o}.category_id = {target}", parameters
    if part.kind is PartKind.TAG:
        return (
            f"{live} AND {o}.id IN (SELECT objection_id FROM objection_tags "
            f"WHERE tag_id = {target})",
            parameters,
        )
    return (
        f"{live} AND {o}.id IN (SELECT objection_id FROM plan_objections "
        f"WHERE plan_id = {target} AND was_expected)",
        parameters,
    )


def _target(part: LibraryPart) -> tuple[str, Parameters]:
    """The SQL for the id a category, tag or plan part names, and its parameters."""
    if part.target_id is not None:
        return ":part_target", {"part_target": part.target_id}
    if part.kind is PartKind.PLAN or not part.name.strip():
        raise ValueError(f"a {part.kind} part needs the id or name of what it names")
    table = "categories" if part.kind is PartKind.CATEGORY else "tags"
    return (
        f"(SELECT id FROM {table} WHERE name = :part_name COLLATE NOCASE)",
        {"part_name": part.name.strip()},
    )


@dataclass(frozen=True, slots=True)
class PartChoices:
    """What a user can pick a part from: categories and tags that hold live objections."""

    categories: tuple[NamedEntry, ...]
    """In the library's order."""
    tags: tuple[NamedEntry, ...]
    """Alphabetically, ignoring case."""
    has_favourites: bool


def part_choices(connection: AnyConnection) -> PartChoices:
    """The categories and tags that hold live objections, and whether any is a favourite."""
    db = driver_connection(connection)
    categories = tuple(
        NamedEntry(category_id, name, colour or "")
        for category_id, name, colour in db.execute(
            "SELECT c.id, c.name, c.colour FROM categories c WHERE EXISTS (SELECT 1 FROM "
            "objections o WHERE o.category_id = c.id AND o.deleted_at IS NULL) "
            "ORDER BY c.position, c.name"
        )
    )
    tags = tuple(
        NamedEntry(tag_id, name)
        for tag_id, name in db.execute(
            "SELECT t.id, t.name FROM tags t WHERE EXISTS (SELECT 1 FROM objection_tags ot JOIN "
            "objections o ON o.id = ot.objection_id WHERE ot.tag_id = t.id AND "
            "o.deleted_at IS NULL) ORDER BY t.name COLLATE NOCASE"
        )
    )
    favourite = db.execute(
        "SELECT 1 FROM objections WHERE is_favorite AND deleted_at IS NULL LIMIT 1"
    ).fetchone()
    return PartChoices(categories, tags, favourite is not None)
