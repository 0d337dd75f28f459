"""Ranked search over the library, safe for any input.

A query is folded and split into words (see `folding`); the last word is a prefix, as when typing.
The words never reach FTS5's query syntax as operators: each is quoted, so quotes, `*`, `NEAR`,
`AND`, parentheses or emoji are just text.

Ranking runs in two stages, so that searching the long response texts costs little more than
searching the objections alone:

1. the objections whose own words (or tags) match, ranked by bm25 — this table is short, so
   ranking every match is cheap;
2. if there is room left, objections that match anywhere else (concern, probing questions,
   responses, follow-up questions), from the unranked document table, which stops after the rows it
   needs and answers from its prefix index.

A customer's words are what the salesperson types, so stage 1 always ranks first.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.exc import OperationalError

from einwandfrei.planning.folding import search_terms
from einwandfrei.planning.library_content import ObjectionRecord
from einwandfrei.store.library.record_reading import read_objections
from einwandfrei.store.library.search_index import DOCUMENT_TABLE, OBJECTION_TABLE

log = logging.getLogger(__name__)

# bm25 column weights of stage 1: the objection's text, then its tags.
TEXT_WEIGHT = 10.0
TAG_WEIGHT = 4.0


@dataclass(frozen=True, slots=True)
class SearchFilter:
    """Narrows a search to part of the library (all fields optional)."""

    category_id: int | None = None
    tag_id: int | None = None
    favorites_only: bool = False


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed; None when nothing searchable is left."""
    terms = search_terms(query)
    if not terms:
        return None
    quoted = [f'"{term}"' for term in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def _filter_sql(table: str, search_filter: SearchFilter) -> tuple[str, str, dict[str, object]]:
    if search_filter == SearchFilter():
        return "", "", {}
    join = f" JOIN objections o ON o.id = {table}.rowid"
    conditions = []
    parameters: dict[str, object] = {}
    if search_filter.category_id is not None:
        conditions.append("o.category_id = :category_id")
        parameters["category_id"] = search_filter.category_id
    if search_filter.tag_id is not None:
        conditions.append(
            "EXISTS (SELECT 1 FROM objection_tags ot WHERE ot.objection_id = o.id "
            "AND ot.tag_id = :tag_id)"
        )
        parameters["tag_id"] = search_filter.tag_id
    if search_filter.favorites_only:
        conditions.append("o.is_favorite")
    return join, "".join(f" AND {condition}" for condition in conditions), parameters


def search_ids(
    connection: Connection,
    query: str,
    limit: int = 50,
    search_filter: SearchFilter = SearchFilter(),
) -> list[int]:
    """Ids of the live objections matching `query`, best first, at most `limit`."""
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    join, conditions, parameters = _filter_sql(OBJECTION_TABLE, search_filter)
    ranked = list(
        connection.execute(
            text(
                f"SELECT {OBJECTION_TABLE}.rowid FROM {OBJECTION_TABLE}{join} "
                f"WHERE {OBJECTION_TABLE} MATCH :expression{conditions} "
                f"ORDER BY bm25({OBJECTION_TABLE}, {TEXT_WEIGHT}, {TAG_WEIGHT}) LIMIT :limit"
            ),
            {"expression": expression, "limit": limit, **parameters},
        ).scalars()
    )
    if len(ranked) >= limit:
        return ranked
    join, conditions, parameters = _filter_sql(DOCUMENT_TABLE, search_filter)
    try:
        elsewhere = connection.execute(
            text(
                f"SELECT {DOCUMENT_TABLE}.rowid FROM {DOCUMENT_TABLE}{join} "
                f"WHERE {DOCUMENT_TABLE} MATCH :expression "
                f"AND {DOCUMENT_TABLE}.rowid NOT IN :found{conditions} LIMIT :limit"
            ).bindparams(bindparam("found", ranked, expanding=True)),
            {"expression": expression, "limit": limit - len(ranked), **parameters},
        ).scalars()
        ranked.extend(elsewhere)
    except OperationalError as error:
        # The document table stores no positions, so it refuses multi-token phrases. `search_terms`
        # splits words as SQLite does; should an exotic script still disagree, answer from stage 1.
        log.warning("search beyond objection texts skipped for %r: %s", query, error)
    return ranked


def search(
    connection: Connection,
    query: str,
    limit: int = 50,
    search_filter: SearchFilter = SearchFilter(),
) -> list[ObjectionRecord]:
    """The matching objections with their responses and tags, best first."""
    return read_objections(connection, search_ids(connection, query, limit, search_filter))
