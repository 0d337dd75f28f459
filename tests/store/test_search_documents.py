"""The documents table holds each folded word of an objection once; `check` compares words."""

from __future__ import annotations

from sqlalchemy import text

from einwandfrei.planning.folding import fold
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.integrity_check import check_library
from einwandfrei.store.library import search_index
from einwandfrei.store.library.search import search_ids
from einwandfrei.store.library.search_index import build_document, same_document


def test_a_document_holds_each_word_once() -> None:
    document = build_document(
        1,
        "Zu teuer, viel zu teuer!",
        ["preis"],
        "Der Preis",
        "",
        [("Teuer im Vergleich wozu?", "Wozu?")],
    )
    words = document.body.split()
    assert len(words) == len(set(words))
    everything = "Zu teuer, viel zu teuer! preis Der Preis Teuer im Vergleich wozu? Wozu?"
    assert set(words) == set(fold(everything).split())


def test_rows_written_with_repeats_are_in_step() -> None:
    def row(tags: str, body: str | None, forms: str = "teur teu") -> tuple[str | None, ...]:
        return ("a", "", tags, forms, "", body)

    assert same_document(row("t", "zu teuer zu teuer"), row("t", "zu teuer"))
    assert same_document(row("t", "zu", "teu teur"), row("t", "zu"))
    assert not same_document(row("t", "zu"), row("t", "zu teuer"))
    assert not same_document(row("x", "zu teuer"), row("t", "zu teuer"))
    assert not same_document(row("t", None), row("t", "zu teuer"))
    assert not same_document(row("t", "zu", "teur"), row("t", "zu"))


def test_an_index_written_with_repeats_passes_the_check(library: Library) -> None:
    with library.write() as connection:
        objection_id, body = connection.execute(
            text(f"SELECT rowid, body FROM {search_index.DOCUMENT_TABLE} LIMIT 1")
        ).one()
        connection.execute(
            text(f"DELETE FROM {search_index.DOCUMENT_TABLE} WHERE rowid = :id"),
            {"id": objection_id},
        )
        connection.execute(
            text(f"INSERT INTO {search_index.DOCUMENT_TABLE} (rowid, body) VALUES (:id, :body)"),
            {"id": objection_id, "body": f"{body}\n{body}"},
        )
    assert check_library(library) == []
    last_word = body.split()[-1]
    with library.read() as connection:
        assert objection_id in search_ids(connection, last_word, 500)
