"""The query parser never lets what is typed reach FTS5 as syntax: every expression it writes is
accepted by SQLite, whatever the input (quotes, *, NEAR, parentheses, lone hyphens, umlauts,
emoji, control characters)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from einwandfrei.store.library import search_query
from einwandfrei.store.library.search_query import MAX_TERMS, parse

STAGES = (
    search_query.customer_words,
    search_query.other_forms,
    search_query.compound_parts,
    search_query.anywhere,
)
HOSTILE = st.sampled_from(
    [
        '"',
        "*",
        "(",
        ")",
        "NEAR",
        "NEAR/2",
        "AND",
        "OR",
        "NOT",
        "-",
        "^",
        ":",
        "'",
        "{",
        "}",
        "+",
        "e-mail",
        "Über",
        "straße",
        "😀",
        "\u0000",
        "\u200b",
        "ﬁ",
        "x" * 300,
        "  ",
        "\n",
        "drei mal",
    ]
)


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(":memory:")
    tokenizer = "tokenize='unicode61 remove_diacritics 2'"
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(forms, parts, {tokenizer})")
    db.execute("INSERT INTO t (forms, parts) VALUES ('email kundigung', 'frist')")
    yield db
    db.close()


def _every_expression_is_accepted(db: sqlite3.Connection, query: str) -> None:
    terms = parse(query)
    assert len(terms) <= MAX_TERMS
    for stage in STAGES:
        expression = stage(terms)
        if expression is None:
            continue
        db.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()


@settings(max_examples=400, deadline=None)
@given(query=st.text(max_size=80))
def test_any_text_gives_expressions_sqlite_accepts(fts: sqlite3.Connection, query: str) -> None:
    _every_expression_is_accepted(fts, query)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(HOSTILE | st.text(max_size=6), max_size=20))
def test_hostile_fragments_give_expressions_sqlite_accepts(
    fts: sqlite3.Connection, words: list[str]
) -> None:
    _every_expression_is_accepted(fts, " ".join(words))
    _every_expression_is_accepted(fts, "".join(words))


def test_spellings_and_joins_are_tried() -> None:
    expression = search_query.customer_words(parse("e mail"))
    assert expression is not None and '"email"*' in expression
    assert search_query.customer_words(parse("")) is None
    assert parse('" * ( ) -') == []
