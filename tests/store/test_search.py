"""Search: German spellings meet, the last word is a prefix, ranking, filters, any input is safe."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from einwandfrei.planning.library_content import LibraryContent, ObjectionRecord, ResponseRecord
from einwandfrei.planning.library_part import WHOLE_LIBRARY, LibraryPart, PartKind
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.search import match_expression, search, search_ids
from einwandfrei.store.models import Objection, Response
from einwandfrei.store.transfer.merge import merge_content

GERMAN = LibraryContent(
    objections=(
        ObjectionRecord(
            "Sie sind aber hartnäckig!",
            "Hartnäckigkeit",
            (ResponseRecord("Ja, wir sind hartnäckig – in allem.", "Umdeuten"),),
            tags=("Nachfassen",),
        ),
        ObjectionRecord(
            "Die Übernahme dauert zu lange.",
            "Zeitpunkt",
            (ResponseRecord("Wie lange dauert es heute?", "Gegenfrage"),),
        ),
        ObjectionRecord(
            "Wir sitzen an der Hauptstraße, das ist zu weit.",
            "Bedarf",
            (ResponseRecord("Wir kommen zu Ihnen.", "Umdeuten"),),
        ),
        ObjectionRecord(
            "Das ist zu teuer.",
            "Preis",
            (ResponseRecord("Im Vergleich wozu? Eine Übernahme kostet mehr.", "Gegenfrage"),),
            concern="Der Nutzen ist nicht klar.",
            probing_questions=("Womit vergleichen Sie?",),
        ),
    ),
    language="de",
)


def _fill(library: Library) -> None:
    with library.write() as connection:
        merge_content(connection, GERMAN)


def _texts(library: Library, query: str, part: LibraryPart = WHOLE_LIBRARY) -> list[str]:
    with library.read() as connection:
        return [o.text for o in search(connection, query, part=part)]


def test_umlauts_and_german_spellings_meet(empty_library: Library) -> None:
    _fill(empty_library)
    assert _texts(empty_library, "hartnackig")[0] == "Sie sind aber hartnäckig!"
    assert _texts(empty_library, "HARTNÄCKIG")[0] == "Sie sind aber hartnäckig!"
    for spelling in ("Ubernahme", "Uebernahme", "übernahme"):
        assert _texts(empty_library, spelling)[0] == "Die Übernahme dauert zu lange."
    assert _texts(empty_library, "hauptstrasse") == [
        "Wir sitzen an der Hauptstraße, das ist zu weit."
    ]


def test_the_last_word_is_a_prefix(empty_library: Library) -> None:
    _fill(empty_library)
    assert _texts(empty_library, "hartn") == ["Sie sind aber hartnäckig!"]
    assert _texts(empty_library, "zu teu") == ["Das ist zu teuer."]
    # Only the last word is a prefix ("teu" would meet "teuer" by its stem, "teu").
    assert _texts(empty_library, "hartn sind") == []


def test_objection_words_rank_above_response_words(empty_library: Library) -> None:
    _fill(empty_library)
    # "Übernahme" is the first objection's own word and only a response word of the fourth.
    assert _texts(empty_library, "ubernahme") == [
        "Die Übernahme dauert zu lange.",
        "Das ist zu teuer.",
    ]


def test_responses_tags_and_notes_are_searched(empty_library: Library) -> None:
    _fill(empty_library)
    assert _texts(empty_library, "vergleich") == ["Das ist zu teuer."]  # response
    assert _texts(empty_library, "nachfassen") == ["Sie sind aber hartnäckig!"]  # tag
    assert _texts(empty_library, "nutzen") == ["Das ist zu teuer."]  # concern
    assert _texts(empty_library, "womit") == ["Das ist zu teuer."]  # probing question


def test_filters_narrow_the_search(empty_library: Library) -> None:
    _fill(empty_library)
    with empty_library.read() as connection:
        price = connection.exec_driver_sql(
            "SELECT id FROM categories WHERE name = 'Preis'"
        ).scalar()
    assert _texts(empty_library, "ubernahme", LibraryPart(PartKind.CATEGORY, price)) == [
        "Das ist zu teuer."
    ]
    assert _texts(empty_library, "ubernahme", LibraryPart(PartKind.FAVOURITES)) == []


def test_edits_and_the_trash_reach_the_index_at_once(empty_library: Library) -> None:
    _fill(empty_library)
    with empty_library.session() as session:
        objection = session.query(Objection).filter_by(text="Das ist zu teuer.").one()
        objection.text = "Das ist uns zu kostspielig."
        objection.responses.append(Response(text="Was kostet das Nichtstun?", position=5))
    assert _texts(empty_library, "kostspielig") == ["Das ist uns zu kostspielig."]
    assert _texts(empty_library, "nichtstun") == ["Das ist uns zu kostspielig."]
    assert _texts(empty_library, "teuer") == []
    with empty_library.session() as session:
        objection = session.query(Objection).filter_by(text="Das ist uns zu kostspielig.").one()
        objection.deleted_at = objection.created_at
    assert _texts(empty_library, "kostspielig") == []


def test_the_limit_is_respected(library: Library) -> None:
    with library.read() as connection:
        assert len(search_ids(connection, "the", limit=3)) == 3
        assert search_ids(connection, "the", limit=0) == []


def test_operators_and_punctuation_are_plain_text() -> None:
    expression = match_expression('"NEAR(a b) OR *')
    assert expression is not None
    # Every word quoted; only AND/OR and parentheses written between them (short neighbours are
    # also tried joined: "a b" may be "ab").
    assert expression.startswith('("near" AND "a" AND "b" AND "or"*) OR ')
    outside_quotes = expression.split('"')[::2]
    assert set(" ".join(outside_quotes).replace("(", " ").replace(")", " ").split()) <= {
        "AND",
        "OR",
        "*",
    }
    assert match_expression("") is None
    assert match_expression(" - * ( ) 😀 ") is None


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=60))
def test_any_text_is_a_safe_query(library: Library, query: str) -> None:
    with library.read() as connection:
        results = search_ids(connection, query, limit=20)
    assert len(results) == len(set(results)) <= 20


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(
        st.sampled_from(
            [
                '"',
                "*",
                "(",
                ")",
                "NEAR",
                "AND",
                "OR",
                "NOT",
                "-",
                "^",
                ":",
                "'",
                "😀",
                "NEAR/2",
                "{",
                "}",
                "+",
                "hartn",
                "price",
                "ä",
                "ß",
            ]
        ),
        max_size=8,
    )
)
def test_fts_syntax_fragments_are_safe(library: Library, words: list[str]) -> None:
    with library.read() as connection:
        search_ids(connection, " ".join(words))
        search_ids(connection, "".join(words))
