"""`Message`: English by default, translated part by part, never losing a value."""

from __future__ import annotations

from pathlib import Path

import pytest

from einwandfrei.interchange.errors import InterchangeError, refused_file
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message, as_message, placeholders
from einwandfrei.store.db.errors import (
    DamagedLibraryError,
    LibraryError,
    NotFoundError,
    sqlite_detail,
)

GERMAN = {
    "The file cannot be imported: {where} {problem}.": (
        "Die Datei kann nicht importiert werden: {where} {problem}."
    ),
    "objection {number}": "Einwand {number}",
    "has no {what}": "lässt das Feld «{what}» leer",
    "text": "Text",
}


def german(template: str) -> str:
    return GERMAN.get(template, template)


def _sentence() -> Message:
    return Message(
        "The file cannot be imported: {where} {problem}.",
        where=Message("objection {number}", number=12),
        problem=Message("has no {what}", what=Message("text")),
    )


def test_english_by_default() -> None:
    assert str(_sentence()) == "The file cannot be imported: objection 12 has no text."
    assert _sentence().render() == str(_sentence())


def test_every_part_is_translated() -> None:
    assert _sentence().render(german) == (
        "Die Datei kann nicht importiert werden: Einwand 12 lässt das Feld «Text» leer."
    )


def test_templates_lists_every_part_depth_first() -> None:
    assert list(_sentence().templates()) == [
        "The file cannot be imported: {where} {problem}.",
        "objection {number}",
        "has no {what}",
        "text",
    ]


def test_values_are_shown_as_they_are() -> None:
    # Text from the user or the file system is never read as a template.
    message = Message("The objection “{text}” is gone.", text="{text} costs {price}")
    assert str(message) == "The objection “{text} costs {price}” is gone."
    assert message.render(lambda template: "Weg: «{text}»") == "Weg: «{text} costs {price}»"
    assert str(Message("at {path}", path=Path("/tmp/a b"))) == "at /tmp/a b"


def test_a_translation_that_loses_a_placeholder_is_not_used() -> None:
    message = Message("line {line} has no objection", line=3)
    assert message.render(lambda template: "Zeile hat keinen Einwand") == (
        "line 3 has no objection"
    )
    assert message.render(lambda template: "Zeile {zeile} hat keinen Einwand") == (
        "line 3 has no objection"
    )
    assert message.render(lambda template: "") == "line 3 has no objection"  # none found


def test_a_template_gets_exactly_its_values() -> None:
    with pytest.raises(ValueError, match="needs"):
        Message("line {line} has no objection")
    with pytest.raises(ValueError, match="needs"):
        Message("it is empty", line=3)
    assert placeholders("{a} and {b} but not {1} or { c }") == {"a", "b"}


def test_equality_and_text_without_a_template() -> None:
    assert Message("objection {number}", number=1) == Message("objection {number}", number=1)
    assert Message("objection {number}", number=1) != Message("objection {number}", number=2)
    assert len({Message("x {a}", a="1"), Message("x {a}", a="1")}) == 1
    assert as_message("file is not a database") == Message("{text}", text="file is not a database")
    kept = Message("it is empty")
    assert as_message(kept) is kept


def test_the_marker_returns_its_text() -> None:
    assert QT_TRANSLATE_NOOP("Messages", "it is empty") == "it is empty"


def test_errors_carry_their_message_and_say_it_in_english(tmp_path: Path) -> None:
    error = NotFoundError(Message("The objection {number} no longer exists.", number=4))
    assert isinstance(error, LibraryError)
    assert str(error) == "The objection 4 no longer exists."
    assert error.message.template == "The objection {number} no longer exists."
    damaged = DamagedLibraryError(tmp_path, Message("it is an empty database"))
    assert damaged.detail == Message("it is an empty database")
    assert list(damaged.message.templates())[1] == "it is an empty database"
    refused = refused_file(Message("it is empty"))
    assert isinstance(refused, InterchangeError)
    assert str(refused) == "The file cannot be imported: it is empty."
    # Plain text (as unpickling hands back) is kept as it is.
    assert str(InterchangeError("plain")) == "plain"  # type: ignore[arg-type]
    assert str(LibraryError("plain").message) == "plain"  # type: ignore[arg-type]


def test_sqlite_reasons_users_meet_are_translatable() -> None:
    assert sqlite_detail("file is not a database") == Message("file is not a database")
    assert sqlite_detail(OSError("disk I/O error")) == Message("disk I/O error")
    assert sqlite_detail("no such table: objections") == "no such table: objections"
