"""CSV as spreadsheets write it: encodings, delimiters, German headers; bad lines are named."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from einwandfrei.interchange.csv_format import library_to_csv, neutralised, restored
from einwandfrei.interchange.csv_reading import parse_library_csv
from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.interchange.files import export_text, import_content, import_file
from einwandfrei.planning.library_content import (
    LibraryContent,
    ObjectionRecord,
    ResponseRecord,
    identity_key,
)
from einwandfrei.store.db.connection import Library, create_library, open_library
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


# -- formula injection ---------------------------------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def test_cells_a_spreadsheet_would_run_start_with_an_apostrophe(empty_library: Library) -> None:
    import_content(
        empty_library,
        LibraryContent(
            objections=(
                ObjectionRecord(
                    text='=HYPERLINK("http://evil.example","Click")',
                    category="@Price",
                    responses=(
                        ResponseRecord("+cmd|' /C calc'!A0", technique="-Reframe"),
                        ResponseRecord("'=already quoted"),
                        ResponseRecord("A plain answer - with a dash inside"),
                    ),
                    tags=("=tag", "plain"),
                ),
            )
        ),
    )
    rows = list(csv.reader(io.StringIO(export_text(empty_library, "csv"), newline="")))
    assert rows[1] == [
        "'@Price",
        '\'=HYPERLINK("http://evil.example","Click")',
        "'+cmd|' /C calc'!A0",
        "'-Reframe",
        "'=tag; plain",
    ]
    assert rows[2][2] == "''=already quoted"
    assert rows[3][2] == "A plain answer - with a dash inside"
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS)


@pytest.mark.parametrize(
    "cell",
    ["=1+1", "+1", "-1", "@x", "\tx", "\rx", "'=1", "''-1", "'", "''", "'plain", "plain", ""],
)
def test_exactly_the_added_apostrophe_is_taken_off(cell: str) -> None:
    written = neutralised(cell)
    assert not written.startswith(FORMULA_STARTS)
    assert restored(written) == cell


def test_reading_takes_one_apostrophe_off_formula_cells_only() -> None:
    content = parse_library_csv(
        "objection,response,tags\n'=SUM(A1),'quoted answer,'-x; 'y\n''+1,'@a,\n"
    )
    assert [(o.text, [r.text for r in o.responses], o.tags) for o in content.objections] == [
        ("=SUM(A1)", ["'quoted answer"], ("-x", "'y")),
        ("'+1", ["@a"], ()),
    ]


@pytest.fixture(scope="module")
def empty_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "library.sqlite3"
    library = create_library(path, language="en")
    library.fold_write_ahead_log()
    library.close()
    return path


@pytest.fixture
def fresh_libraries(
    empty_library_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[[], Library]]:
    """A factory of empty libraries, each a copy of one template (no migration per example)."""
    opened: list[Library] = []

    def fresh() -> Library:
        path = tmp_path_factory.mktemp("lib") / "library.sqlite3"
        shutil.copy(empty_library_file, path)
        opened.append(open_library(path))
        return opened[-1]

    yield fresh
    for library in opened:
        library.close()


_PREFIXES = st.sampled_from(["", "'", "''", *FORMULA_STARTS, "'=", "''+", "'-", "'@", "'\t"])


def _text(*, excluded: str = "") -> st.SearchStrategy[str]:
    characters = st.characters(exclude_categories=["Cs"], exclude_characters="\x00" + excluded)
    return (
        st.tuples(_PREFIXES, st.text(characters, max_size=12))
        .map("".join)
        .filter(lambda value: value.strip() != "" and value.strip("'") != "")
    )


_responses = st.lists(
    st.builds(
        ResponseRecord,
        text=_text(),
        technique=st.one_of(st.just(""), _text()),
    ),
    max_size=3,
    unique_by=lambda response: identity_key(response.text),
)
_objections = st.lists(
    st.builds(
        ObjectionRecord,
        text=_text(),
        category=st.one_of(st.none(), _text()),
        responses=_responses.map(tuple),
        tags=st.lists(_text(excluded=";,"), max_size=3, unique_by=identity_key).map(tuple),
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda o: (identity_key(o.category or ""), identity_key(o.text)),
)


def _as_csv_carries(library: Library) -> list[tuple[object, ...]]:
    return [
        (o.category, o.text, [(r.text, r.technique) for r in o.responses], o.tags)
        for o in content_of(library).objections
    ]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(objections=_objections)
def test_csv_export_and_import_give_back_the_same_objections(
    fresh_libraries: Callable[[], Library],
    tmp_path_factory: pytest.TempPathFactory,
    objections: list[ObjectionRecord],
) -> None:
    original, copy = fresh_libraries(), fresh_libraries()
    import_content(original, LibraryContent(objections=tuple(objections)))
    path = tmp_path_factory.mktemp("csv") / "library.csv"
    path.write_bytes(export_text(original, "csv").encode("utf-8"))
    import_file(copy, path)
    assert _as_csv_carries(copy) == _as_csv_carries(original)
