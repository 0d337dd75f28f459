"""Search meets the customer's wording: spellings, word forms and the parts of compounds.

The examples are the issue's (#14): what a salesperson types while the customer talks, against
objections worded differently in the library.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from einwandfrei.planning.library_content import LibraryContent, ObjectionRecord, ResponseRecord
from einwandfrei.store.db.connection import Library, open_library
from einwandfrei.store.library import search_index
from einwandfrei.store.library.search import search
from einwandfrei.store.models import Objection, Phrasing
from einwandfrei.store.transfer.merge import merge_content


def _objection(text_: str, language: str, *, phrasings: tuple[str, ...] = ()) -> ObjectionRecord:
    return ObjectionRecord(
        text_,
        None,
        (ResponseRecord("Verstehe." if language == "de" else "I see.", ""),),
        phrasings=phrasings,
        language=language,
    )


GERMAN = (
    "Schicken Sie mir einfach eine E-Mail.",
    "Die Mindestlaufzeit ist zu lang.",
    "Unsere Rechtsabteilung muss den Vertrag prüfen.",
    "Wir sind an der Hauptstrasse, das ist zu weit.",
    "Sie haben mich schon dreimal angerufen.",
    "Hören Sie auf, mich anzurufen.",
    "Ein Wechsel wäre zu aufwendig.",
    "Das entscheidet der Einkauf.",
    "Ihre Kündigungsfrist ist zu lang.",
    "Wir haben schon einen Lieferanten.",
)
ENGLISH = (
    "Just send me an email.",
    "We do that in-house.",
    "What if it fails?",
    "We're in the middle of a reorganisation.",
    "The set-up costs are too high.",
    "Your prices are too high.",
)


@pytest.fixture
def filled(empty_library: Library) -> Library:
    objections = tuple(_objection(t, "de") for t in GERMAN) + tuple(
        _objection(t, "en") for t in ENGLISH
    )
    with empty_library.write() as connection:
        merge_content(connection, LibraryContent(objections=objections, language="en"))
    return empty_library


def _first(library: Library, query: str) -> str | None:
    found = _top(library, query)
    return found[0] if found else None


def _top(library: Library, query: str) -> list[str]:
    with library.read() as connection:
        return [o.text for o in search(connection, query, limit=3)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("email", "Schicken Sie mir einfach eine E-Mail."),
        ("email", "Just send me an email."),
        ("e mail", "Schicken Sie mir einfach eine E-Mail."),
        ("e-mail", "Just send me an email."),
        ("e mail send", "Just send me an email."),
        ("inhouse", "We do that in-house."),
        ("in house", "We do that in-house."),
        ("setup", "The set-up costs are too high."),
        ("drei mal", "Sie haben mich schon dreimal angerufen."),
    ],
)
def test_every_spelling_meets(filled: Library, query: str, expected: str) -> None:
    assert expected in _top(filled, query)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("anrufen", "Hören Sie auf, mich anzurufen."),
        ("angerufen", "Sie haben mich schon dreimal angerufen."),
        ("aufwand", "Ein Wechsel wäre zu aufwendig."),
        ("entscheiden", "Das entscheidet der Einkauf."),
        ("failed", "What if it fails?"),
        ("reorganization", "We're in the middle of a reorganisation."),
        ("price", "Your prices are too high."),
    ],
)
def test_every_form_meets(filled: Library, query: str, expected: str) -> None:
    assert expected in _top(filled, query)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("laufzeit", "Die Mindestlaufzeit ist zu lang."),
        ("abteilung", "Unsere Rechtsabteilung muss den Vertrag prüfen."),
        ("strasse", "Wir sind an der Hauptstrasse, das ist zu weit."),
        ("frist", "Ihre Kündigungsfrist ist zu lang."),
        ("Lieferant", "Wir haben schon einen Lieferanten."),
    ],
)
def test_parts_of_compounds_meet(filled: Library, query: str, expected: str) -> None:
    assert _first(filled, query) == expected


def test_words_as_typed_rank_above_other_forms(empty_library: Library) -> None:
    with empty_library.write() as connection:
        merge_content(
            connection,
            LibraryContent(
                objections=(
                    _objection("Das entscheidet der Einkauf.", "de"),
                    _objection("Wir müssen entscheiden, wann.", "de"),
                ),
                language="de",
            ),
        )
    with empty_library.read() as connection:
        assert [o.text for o in search(connection, "entscheiden")] == [
            "Wir müssen entscheiden, wann.",
            "Das entscheidet der Einkauf.",
        ]


def test_a_phrasing_finds_its_objection_as_its_text_would(empty_library: Library) -> None:
    with empty_library.write() as connection:
        merge_content(
            connection,
            LibraryContent(
                objections=(
                    _objection("Dafür haben wir kein Budget.", "de", phrasings=("Kein Geld.",)),
                    _objection("Geld ist nicht alles.", "de"),
                ),
                language="de",
            ),
        )
    with empty_library.read() as connection:
        assert search(connection, "kein geld")[0].text == "Dafür haben wir kein Budget."
    # Phrasings edited later reach the index in the same transaction.
    with empty_library.session() as session:
        objection = session.query(Objection).filter_by(text="Geld ist nicht alles.").one()
        objection.phrasings.append(Phrasing(text="Zu wenig Kohle", position=0))
    with empty_library.read() as connection:
        assert search(connection, "kohle")[0].text == "Geld ist nicht alles."


def test_an_index_of_the_old_format_is_rebuilt_once_on_open(filled: Library) -> None:
    path = filled.path
    with filled.write() as connection:
        for table in search_index.SEARCH_TABLES:
            connection.execute(text(f"DELETE FROM {table}"))
        connection.execute(text("DELETE FROM library_meta WHERE key = 'search_format'"))
    with filled.read() as connection:
        assert search(connection, "email") == []
    filled.close()
    told: list[tuple[int, int]] = []
    reopened = open_library(path, reindexing=lambda done, total: told.append((done, total)))
    try:
        assert told[0] == (0, len(GERMAN) + len(ENGLISH))
        assert told[-1] == (len(GERMAN) + len(ENGLISH),) * 2
        assert "Schicken Sie mir einfach eine E-Mail." in _top(reopened, "email")
    finally:
        reopened.close()
    told.clear()
    again = open_library(path, reindexing=lambda done, total: told.append((done, total)))
    again.close()
    assert told == []  # once only


def test_a_rebuild_changes_nothing_but_the_index(filled: Library) -> None:
    def snapshot() -> list[tuple[object, ...]]:
        db = sqlite3.connect(filled.path)
        try:
            return db.execute(
                "SELECT id, text, updated_at, version FROM objections ORDER BY id"
            ).fetchall()
        finally:
            db.close()

    before = snapshot()
    with filled.write(counted=False) as connection:
        search_index.rebuild(connection)
    assert snapshot() == before
