"""The library as an Anki deck (`.apkg`) for AnkiDroid and AnkiMobile, written with `genanki`.

One note per objection: the objection on the front; on the back what is behind it, the answers
with their techniques and follow-up questions, and the questions to probe it. Categories and
tags become Anki tags (`Kategorie::Preis`, `Budget_Q4`: Anki tags hold no spaces). The note's
GUID is derived from the objection's stable uuid, the deck's id from the library and the note
type's from the layout and language, so importing a later export updates the notes
on the phone (and keeps their review history) instead of adding them twice.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.interchange.file_writing import write_bytes_atomically
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message, Translate
from einwandfrei.planning.library_content import ObjectionRecord

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library

LAYOUT_VERSION = 1
"""Raise when the fields or cards change: a new note type id, so Anki takes the new layout."""

FIELDS = ("Objection", "Category", "Concern", "Answers", "Probing")

CSS = """\
.card { font-family: sans-serif; font-size: 20px; text-align: left; color: #1d1d1f;
  background: #ffffff; line-height: 1.35; }
.nightMode.card, .night_mode .card { color: #f2f2f2; background: #1e1e1e; }
.objection { font-size: 26px; font-weight: bold; }
.category { font-size: 14px; color: #6e6e73; margin-top: 6px; }
.label { font-size: 14px; color: #6e6e73; font-variant: small-caps; }
.answers { padding-left: 1.2em; }
.answers li { margin-bottom: 10px; }
.technique { font-size: 14px; color: #6e6e73; font-variant: small-caps; }
.follow-up { font-style: italic; }
"""


def _stable_id(*parts: object) -> int:
    """An id in the range genanki recommends (2^30 to 2^31), the same for the same parts."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def note_guid(objection: ObjectionRecord, library_id: str) -> str:
    """The stable GUID of an objection's note: from the objection's uuid (the same objection in
    another library, a team item say, is the same note), else from the library and its id."""
    from genanki import guid_for

    if objection.uuid:
        return str(guid_for("einwandfrei-objection", objection.uuid))
    return str(guid_for("einwandfrei-objection", library_id, objection.id))


def anki_tag(text: str) -> str:
    """`text` as an Anki tag: runs of spaces become one "_", quotes are dropped."""
    return "_".join(text.replace('"', "").split())


def _text(text: str) -> str:
    return html.escape(text.strip(), quote=False).replace("\n", "<br>")


@dataclass(frozen=True, slots=True)
class DeckNote:
    """One note as written: its fields (HTML), tags and GUID."""

    guid: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]


def _labels(translate: Translate | None) -> dict[str, str]:
    def say(template: str) -> str:
        return Message(template).render(translate)

    return {
        "behind": say(QT_TRANSLATE_NOOP("Messages", "Behind it")),
        "answers": say(QT_TRANSLATE_NOOP("Messages", "Answers")),
        "follow_up": say(QT_TRANSLATE_NOOP("Messages", "Then ask")),
        "probe": say(QT_TRANSLATE_NOOP("Messages", "Questions to probe it")),
        "category": say(QT_TRANSLATE_NOOP("Messages", "category")),
        "favourite": say(QT_TRANSLATE_NOOP("Messages", "favourite")),
        "deck": say(QT_TRANSLATE_NOOP("Messages", "Einwandfrei objections")),
        "model": say(QT_TRANSLATE_NOOP("Messages", "Einwandfrei objection")),
    }


def deck_notes(
    objections: Sequence[ObjectionRecord], *, library_id: str, translate: Translate | None = None
) -> list[DeckNote]:
    """The notes of the objections that have an id (read from a library), in order."""
    labels = _labels(translate)
    notes = []
    for objection in objections:
        if objection.id is None:
            continue
        answers = "".join(
            "<li>"
            f'<div class="answer">{_text(response.text)}</div>'
            + (
                f'<div class="technique">{_text(response.technique)}</div>'
                if response.technique.strip()
                else ""
            )
            + (
                f'<div class="follow-up">{_text(labels["follow_up"])}: '
                f"{_text(response.follow_up)}</div>"
                if response.follow_up.strip()
                else ""
            )
            + "</li>"
            for response in objection.responses
        )
        probing = "".join(f"<li>{_text(question)}</li>" for question in objection.probing_questions)
        tags = []
        if objection.category:
            tags.append(f"{anki_tag(labels['category'])}::{anki_tag(objection.category)}")
        tags += [anki_tag(tag) for tag in objection.tags if anki_tag(tag)]
        if objection.favorite:
            tags.append(anki_tag(labels["favourite"]))
        notes.append(
            DeckNote(
                guid=note_guid(objection, library_id),
                fields=(
                    _text(objection.text),
                    _text(objection.category or ""),
                    _text(objection.concern),
                    f'<ol class="answers">{answers}</ol>' if answers else "",
                    f"<ul>{probing}</ul>" if probing else "",
                ),
                tags=tuple(dict.fromkeys(tags)),
            )
        )
    return notes


def _templates(labels: dict[str, str]) -> list[dict[str, str]]:
    front = (
        '<div class="objection">{{Objection}}</div>'
        '{{#Category}}<div class="category">{{Category}}</div>{{/Category}}'
    )
    back = (
        '{{FrontSide}}<hr id="answer">'
        '{{#Concern}}<div class="label">' + html.escape(labels["behind"]) + "</div>"
        "<div>{{Concern}}</div>{{/Concern}}"
        '{{#Answers}}<div class="label">' + html.escape(labels["answers"]) + "</div>"
        "{{Answers}}{{/Answers}}"
        '{{#Probing}}<div class="label">' + html.escape(labels["probe"]) + "</div>"
        "{{Probing}}{{/Probing}}"
    )
    return [{"name": "Objection → answers", "qfmt": front, "afmt": back}]


def write_deck(
    path: Path,
    objections: Sequence[ObjectionRecord],
    *,
    library_id: str,
    language: str = "",
    translate: Translate | None = None,
    timestamp: float | None = None,
) -> int:
    """Write the `.apkg` file of `objections` (atomically) and return how many notes it holds.

    `timestamp` (seconds since the epoch; default now) stamps the notes: Anki updates a note it
    has only from a newer one."""
    import genanki

    labels = _labels(translate)
    model = genanki.Model(
        _stable_id("einwandfrei-objection-model", LAYOUT_VERSION, language),
        labels["model"],
        fields=[{"name": name} for name in FIELDS],
        templates=_templates(labels),
        css=CSS,
    )
    deck = genanki.Deck(_stable_id("einwandfrei-deck", library_id), labels["deck"])
    notes = deck_notes(objections, library_id=library_id, translate=translate)
    for note in notes:
        deck.add_note(
            genanki.Note(
                model=model, fields=list(note.fields), tags=list(note.tags), guid=note.guid
            )
        )
    _write_package(genanki.Package(deck), path, time.time() if timestamp is None else timestamp)
    return len(notes)


def _write_package(package: Any, path: Path, now: float) -> None:
    """What `genanki.Package.write_to_file` does, but written atomically and without leaving
    genanki's temporary database behind."""
    with tempfile.TemporaryDirectory(prefix="einwandfrei-deck-") as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            package.write_to_db(connection.cursor(), now, itertools.count(int(now * 1000)))
            connection.commit()
        finally:
            connection.close()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", "{}")
    write_bytes_atomically(path, buffer.getvalue())


def category_filter(
    objections: Sequence[ObjectionRecord], categories: Sequence[str], known: Sequence[str]
) -> list[ObjectionRecord]:
    """The objections of the named categories (all without names), case ignored; refuses a
    name that is no category of the library with one sentence."""
    if not categories:
        return list(objections)
    by_key = {name.casefold(): name for name in known}
    wanted = set()
    for name in categories:
        found = by_key.get(name.strip().casefold())
        if found is None:
            raise InterchangeError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "There is no category “{name}”; the categories are {known}."
                    ),
                    name=name,
                    known=", ".join(known),
                )
            )
        wanted.add(found)
    return [objection for objection in objections if objection.category in wanted]


def notes_written(count: int, path: Path) -> Message:
    """The sentence after an export: "Wrote 49 notes to Einwandfrei.apkg."."""
    template = (
        QT_TRANSLATE_NOOP("Messages", "Wrote {count} note to {path}.")
        if count == 1
        else QT_TRANSLATE_NOOP("Messages", "Wrote {count} notes to {path}.")
    )
    return Message(template, count=count, path=path)


def export_deck(
    library: Library,
    path: Path,
    *,
    categories: Sequence[str] = (),
    translate: Translate | None = None,
    timestamp: float | None = None,
) -> int:
    """Write the library's (or some categories') objections as an Anki deck; returns how many
    (see `write_deck` for `timestamp`)."""
    from einwandfrei.store.library.record_reading import read_library, read_meta

    with library.read() as connection:
        content = read_library(connection)
        library_id = read_meta(connection, "library_id") or str(library.path)
    chosen = category_filter(
        content.objections, categories, [category.name for category in content.categories]
    )
    return write_deck(
        path,
        chosen,
        library_id=library_id,
        language=content.language,
        translate=translate,
        timestamp=timestamp,
    )
