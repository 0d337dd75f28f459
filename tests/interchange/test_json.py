"""The JSON library document: round trip, versioning, and refusals that change nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.interchange.files import export_text, import_content, import_file
from einwandfrei.interchange.json_format import parse_library_json
from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.db.connection import Library
from tests.helpers import content_of


def _without_timestamp(document: str) -> dict[str, Any]:
    data = json.loads(document)
    data.pop("exported_at")
    return data  # type: ignore[no-any-return]


def test_export_import_export_gives_the_same_document(library: Library, tmp_path: Path) -> None:
    first = export_text(library, "json")
    exported = tmp_path / "library.json"
    exported.write_text(first, encoding="utf-8")
    with open_data_folder(tmp_path / "other", language="de", starter=False) as empty:
        import_file(empty, exported)
        second = export_text(empty, "json")
    assert _without_timestamp(second) == _without_timestamp(first)


def test_the_document_has_the_documented_shape(library: Library) -> None:
    document = json.loads(export_text(library, "json"))
    assert document["format"] == "einwandfrei-library"
    assert document["version"] == 3
    objection = document["objections"][0]
    assert {"uuid", "text", "category", "phrasings", "responses"} <= objection.keys()
    assert all(isinstance(phrasing, str) for phrasing in objection["phrasings"])
    assert {"uuid", "text", "technique"} <= objection["responses"][0].keys()
    assert document["questions"][0].keys() == {"uuid", "text"}
    assert document["checklist"][0].keys() == {"uuid", "text"}


def test_importing_twice_leaves_the_library_as_after_once(
    empty_library: Library, library: Library
) -> None:
    document = parse_library_json(export_text(library, "json"))
    import_content(empty_library, document)
    once = content_of(empty_library)
    report = import_content(empty_library, document).report
    assert content_of(empty_library) == once
    assert report.objections_added == 0 and report.responses_added == 0


def test_duplicates_merge_ignoring_case_and_spaces(empty_library: Library) -> None:
    document = {
        "format": "einwandfrei-library",
        "version": 1,
        "objections": [
            {
                "text": "Too expensive.",
                "category": "Price",
                "responses": [{"text": "Compared to what?", "technique": "Question back"}],
            },
            {
                "text": "  too EXPENSIVE. ",
                "category": "price",
                "tags": ["budget"],
                "responses": [
                    {"text": "compared to what? ", "technique": None},
                    {"text": "What does waiting cost?", "technique": "Reframe"},
                ],
            },
        ],
    }
    import_content(empty_library, parse_library_json(json.dumps(document)))
    content = content_of(empty_library)
    assert len(content.objections) == 1
    objection = content.objections[0]
    assert [r.text for r in objection.responses] == ["Compared to what?", "What does waiting cost?"]
    assert objection.tags == ("budget",)


def test_phrasings_travel_and_merge_without_doubles(empty_library: Library) -> None:
    def document(*phrasings: str) -> str:
        objection = {
            "text": "Too expensive.",
            "category": "Price",
            "phrasings": list(phrasings),
            "responses": [],
        }
        return json.dumps(
            {"format": "einwandfrei-library", "version": 3, "objections": [objection]}
        )

    import_content(
        empty_library, parse_library_json(document("Way too pricey.", "WAY too  pricey."))
    )
    import_content(
        empty_library, parse_library_json(document("way too pricey.", "Can't afford it."))
    )
    (objection,) = content_of(empty_library).objections
    assert objection.phrasings == ("Way too pricey.", "Can't afford it.")
    exported = json.loads(export_text(empty_library, "json"))
    assert exported["objections"][0]["phrasings"] == ["Way too pricey.", "Can't afford it."]


def test_a_newer_version_is_refused_with_a_clear_message() -> None:
    document = json.dumps({"format": "einwandfrei-library", "version": 4, "objections": []})
    with pytest.raises(InterchangeError, match=r"version 4 library.*reads version 3"):
        parse_library_json(document)


@pytest.mark.parametrize(
    ("objections", "message"),
    [
        ([{"category": "Price", "responses": []}], r"objection 1 has no text"),
        (
            [{"text": "Hm", "category": "Price", "responses": [{"technique": "x"}]}],
            r"objection 1 \(“Hm”\), response 1 has no text",
        ),
        ([{"text": "Hm", "category": "Price"}], r"has no list of responses"),
        ([{"text": "Hm", "category": 5, "responses": []}], r"category that is not text"),
        ([{"text": "Hm", "category": None, "kind": "angry", "responses": []}], r"kind “angry”"),
        (["just a string"], r"objection 1 is not an object"),
        (
            [
                {
                    "text": "Hm",
                    "category": None,
                    "responses": [
                        {"text": "x", "technique": "", "times_used": 1, "times_worked": 2}
                    ],
                }
            ],
            r"worked more often than it was used",
        ),
    ],
)
def test_invalid_records_are_named(objections: list[Any], message: str) -> None:
    document = json.dumps({"format": "einwandfrei-library", "version": 1, "objections": objections})
    with pytest.raises(InterchangeError, match=message):
        parse_library_json(document)


def test_a_broken_file_changes_nothing(library: Library, tmp_path: Path) -> None:
    before = content_of(library)
    broken = tmp_path / "broken.json"
    good = json.loads(export_text(library, "json"))
    good["objections"].append({"text": "", "category": None, "responses": []})
    broken.write_text(json.dumps(good), encoding="utf-8")
    with pytest.raises(InterchangeError, match=r"objection \d+ has no text"):
        import_file(library, broken)
    assert content_of(library) == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    payload=st.one_of(
        st.binary(max_size=200),
        json_values.map(lambda value: json.dumps(value).encode()),
        st.fixed_dictionaries(
            {
                "format": st.just("einwandfrei-library"),
                "version": st.sampled_from([1, 2, 3]),
                "objections": st.lists(json_values, min_size=1, max_size=4),
            },
        ).map(lambda value: json.dumps(value).encode()),
    )
)
def test_malformed_json_is_refused_or_imported_whole(
    library: Library, tmp_path_factory: pytest.TempPathFactory, payload: bytes
) -> None:
    before = content_of(library)
    path = tmp_path_factory.mktemp("files") / "library.json"
    path.write_bytes(payload)
    try:
        import_file(library, path)
    except InterchangeError as error:
        message = str(error)
        assert message.startswith("The file cannot be imported: ") and message.endswith(".")
        assert "\n" not in message
        assert content_of(library) == before


def test_an_escaped_surrogate_pair_is_one_character(empty_library: Library) -> None:
    # Escapes of a whole pair make one character (an emoji); only a lone half is refused.
    document = (
        '{"format": "einwandfrei-library", "version": 2, "objections": [{"text": '
        '"Great \\ud83d\\ude00", "category": null, "responses": [{"text": "Thanks \\u00e4"}]}]}'
    )
    import_content(empty_library, parse_library_json(document))
    [objection] = content_of(empty_library).objections
    assert (objection.text, objection.responses[0].text) == ("Great 😀", "Thanks ä")
