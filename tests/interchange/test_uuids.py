"""Stable UUIDs in the library document: they travel, and an import that meets one merges."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import text

from einwandfrei.interchange.files import export_text, import_content, import_file
from einwandfrei.interchange.json_format import parse_library_json
from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library import objection_edits
from tests.helpers import content_of, count


def _uuids(library: Library, table: str, where: str = "1") -> list[str]:
    with library.read() as connection:
        query = text(f"SELECT uuid FROM {table} WHERE {where} ORDER BY id")
        return list(connection.execute(query).scalars())


def _assert_fresh(values: list[str]) -> None:
    assert len(set(values)) == len(values)
    for value in values:
        parsed = uuid.UUID(value)
        assert (str(parsed), parsed.version, parsed.variant) == (value, 4, uuid.RFC_4122)


def _document(library: Library) -> dict[str, Any]:
    return json.loads(export_text(library, "json"))  # type: ignore[no-any-return]


def _import(library: Library, document: dict[str, Any]) -> None:
    import_content(library, parse_library_json(json.dumps(document)))


def test_uuids_travel_with_the_document(library: Library, tmp_path: Path) -> None:
    exported = tmp_path / "library.json"
    exported.write_text(export_text(library, "json"), encoding="utf-8")
    with open_data_folder(tmp_path / "other", language="de", starter=False) as other:
        import_file(other, exported)
        for table in ("objections", "responses", "questions", "checklist_items"):
            assert sorted(_uuids(other, table)) == sorted(_uuids(library, table))
            _assert_fresh(_uuids(other, table))


def test_a_version_1_document_gets_fresh_uuids(empty_library: Library) -> None:
    document = {
        "format": "einwandfrei-library",
        "version": 1,
        "objections": [
            {"text": "Too expensive.", "category": "Price", "responses": [{"text": "Why?"}]},
            {"text": "Not now.", "category": None, "responses": [{"text": "When?"}]},
        ],
        "questions": [{"text": "What is on your desk?"}],
        "checklist": [{"text": "Headset tested"}],
    }
    _import(empty_library, document)
    for table, rows in (
        ("objections", 2),
        ("responses", 2),
        ("questions", 1),
        ("checklist_items", 1),
    ):
        values = _uuids(empty_library, table)
        assert len(values) == rows
        _assert_fresh(values)


def test_a_known_uuid_is_merged_into_even_after_its_text_changed(library: Library) -> None:
    document = _document(library)
    first = document["objections"][0]
    first_uuid = first["uuid"]
    known_response = first["responses"][0]
    first["text"] = "Reworded elsewhere"
    first["category"] = "A category of its own"
    known_response["text"] = "An answer reworded elsewhere"
    first["responses"].append({"uuid": str(uuid.uuid4()), "text": "A brand-new answer"})
    objections_before = count(library, "objections")
    document["objections"] = [first]

    _import(library, document)

    assert count(library, "objections") == objections_before
    merged = next(o for o in content_of(library).objections if o.uuid == first_uuid)
    assert merged.text != "Reworded elsewhere"  # the library's own text is kept
    texts = [r.text for r in merged.responses]
    assert texts[-1] == "A brand-new answer"
    assert "An answer reworded elsewhere" not in texts  # the known response is that response
    assert merged.responses[-1].uuid == first["responses"][-1]["uuid"]


def test_an_unknown_uuid_with_a_known_text_merges_by_text(library: Library) -> None:
    document = _document(library)
    first = document["objections"][0]
    first["uuid"] = str(uuid.uuid4())
    first["responses"] = [{"uuid": str(uuid.uuid4()), "text": "One more answer"}]
    document["objections"] = [first]
    before = _uuids(library, "objections")

    _import(library, document)

    assert _uuids(library, "objections") == before
    texts = [o.text for o in content_of(library).objections]
    assert texts.count(first["text"]) == 1


def test_two_incoming_objections_meeting_one_by_uuid_and_text_merge_into_it(
    library: Library,
) -> None:
    document = _document(library)
    first = document["objections"][0]
    by_text = dict(first, uuid=str(uuid.uuid4()), responses=[{"text": "Answer by text"}])
    by_uuid = dict(first, text="Reworded", responses=[{"text": "Answer by uuid"}])
    document["objections"] = [by_uuid, by_text]
    before = count(library, "objections")

    _import(library, document)

    assert count(library, "objections") == before
    merged = next(o for o in content_of(library).objections if o.uuid == first["uuid"])
    assert {"Answer by text", "Answer by uuid"} <= {r.text for r in merged.responses}


def test_the_trash_is_not_matched_and_a_newcomer_gets_a_fresh_uuid(library: Library) -> None:
    document = _document(library)
    first = document["objections"][0]
    trashed_id = objection_edits.create_objection(library, "Temporary")
    trashed_uuid = _uuids(library, "objections", f"id = {trashed_id}")[0]
    objection_edits.delete_objections(library, [trashed_id])
    document["objections"] = [
        dict(first, text="Brought back", uuid=trashed_uuid, responses=[]),
    ]

    _import(library, document)

    newcomer = _uuids(library, "objections", "text = 'Brought back' AND deleted_at IS NULL")
    assert len(newcomer) == 1 and newcomer[0] != trashed_uuid
    assert _uuids(library, "objections", f"id = {trashed_id}") == [trashed_uuid]
    _assert_fresh(_uuids(library, "objections"))


def test_a_response_uuid_another_objection_has_is_not_taken_over(library: Library) -> None:
    document = _document(library)
    foreign_uuid = document["objections"][1]["responses"][0]["uuid"]
    document["objections"] = [
        {
            "text": "A new objection",
            "category": None,
            "responses": [{"uuid": foreign_uuid, "text": "Its answer"}],
        }
    ]

    _import(library, document)

    new = next(o for o in content_of(library).objections if o.text == "A new objection")
    assert new.responses[0].uuid not in (None, foreign_uuid)
    _assert_fresh(_uuids(library, "responses"))


def test_questions_and_checklist_items_are_matched_by_uuid(library: Library) -> None:
    document = _document(library)
    question = document["questions"][0]
    item = document["checklist"][0]
    question["text"] = "A question reworded elsewhere?"
    item["text"] = "An item reworded elsewhere"
    document["questions"] = [question, {"uuid": str(uuid.uuid4()), "text": "A new question?"}]
    document["checklist"] = [item]
    questions, items = count(library, "questions"), count(library, "checklist_items")

    _import(library, document)

    assert count(library, "questions") == questions + 1
    assert count(library, "checklist_items") == items
    assert document["questions"][1]["uuid"] in _uuids(library, "questions")


def test_csv_imports_get_fresh_uuids(empty_library: Library, tmp_path: Path) -> None:
    path = tmp_path / "library.csv"
    path.write_text("objection,response\nToo expensive,Why?\nToo expensive,Compared to what?\n")
    import_file(empty_library, path)
    _assert_fresh(_uuids(empty_library, "objections") + _uuids(empty_library, "responses"))
    assert len(_uuids(empty_library, "responses")) == 2
