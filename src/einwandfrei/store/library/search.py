"""Ranked search over the library, safe for any input.

A query is folded and split into words (see `search_query`); the last word is a prefix, as when
typing. The words never reach FTS5's query syntax as operators, so quotes, `*`, `NEAR`, `AND`,
parentheses or emoji are just text.

The search runs in stages, each only if the ones before did not fill the answer, and each ranks
below the ones before — so the customer's own words always come first, and searching the long
response texts costs little more than searching the objections alone:

1. the objections whose text, phrasings (how customers say it) or tags hold the words as typed,
   ranked by bm25;
2. those where the words meet another form: a stem ("Verträge" → "Vertrag"), a German verb form
   ("anrufen" → "anzurufen"), another spelling ("email" → "E-Mail", "organize" → "organise");
   ranked by bm25;
3. those where a word is part of a compound ("frist" → "Kündigungsfrist"), ranked;
4. objections that match anywhere else (concern, probing questions, responses, follow-up
   questions), from the unranked document table, which stops after the rows it needs and answers
   from its prefix index.

Ranking is exact while a stage matches at most `RANK_WINDOW` objections; beyond that (a letter or
two of a large library) the best of the first `RANK_WINDOW` are shown, so a keystroke never waits
for bm25 to score half the library. The next letter narrows it down.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.exc import OperationalError

from einwandfrei.planning.library_content import ObjectionRecord
from einwandfrei.planning.library_part import WHOLE_LIBRARY, LibraryPart, PartKind
from einwandfrei.store.library import search_query
from einwandfrei.store.library.library_parts import part_condition
from einwandfrei.store.library.record_reading import read_objections
from einwandfrei.store.library.search_index import DOCUMENT_TABLE, FORMS_TABLE, OBJECTION_TABLE

log = logging.getLogger(__name__)

# bm25 column weights of stage 1: the objection's text, its phrasings (ranked like the text), then
# its tags; of stages 2 and 3: the forms, then the parts of compounds.
TEXT_WEIGHT = 10.0
PHRASING_WEIGHT = 10.0
TAG_WEIGHT = 4.0
FORMS_WEIGHT = 1.0
PARTS_WEIGHT = 0.5
# The most matches one stage ranks; see the module's doc.
RANK_WINDOW = 1000


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression of stage 1 for what the user typed; None when nothing
    searchable is left."""
    return search_query.customer_words(search_query.parse(query))


def _part_sql(table: str, part: LibraryPart) -> tuple[str, str, dict[str, object]]:
    """The join and conditions that narrow a search of `table` to `part`."""
    if part.kind is PartKind.ALL:  # the index holds live objections only
        return "", "", {}
    condition, parameters = part_condition(part)
    return f" JOIN objections o ON o.id = {table}.rowid", f" AND {condition}", parameters


def _stage(
    connection: Connection,
    table: str,
    expression: str | None,
    limit: int,
    found: list[int],
    part: LibraryPart,
    weights: tuple[float, ...] | None,
) -> list[int]:
    """The ids one stage adds (not in `found`), best first (`weights`: ranked by bm25)."""
    if expression is None or limit <= 0:
        return []
    join, conditions, parameters = _part_sql(table, part)
    exclude = ""
    if found:
        exclude = f" AND {table}.rowid NOT IN :found"
    matches = f"FROM {table}{join} WHERE {table} MATCH :expression{exclude}{conditions}"
    if weights is None:
        sql = f"SELECT {table}.rowid {matches} LIMIT :limit"
    else:
        score = f"bm25({table}, {', '.join(str(weight) for weight in weights)})"
        sql = (
            f"SELECT id FROM (SELECT {table}.rowid AS id, {score} AS score {matches} "
            f"LIMIT {RANK_WINDOW}) ORDER BY score LIMIT :limit"
        )
    statement = text(sql)
    if found:
        statement = statement.bindparams(bindparam("found", found, expanding=True))
    try:
        return list(
            connection.execute(
                statement, {"expression": expression, "limit": limit, **parameters}
            ).scalars()
        )
    except OperationalError as error:
        # `search_query` only writes quoted single words; should an exotic script still make SQLite
        # disagree, this stage is skipped rather than the search failing.
        log.warning("search stage on %s skipped: %s", table, error)
        return []


def search_ids(
    connection: Connection,
    query: str,
    limit: int = 50,
    part: LibraryPart = WHOLE_LIBRARY,
) -> list[int]:
    """Ids of the objections in `part` (live ones: the whole library) matching `query`, best
    first, at most `limit`. The Trash is not in the index (see `listing.search_view`)."""
    terms = search_query.parse(query)
    if not terms or limit <= 0:
        return []
    stages = (
        (OBJECTION_TABLE, search_query.customer_words, (TEXT_WEIGHT, PHRASING_WEIGHT, TAG_WEIGHT)),
        (FORMS_TABLE, search_query.other_forms, (FORMS_WEIGHT, PARTS_WEIGHT)),
        (FORMS_TABLE, search_query.compound_parts, (FORMS_WEIGHT, PARTS_WEIGHT)),
        (DOCUMENT_TABLE, search_query.anywhere, None),
    )
    found: list[int] = []
    for table, expression, weights in stages:
        found.extend(
            _stage(
                connection,
                table,
                expression(terms),
                limit - len(found),
                found,
                part,
                weights,
            )
        )
        if len(found) >= limit:
            break
    return found


def search(
    connection: Connection,
    query: str,
    limit: int = 50,
    part: LibraryPart = WHOLE_LIBRARY,
) -> list[ObjectionRecord]:
    """The matching objections with their responses and tags, best first."""
    return read_objections(connection, search_ids(connection, query, limit, part))
