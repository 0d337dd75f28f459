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

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.exc import OperationalError

from einwandfrei.planning.folding import search_terms
from einwandfrei.planning.library_content import ObjectionRecord
from einwandfrei.planning.library_part import WHOLE_LIBRARY, LibraryPart, PartKind
from einwandfrei.store.library.library_parts import part_condition
from einwandfrei.store.library.record_reading import read_objections
from einwandfrei.store.library.search_index import DOCUMENT_TABLE, OBJECTION_TABLE

log = logging.getLogger(__name__)

# bm25 column weights of stage 1: the objection's text, then its tags.
TEXT_WEIGHT = 10.0
TAG_WEIGHT = 4.0


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed; None when nothing searchable is left."""
    terms = search_terms(query)
    if not terms:
        return None
    quoted = [f'"{term}"' for term in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def _part_sql(table: str, part: LibraryPart) -> tuple[str, str, dict[str, object]]:
    """The join and conditions that narrow a search of `table` to `part`."""
    if part.kind is PartKind.ALL:  # the index holds live objections only
        return "", "", {}
    condition, parameters = part_condition(part)
    return f" JOIN objections o ON o.id = {table}.rowid", f" AND {condition}", parameters


def search_ids(
    connection: Connection,
    query: str,
    limit: int = 50,
    part: LibraryPart = WHOLE_LIBRARY,
) -> list[int]:
    """Ids of the objections in `part` (live ones: the whole library) matching `query`, best
    first, at most `limit`. The Trash is not in the index (see `listing.search_view`)."""
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    join, conditions, parameters = _part_sql(OBJECTION_TABLE, part)
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
    join, conditions, parameters = _part_sql(DOCUMENT_TABLE, part)
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
    part: LibraryPart = WHOLE_LIBRARY,
) -> list[ObjectionRecord]:
    """The matching objections with their responses and tags, best first."""
    return read_objections(connection, search_ids(connection, query, limit, part))
