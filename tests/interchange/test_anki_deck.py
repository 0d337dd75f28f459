"""The Anki deck: its SQLite content, and Anki's own importer updating instead of doubling."""

from __future__ import annotations

import json
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest

from einwandfrei.interchange.anki_deck import anki_tag, export_deck, note_guid
from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.objection_edits import set_objection_text
from einwandfrei.store.library.record_reading import read_meta, read_objections

FIELD_SEPARATOR = "\x1f"


def _notes(path: Path, tmp_path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """guid → (fields, tags) of the notes in an .apkg."""
    with zipfile.ZipFile(path) as archive:
        assert set(archive.namelist()) == {"collection.anki2", "media"}
        archive.extract("collection.anki2", tmp_path)
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        rows = connection.execute("SELECT guid, flds, tags FROM notes").fetchall()
        decks = json.loads(connection.execute("SELECT decks FROM col").fetchone()[0])
        models = json.loads(connection.execute("SELECT models FROM col").fetchone()[0])
    finally:
        connection.close()
    assert "Einwandfrei objections" in {deck["name"] for deck in decks.values()}
    [model] = models.values()
    assert [field["name"] for field in model["flds"]] == [
        "Objection",
        "Category",
        "Concern",
        "Answers",
        "Probing",
    ]
    return {guid: (fields.split(FIELD_SEPARATOR), tags.split()) for guid, fields, tags in rows}


def _library_id(library: Library) -> str:
    with library.read() as connection:
        return read_meta(connection, "library_id")


def test_one_note_per_objection(library: Library, tmp_path: Path) -> None:
    target = tmp_path / "deck.apkg"
    count = export_deck(library, target)
    with library.read() as connection:
        objections = read_objections(connection)
    assert count == len(objections) > 20
    notes = _notes(target, tmp_path)
    assert len(notes) == count
    price = next(o for o in objections if o.text == "That's too expensive.")
    fields, tags = notes[note_guid(price, _library_id(library))]
    front, category, concern, answers, probing = fields
    assert front == "That&#x27;s too expensive." or front == "That's too expensive."
    assert category == "Price"
    assert concern == price.concern
    for response in price.responses:
        assert response.text.replace("'", "&#x27;") in answers or response.text in answers
        if response.technique:
            assert f'<div class="technique">{response.technique}</div>' in answers
        if response.follow_up:
            assert "Then ask: " in answers
    assert answers.count("<li>") == len(price.responses)
    assert probing.count("<li>") == len(price.probing_questions)
    assert "category::Price" in tags
    for tag in price.tags:
        assert anki_tag(tag) in tags
    assert all(" " not in tag for _fields, tags in notes.values() for tag in tags)


def test_guids_stay_and_text_changes_update(library: Library, tmp_path: Path) -> None:
    first = tmp_path / "first.apkg"
    export_deck(library, first)
    with library.read() as connection:
        objection = read_objections(connection)[0]
    set_objection_text(library, objection.id or 0, "text", "Too pricey for us, honestly.")
    second = tmp_path / "second.apkg"
    export_deck(library, second)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    before, after = _notes(first, tmp_path / "a"), _notes(second, tmp_path / "b")
    assert set(before) == set(after)
    guid = note_guid(objection, _library_id(library))
    assert after[guid][0][0] == "Too pricey for us, honestly."


def test_categories_and_unknown_ones(library: Library, tmp_path: Path) -> None:
    target = tmp_path / "price.apkg"
    count = export_deck(library, target, categories=["price", "Timing"])
    notes = _notes(target, tmp_path)
    assert count == len(notes) > 0
    assert {fields[1] for fields, _tags in notes.values()} == {"Price", "Timing"}
    with pytest.raises(
        InterchangeError, match=r"^There is no category “Nope”; the categories are "
    ):
        export_deck(library, tmp_path / "none.apkg", categories=["Nope"])
    assert not (tmp_path / "none.apkg").exists()


def test_the_guid_follows_the_uuid() -> None:
    from einwandfrei.planning.library_content import ObjectionRecord

    one = ObjectionRecord("Too expensive", None, id=1, uuid="773605c1-a206-4dfa-878a-7c5a8ee5a76e")
    elsewhere = ObjectionRecord("Zu teuer", "Preis", id=7, uuid=one.uuid)
    assert note_guid(one, "library-a") == note_guid(elsewhere, "library-b")
    assert note_guid(one, "a") != note_guid(ObjectionRecord("Too expensive", None, id=1), "a")


def test_anki_tags() -> None:
    assert anki_tag("Budget  Q4 ") == "Budget_Q4"
    assert anki_tag('the "big" one') == "the_big_one"


def test_an_unwritable_target_is_one_sentence(library: Library, tmp_path: Path) -> None:
    with pytest.raises(InterchangeError, match=r"cannot be written \("):
        export_deck(library, tmp_path / "missing-folder" / "deck.apkg")
    assert not (tmp_path / "missing-folder").exists()


def test_anki_imports_it_and_updates_on_the_second_import(library: Library, tmp_path: Path) -> None:
    anki_collection = pytest.importorskip("anki.collection")
    from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition

    deck = tmp_path / "deck.apkg"
    # A day ago: Anki updates a note only from a newer one (its stamp is in whole seconds).
    count = export_deck(library, deck, timestamp=time.time() - 86400)
    (tmp_path / "phone").mkdir()
    collection = anki_collection.Collection(str(tmp_path / "phone" / "collection.anki2"))
    always = ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS

    def import_deck() -> object:
        request = anki_collection.ImportAnkiPackageRequest(
            package_path=str(deck),
            options=anki_collection.ImportAnkiPackageOptions(
                with_scheduling=False,
                merge_notetypes=True,
                update_notes=always,
                update_notetypes=always,
            ),
        )
        return collection.import_anki_package(request).log

    try:
        log = import_deck()
        assert len(log.new) == count  # type: ignore[attr-defined]
        with library.read() as connection:
            objection = read_objections(connection)[0]
        set_objection_text(library, objection.id or 0, "text", "Too pricey for us, honestly.")
        export_deck(library, deck)
        log = import_deck()
        assert len(log.new) == 0  # type: ignore[attr-defined]
        # Every note of the newer export updates its note in place (genanki stamps them all).
        assert len(log.updated) == count  # type: ignore[attr-defined]
        assert collection.note_count() == count
        [note_id] = collection.find_notes('"Objection:Too pricey for us, honestly."')
        note = collection.get_note(note_id)
        assert note.guid == note_guid(objection, _library_id(library))
        assert "Einwandfrei objections" in [
            deck.name for deck in collection.decks.all_names_and_ids()
        ]
    finally:
        collection.close()


def _german_messages() -> dict[str, str]:
    import xml.etree.ElementTree as ET

    from tools.build_resources import TRANSLATIONS

    return {
        message.findtext("source") or "": message.findtext("translation") or ""
        for message in ET.parse(TRANSLATIONS / "messages_de.ts").getroot().iter("message")
    }


def test_in_german(library: Library, tmp_path: Path) -> None:
    german = _german_messages()
    target = tmp_path / "deck.apkg"
    export_deck(library, target, translate=lambda text: german.get(text, text))
    with zipfile.ZipFile(target) as archive:
        archive.extract("collection.anki2", tmp_path)
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        decks = json.loads(connection.execute("SELECT decks FROM col").fetchone()[0])
        models = json.loads(connection.execute("SELECT models FROM col").fetchone()[0])
        tags = " ".join(row[0] for row in connection.execute("SELECT tags FROM notes"))
    finally:
        connection.close()
    assert "Einwandfrei-Einwände" in {deck["name"] for deck in decks.values()}
    [model] = models.values()
    assert "Dahinter steckt" in model["tmpls"][0]["afmt"]
    assert "Kategorie::Price" in tags.split()
