"""A CSV file imported while it is read, a few objections at a time: still all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from einwandfrei.interchange.csv_reading import stream_library_csv
from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.interchange.files import import_content
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.integrity_check import check_library
from einwandfrei.store.library.search import search_ids
from einwandfrei.store.transfer.undoable_import import import_undoably, undo_import
from tests.helpers import content_of, count

HEADER = "category,objection,response,technique,tags\n"


def _rows(count_: int) -> str:
    return "".join(
        f"Preis,Einwand {n} zu teuer,Antwort {n},Reframe,tag{n % 3}\n" for n in range(count_)
    )


def test_a_bad_line_after_several_batches_changes_nothing(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "library.csv"
    path.write_text(HEADER + _rows(9) + "Preis,,Antwort ohne Einwand,,\n", encoding="utf-8")
    before = content_of(library)
    stream = stream_library_csv(path, batch=2)
    with pytest.raises(InterchangeError, match="line 11 has no objection"):
        import_content(library, stream)
    assert content_of(library) == before
    assert check_library(library) == []


def test_rows_of_one_objection_in_different_batches_make_one_objection(
    empty_library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "library.csv"
    path.write_text(
        HEADER
        + "Preis,Zu teuer,Erste Antwort,,a\n"
        + _rows(5)
        + "preis,  zu TEUER ,Zweite Antwort,,b\n"
        + "Preis,Zu teuer,erste antwort,,\n",
        encoding="utf-8",
    )
    report = import_content(empty_library, stream_library_csv(path, batch=2)).report
    assert report.objections_added == 6
    content = content_of(empty_library)
    (merged,) = [o for o in content.objections if o.text == "Zu teuer"]
    assert [r.text for r in merged.responses] == ["Erste Antwort", "Zweite Antwort"]
    assert sorted(merged.tags) == ["a", "b"]
    assert check_library(empty_library) == []
    with empty_library.read() as connection:
        assert len(search_ids(connection, "zweite")) == 1


def test_a_streamed_import_is_taken_back_whole(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "library.csv"
    path.write_text(HEADER + _rows(7), encoding="utf-8")
    before = content_of(library)
    change = import_undoably(library, stream_library_csv(path, batch=3))
    assert change.report.objections_added == 7
    assert count(library, "objections") == len(before.objections) + 7
    undo_import(library, change)
    assert content_of(library) == before
    assert check_library(library) == []


def test_a_file_without_the_columns_is_refused_before_the_import(tmp_path: Path) -> None:
    path = tmp_path / "library.csv"
    path.write_text("name,text\nx,y\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match="missing: objection, response"):
        stream_library_csv(path)
