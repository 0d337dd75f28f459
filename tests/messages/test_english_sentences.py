"""The errors of `store` and `interchange` still say exactly the English sentences they always did.

These sentences are what the command line prints; the window translates `error.message` instead.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from einwandfrei.interchange.csv_reading import parse_library_csv
from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.interchange.files import read_library_file
from einwandfrei.interchange.json_format import parse_library_json
from einwandfrei.planning.bank_rules import TextProblem
from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.store.calls import customers, plans, question_bank
from einwandfrei.store.calls.plans import PlanChangedError
from einwandfrei.store.calls.printable_plan import PlanNotFoundError
from einwandfrei.store.calls.question_bank import TextRefusedError
from einwandfrei.store.db.backup import check_restorable
from einwandfrei.store.db.connection import Library, stored_revision
from einwandfrei.store.db.errors import (
    DamagedLibraryError,
    LibraryError,
    NewerLibraryError,
    ReadOnlyLibraryError,
)
from einwandfrei.store.library import named_lists as vocabulary
from einwandfrei.store.library import objection_edits as editing
from einwandfrei.store.library import response_edits as response_editing
from einwandfrei.store.library.print_selection import read_selection

REFUSED = "The file cannot be imported: "


def _document(**parts: object) -> str:
    return json.dumps({"format": "einwandfrei-library", "version": 1, **parts})


def _objection(**fields: object) -> dict[str, object]:
    return {"text": "Too expensive", "responses": [], **fields}


UUID_A = "5f0c1b8e-8d1e-4f6a-9a57-6f5d2c9e0b11"
JSON_CASES = [
    (b"\xff\xfe\x81", "it is not UTF-8 text (byte 0)."),
    ('{"a": 1', "it is not valid JSON (line 1, column 8: Expecting ',' delimiter)."),
    ("", "it is not valid JSON (line 1, column 1: Expecting value)."),
    ("[" * 100_000, "it is nested too deeply."),
    ("{}", 'it is not an Einwandfrei library (no "format": "einwandfrei-library").'),
    ('{"format": "einwandfrei-library"}', "its format version is missing or invalid."),
    (
        '{"format": "einwandfrei-library", "version": 4}',
        "it is a version 4 library, and this Einwandfrei reads version 3; update the app to "
        "import it.",
    ),
    (_document(), "it has no list of objections."),
    (_document(objections=[], language=3), "the document has language that is not text."),
    (_document(objections=[], categories={}), "the document has categories that is not a list."),
    (_document(objections=[], categories=[1]), "category 1 is not an object."),
    (_document(objections=[], categories=[{}]), "category 1 has no name."),
    (
        _document(objections=[], categories=[{"name": "A", "colour": "red"}]),
        'category 1 has a colour that is not written as "#rrggbb".',
    ),
    (
        _document(objections=[], categories=[{"name": "A", "position": -1}]),
        "category 1 has a negative position.",
    ),
    (
        _document(objections=[], categories=[{"name": "A", "position": True}]),
        "category 1 has position that is not a whole number.",
    ),
    (
        _document(objections=[], techniques=[1]),
        "the document has techniques that are not all text.",
    ),
    (_document(objections=[1]), "objection 1 is not an object."),
    (_document(objections=[{"text": " "}]), "objection 1 has no text."),
    (
        _document(objections=[_objection(kind="odd")]),
        "objection 1 (“Too expensive”) has the kind “odd”, not one of unknown, real, "
        "smoke_screen, brush_off.",
    ),
    (
        _document(objections=[{"text": "Too expensive"}]),
        "objection 1 (“Too expensive”) has no list of responses.",
    ),
    (
        _document(objections=[_objection(responses=[{"text": "Fine", "times_used": "2"}])]),
        "objection 1 (“Too expensive”), response 1 has usage count that is not a whole number.",
    ),
    (
        _document(objections=[_objection(responses=[{"text": "A"}, {"text": ""}])]),
        "objection 1 (“Too expensive”), response 2 has no text.",
    ),
    (
        _document(
            objections=[_objection(responses=[{"text": "A", "times_used": 1, "times_worked": 2}])]
        ),
        "objection 1 (“Too expensive”), response 1 says it worked more often than it was used.",
    ),
    (
        _document(objections=[_objection(favorite="yes")]),
        "objection 1 (“Too expensive”) has a favourite flag that is not true or false.",
    ),
    (
        _document(objections=[_objection(tags=["a", 2])]),
        "objection 1 (“Too expensive”) has tags that are not all text.",
    ),
    (
        _document(objections=[_objection(text="x" * 60, concern=1)]),
        f"objection 1 (“{'x' * 39}…”) has concern that is not text.",
    ),
    (
        _document(objections=[_objection(uuid="not-a-uuid")]),
        "objection 1 (“Too expensive”) has a uuid that is not a UUID (“not-a-uuid”).",
    ),
    (
        _document(objections=[_objection(uuid=7)]),
        "objection 1 (“Too expensive”) has uuid that is not text.",
    ),
    (
        _document(objections=[_objection(uuid=UUID_A), _objection(text="Later", uuid=UUID_A)]),
        "objection 2 (“Later”) has the same uuid as an earlier one.",
    ),
    (
        _document(
            objections=[
                _objection(responses=[{"text": "A", "uuid": UUID_A}]),
                _objection(text="Later", responses=[{"text": "B"}, {"text": "C", "uuid": UUID_A}]),
            ]
        ),
        "objection 2 (“Later”), response 2 has the same uuid as an earlier one.",
    ),
    (
        _document(
            objections=[], checklist=[{"text": "a", "uuid": UUID_A}, {"text": "b", "uuid": UUID_A}]
        ),
        "checklist item 2 has the same uuid as an earlier one.",
    ),
    (
        _document(objections=[_objection(responses=[{"text": "Fine"}, {"text": "A\ud83d"}])]),
        "objection 1 (“Too expensive”), response 2 has text with a lone surrogate (U+D83D), "
        "which is not a character.",
    ),
    (
        _document(objections=[_objection(tags=["ok", "\udc00"])]),
        "objection 1 (“Too expensive”) has tags with a lone surrogate (U+DC00), which is not a "
        "character.",
    ),
    (
        _document(objections=[], questions=["Why \udfff?"]),
        "question 1 has text with a lone surrogate (U+DFFF), which is not a character.",
    ),
    (_document(objections=[], questions=[""]), "question 1 has no text."),
    (_document(objections=[], checklist=["a", 5]), "checklist item 2 is not an object."),
]


@pytest.mark.parametrize(("raw", "problem"), JSON_CASES)
def test_json_sentences(raw: str | bytes, problem: str) -> None:
    with pytest.raises(InterchangeError) as caught:
        parse_library_json(raw)
    assert str(caught.value) == REFUSED + problem


CSV_CASES = [
    (b"\x81\x8d\x8f", "it is neither UTF-8 nor Windows-1252 text (byte 0)."),
    ("objection,response\nA\x00,B\n", "it is not a text file (it holds NUL bytes)."),
    (
        "name,text\nA,B\n",
        "its first line must name the columns category, objection, response, technique, tags "
        "(missing: objection, response).",
    ),
    ("objection,response\nA,B,C\n", "line 2 has 3 fields, but the header names 2."),
    (
        'objection,response\n"A"x,B\n',
        "line 2 is not valid CSV (',' expected after '\"').",
    ),
    ('objection,response\n"A,B\n', "line 2 is not valid CSV (unexpected end of data)."),
    ("", "it is empty."),
    ("objection,response\n,B\n", "line 2 has no objection."),
    (
        "objection,response,technique\nA,,Mirror\n",
        "line 2 names a technique but has no response.",
    ),
]


@pytest.mark.parametrize(("raw", "problem"), CSV_CASES)
def test_csv_sentences(raw: str | bytes, problem: str) -> None:
    with pytest.raises(InterchangeError) as caught:
        parse_library_csv(raw)
    assert str(caught.value) == REFUSED + problem


def test_file_sentences(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    with pytest.raises(InterchangeError) as caught:
        read_library_file(missing)
    assert str(caught.value) == f"There is no file {missing}."
    with pytest.raises(InterchangeError) as caught:
        read_library_file(tmp_path)
    assert str(caught.value) == f"{tmp_path} is a folder, not a file."


def test_the_library_error_sentences(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    assert str(NewerLibraryError(path, "0099")) == (
        f"The library {path} was written by a newer Einwandfrei (schema 0099); update the app "
        "to open it — the file was left untouched."
    )
    assert str(DamagedLibraryError(path, "file is not a database")) == (
        f"The library {path} is damaged and cannot be read (file is not a database); restore a "
        "backup with `einwandfrei restore FILE` — the file was left untouched."
    )
    assert str(ReadOnlyLibraryError(path)) == (
        f"Einwandfrei cannot write to {path}; check that the folder is writable, or choose "
        "another data folder with --data-dir."
    )
    assert str(PlanNotFoundError(7)) == "There is no call plan with the number 7."
    assert str(PlanChangedError()) == (
        "This plan was changed in another window since you opened it; close it and open it "
        "again to see the changes."
    )
    assert [str(TextRefusedError(problem)) for problem in TextProblem] == [
        "The text is empty.",
        "That text is already in the list.",
        "The text is too long for one line.",
    ]


def test_damaged_and_missing_files(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(DamagedLibraryError) as caught:
        stored_revision(foreign)
    assert str(caught.value) == (
        f"The library {foreign} is damaged and cannot be read (it is not an Einwandfrei "
        "library); restore a backup with `einwandfrei restore FILE` — the file was left "
        "untouched."
    )
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 100)
    with pytest.raises(DamagedLibraryError) as caught:
        stored_revision(garbage)
    assert "cannot be read (file is not a database); restore" in str(caught.value)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    with pytest.raises(LibraryError) as not_a_backup:
        check_restorable(empty)
    assert str(not_a_backup.value) == f"{empty} is not an Einwandfrei backup."
    with pytest.raises(LibraryError) as refused:
        check_restorable(tmp_path / "none.sqlite3")
    assert str(refused.value) == f"There is no backup file at {tmp_path / 'none.sqlite3'}."


def _sentence(action: Callable[[], object]) -> str:
    with pytest.raises(LibraryError) as caught:
        action()
    return str(caught.value)


def test_editing_sentences(library: Library) -> None:
    assert _sentence(lambda: vocabulary.add_named(library, "categories", "  ")) == (
        "A category needs a name."
    )
    assert _sentence(lambda: vocabulary.add_named(library, "tags", " ")) == "A tag needs a name."
    vocabulary.add_named(library, "techniques", "Mirroring")
    assert _sentence(lambda: vocabulary.add_named(library, "techniques", "Mirroring")) == (
        "There is already a technique called “Mirroring”."
    )
    assert _sentence(lambda: vocabulary.rename_named(library, "tags", 9999, "x")) == (
        "The tag 9999 no longer exists."
    )
    assert _sentence(lambda: vocabulary.delete_named(library, "categories", 9999)) == (
        "The category 9999 no longer exists."
    )
    assert _sentence(lambda: vocabulary.set_category_colour(library, 9999, "")) == (
        "The category 9999 no longer exists."
    )
    assert _sentence(lambda: editing.create_objection(library, " ")) == (
        "An objection's text cannot be empty; the previous text was kept."
    )
    assert _sentence(lambda: editing.set_kind(library, 9999, "real")) == (
        "The objection 9999 no longer exists."
    )
    assert _sentence(lambda: editing.move_to_category(library, [1], 9999)) == (
        "The category 9999 no longer exists."
    )
    assert _sentence(lambda: response_editing.add_response(library, 1, "")) == (
        "A response's text cannot be empty; the previous text was kept."
    )
    assert _sentence(lambda: response_editing.remove_response(library, 9999)) == (
        "The response 9999 no longer exists."
    )
    assert _sentence(lambda: question_bank.set_question_deleted(library, 9999, True)) == (
        "That question is no longer in the bank."
    )
    assert _sentence(lambda: customers.set_customer_deleted(library, 9999, True)) == (
        "That customer no longer exists."
    )
    with library.read() as connection:
        assert _sentence(lambda: plans.read_plan(connection, 9999)) == (
            "That call plan no longer exists."
        )
        assert _sentence(
            lambda: read_selection(connection, LibraryPart(PartKind.CATEGORY, name="Nope"))
        ) == ("There is no category named “Nope” in the library.")
        assert _sentence(
            lambda: read_selection(connection, LibraryPart(PartKind.TAG, name="x"))
        ) == ("There is no tag named “x” in the library.")
        assert _sentence(lambda: read_selection(connection, LibraryPart.of_ids([9999]))) == (
            "None of the chosen objections is in the library any more."
        )


def test_empty_selection_sentences(empty_library: Library) -> None:
    vocabulary.add_named(empty_library, "categories", "Price")
    with empty_library.read() as connection:
        assert _sentence(lambda: read_selection(connection, LibraryPart())) == (
            "The library holds no objections yet, so there is nothing to print."
        )
        assert _sentence(lambda: read_selection(connection, LibraryPart(PartKind.FAVOURITES))) == (
            "No objection is marked as a favourite yet."
        )
        assert _sentence(
            lambda: read_selection(connection, LibraryPart(PartKind.CATEGORY, name="price"))
        ) == ("The category “Price” holds no objections.")
