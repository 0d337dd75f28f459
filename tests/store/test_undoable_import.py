"""Imports from the window can be undone exactly, leaving everything else alone."""

from __future__ import annotations

from sqlalchemy import text

from einwandfrei.interchange.json_format import parse_library_json
from einwandfrei.planning.library_content import (
    LibraryContent,
    ObjectionRecord,
    ResponseRecord,
    TextItemRecord,
)
from einwandfrei.resources import starter_library_text
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.integrity_check import check_library
from einwandfrei.store.library import objection_edits
from einwandfrei.store.library.record_reading import read_meta
from einwandfrei.store.transfer.undoable_import import import_undoably, undo_import
from tests.helpers import content_of, count


def test_import_into_empty_library_and_undo(empty_library: Library) -> None:
    before = content_of(empty_library)
    change = import_undoably(empty_library, parse_library_json(starter_library_text("de")))
    assert change.report.objections_added == 49
    assert count(empty_library, "objections") == 49
    with empty_library.read() as connection:
        assert read_meta(connection, "language") == "de"
    undo_import(empty_library, change)
    assert content_of(empty_library) == before
    for table in ("objections", "responses", "categories", "techniques", "tags", "questions"):
        assert count(empty_library, table) == 0, table
    with empty_library.read() as connection:
        assert read_meta(connection, "language") == "en"
    assert check_library(empty_library) == []


def test_undo_of_a_merge_restores_the_objections_it_merged_into(library: Library) -> None:
    before = content_of(library)
    with library.read() as connection:
        existing = connection.execute(
            text(
                "SELECT o.id, o.text, c.name FROM objections o JOIN categories c "
                "ON c.id = o.category_id LIMIT 1"
            )
        ).one()
    incoming = LibraryContent(
        objections=(
            ObjectionRecord(
                existing.text.upper(),
                existing.name,
                responses=(ResponseRecord("A brand-new answer", technique="Brand-new technique"),),
                tags=("brand-new tag", "budget"),
                probing_questions=("A brand-new probe?",),
            ),
            ObjectionRecord("Something new entirely", "Brand-new category"),
        ),
        questions=(TextItemRecord("A brand-new question?"),),
        checklist=(TextItemRecord("A brand-new checklist item"),),
    )
    change = import_undoably(library, incoming)
    assert (change.report.objections_added, change.report.objections_merged) == (1, 1)
    # Something added afterwards by another part of the app stays.
    other = objection_edits.create_objection(library, "Added after the import")
    undo_import(library, change)
    objection_edits.purge_objections(library, [other], trashed_only=False)
    assert content_of(library) == before
    assert check_library(library) == []


def test_undo_takes_back_the_phrasings_a_merge_added(library: Library) -> None:
    before = content_of(library)
    expensive = next(o for o in before.objections if o.text == "That's too expensive.")
    incoming = LibraryContent(
        objections=(
            ObjectionRecord(
                expensive.text,
                expensive.category,
                (),
                phrasings=(expensive.phrasings[0], "Way out of our price range."),
            ),
        ),
        language="en",
    )
    change = import_undoably(library, incoming)
    merged = next(o for o in content_of(library).objections if o.text == expensive.text)
    assert merged.phrasings == (*expensive.phrasings, "Way out of our price range.")
    undo_import(library, change)
    assert content_of(library) == before
    assert check_library(library) == []
