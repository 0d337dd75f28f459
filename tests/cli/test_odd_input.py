"""Odd input gets one clear sentence, never "an unexpected error": surrogates, a file as folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Run

SURROGATE_DOCUMENT = (
    '{"format": "einwandfrei-library", "version": 2, "objections": ['
    '{"text": "Fine", "category": null, "responses": []},'
    '{"text": "Too expensive \\ud800 really", "category": "Price", "responses": []}]}'
)


def _one_sentence(stderr: str) -> str:
    assert stderr.startswith("einwandfrei: ") and stderr.endswith(".\n"), stderr
    assert stderr.count("\n") == 1 and "unexpected" not in stderr and "Traceback" not in stderr
    return stderr.removeprefix("einwandfrei: ").strip()


def test_a_lone_surrogate_in_a_json_file_names_the_objection(
    einwandfrei: Run, tmp_path: Path
) -> None:
    document = tmp_path / "library.json"
    document.write_text(SURROGATE_DOCUMENT, encoding="utf-8")
    before = einwandfrei("export", check_exit=0).stdout
    result = einwandfrei("import", str(document), check_exit=1)
    assert _one_sentence(result.stderr) == (
        "The file cannot be imported: objection 2 (“Too expensive \ufffd really”) has text with "
        "a lone surrogate (U+D800), which is not a character."
    )
    after = einwandfrei("export", check_exit=0).stdout
    assert after.count('"text"') == before.count('"text"')  # nothing was imported


@pytest.mark.parametrize(
    "command",
    [
        ["search", "price"],
        ["export"],
        ["check"],
        ["plans"],
        ["sheet", "--all", "-o", "out.pdf"],
    ],
    ids=lambda command: command[0],
)
def test_a_data_folder_that_is_a_file_is_named(
    einwandfrei: Run, tmp_path: Path, command: list[str]
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("not a folder")
    for data_dir in (not_a_folder, not_a_folder / "data"):
        result = einwandfrei("--data-dir", str(data_dir), *command, check_exit=1)
        assert _one_sentence(result.stderr) == (
            f"The data folder {data_dir} cannot be used: {not_a_folder} is a file, not a "
            "folder; choose a folder with --data-dir."
        )
    assert not_a_folder.read_text() == "not a folder"
