"""CSV as spreadsheets write it: encodings, delimiters, German headers; bad lines are named."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from einwandfrei.interchange.csv_format import library_to_csv, parse_library_csv
from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.interchange.files import export_text, import_content, import_file
from einwandfrei.store.db.connection import Library
from tests.helpers import content_of

GERMAN_EXCEL = (
    "Kategorie;Einwand;Antwort;Technik;Tags\r\n"
    'Preis;Das ist zu teuer.;Im Vergleich wozu?;Gegenfrage;"Budget; Preis"\r\n'
    'Preis;Das ist zu teuer.;"Was kostet Sie das Warten; ehrlich?";Umdeuten;\r\n'
    "Hartnäckigkeit;Sie sind aber hartnäckig!;Ja, wir sind hartnäckig – in allem.;Umdeuten;\r\n"
)


@pytest.mark.parametrize(
    "encoded",
    [
        GERMAN_EXCEL.encode("utf-8"),
        b"\xef\xbb\xbf" + GERMAN_EXCEL.encode("utf-8"),
        GERMAN_EXCEL.replace("–", "-").encode("cp1252"),
    ],
    ids=["utf-8", "utf-8 with BOM", "windows-1252"],
)
def test_german_excel_files_are_read(encoded: bytes) -> None:
    content = parse_library_csv(encoded)
    assert [o.text for o in content.objections] == [
        "Das ist zu teuer.",
        "Sie sind aber hartnäckig!",
    ]
    price = content.objections[0]
    assert price.category == "Preis"
    assert [r.text for r in price.responses] == [
        "Im Vergleich wozu?",
        "Was kostet Sie das Warten; ehrlich?",
    ]
    assert [r.technique for r in price.responses] == ["Gegenfrage", "Umdeuten"]
    assert price.tags == ("Budget", "Preis")


def test_comma_separated_english_files_are_read() -> None:
    content = parse_library_csv(
        b"category,objection,response,technique,tags\n"
        b'Price,Too expensive.,"Compared to what, exactly?",,budget\n'
        b"Price,Too expensive.,,,\n"
        b"Timing,Not now.,When would suit you?,Question back,\n"
    )
    assert [(o.text, len(o.responses)) for o in content.objections] == [
        ("Too expensive.", 1),
        ("Not now.", 1),
    ]
    assert content.objections[0].responses[0].technique == ""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("objection;response\n;an answer\n", r"line 2 has no objection"),
        ("category,response\nPrice,x\n", r"first line must name the columns.*missing: objection"),
        ("", r"it is empty"),
        (
            "objection,response\nToo expensive,x,extra\n",
            r"line 2 has 3 fields, but the header names 2",
        ),
        ('objection,response\n"unterminated,x\n', r"not valid CSV|line"),
        (
            "objection,response,technique\nToo expensive,,Reframe\n",
            r"line 2 names a technique but has no response",
        ),
    ],
)
def test_bad_files_name_the_line(text: str, message: str) -> None:
    with pytest.raises(InterchangeError, match=message):
        parse_library_csv(text.encode())


def test_other_encodings_are_refused() -> None:
    with pytest.raises(InterchangeError, match="neither UTF-8 nor Windows-1252"):
        parse_library_csv(b"objection,response\n" + b"\x81\x8d\x8f\x90\x9d\n")


def test_csv_export_reads_back(library: Library, empty_library: Library) -> None:
    import_content(empty_library, parse_library_csv(export_text(library, "csv").encode()))
    exported = content_of(library)
    imported = content_of(empty_library)
    assert [
        (o.category, o.text, [r.text for r in o.responses], o.tags) for o in imported.objections
    ] == [(o.category, o.text, [r.text for r in o.responses], o.tags) for o in exported.objections]
    assert library_to_csv(imported).splitlines()[0] == "category,objection,response,technique,tags"


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    payload=st.one_of(
        st.binary(max_size=200),
        st.lists(st.sampled_from([*',;"\n\r\t aäßx€', "objection", "response"]), max_size=40).map(
            lambda parts: "".join(parts).encode()
        ),
        st.lists(st.lists(st.text(max_size=6), max_size=6), max_size=5).map(
            lambda rows: (
                b"category;objection;response;technique;tags\n"
                + "\n".join(";".join(row) for row in rows).encode()
            )
        ),
    )
)
def test_malformed_csv_is_refused_or_imported_whole(
    library: Library, tmp_path_factory: pytest.TempPathFactory, payload: bytes
) -> None:
    before = content_of(library)
    path = tmp_path_factory.mktemp("files") / "library.csv"
    path.write_bytes(payload)
    try:
        import_file(library, path)
    except InterchangeError as error:
        assert str(error).endswith(".") and "\n" not in str(error)
        assert content_of(library) == before


def test_markdown_export_escapes_user_text(empty_library: Library, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(
        "category,objection,response\nPrice,*Too* expensive <b>,# not a heading\n", encoding="utf-8"
    )
    import_file(empty_library, path)
    markdown = export_text(empty_library, "md")
    assert r"### \*Too\* expensive \<b\>" in markdown
    assert r"1. \# not a heading" in markdown
