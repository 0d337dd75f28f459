"""The German window says in German what `store` and `interchange` refuse."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from einwandfrei.i18n import install_translators
from einwandfrei.interchange.csv_reading import parse_library_csv
from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.interchange.json_format import parse_library_json
from einwandfrei.messages import CONTEXT
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.shell.startup import StartupRefused
from tests.prompts_support import FakePrompts
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory

pytestmark = OFFSCREEN_SIZE_HINTS

CATALOGUE = (
    Path(__file__).parents[2] / "src" / "einwandfrei" / "resources" / "translations"
) / "messages_de.qm"
PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


@pytest.fixture(scope="module")
def messages_de(qapp: QApplication) -> Iterator[QTranslator]:
    """Just the messages' German, installed for the whole module (hypothesis calls tests often)."""
    data = CATALOGUE.read_bytes()
    translator = QTranslator()
    assert translator.load(data)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
    del data


def _import(window: MainWindow, qtbot: QtBot, prompts: FakePrompts, source: Path) -> str:
    window.features.files.wait_for_background()  # the automatic backup after opening
    prompts.open_file = source
    with qtbot.waitSignal(window.features.files.taskFinished, timeout=20000):
        window.actions_.import_file.trigger()
    kind, title, text = prompts.asked[-1]
    assert (kind, title) == ("warn", "Nichts wurde importiert")
    return text


def test_a_refused_json_file_is_explained_in_german(
    german: None,
    make_window: WindowFactory,
    qtbot: QtBot,
    fake_prompts: FakePrompts,
    tmp_path: Path,
) -> None:
    window = make_window(language="de")
    source = tmp_path / "kaputt.json"
    document = {
        "format": "einwandfrei-library",
        "version": 1,
        "objections": [
            {"text": "Das ist zu teuer.", "responses": [{"text": "Im Vergleich wozu?"}]},
            {"text": "Zu   teuer\nfür uns", "responses": [{"text": "Gut"}, {"text": " "}]},
        ],
    }
    source.write_text(json.dumps(document), encoding="utf-8")
    before = window.library_page.model.total()
    text = _import(window, qtbot, fake_prompts, source)
    assert text == (
        "Die Datei kann nicht importiert werden: Einwand 2 («Zu teuer für uns»), Antwort 2 "
        "lässt das Feld «Text» leer."
    )
    assert window.library_page.model.total() == before


def test_a_refused_csv_file_names_its_line_in_german(
    german: None,
    make_window: WindowFactory,
    qtbot: QtBot,
    fake_prompts: FakePrompts,
    tmp_path: Path,
) -> None:
    window = make_window(language="de")
    source = tmp_path / "tabelle.csv"
    source.write_text(
        "Einwand;Antwort;Technik\nZu teuer;Im Vergleich wozu?;\nKein Bedarf;;Spiegeln\n",
        encoding="utf-8",
    )
    text = _import(window, qtbot, fake_prompts, source)
    assert text == (
        "Die Datei kann nicht importiert werden, denn Zeile 3 nennt eine Technik, aber keine "
        "Antwort."
    )
    source.write_text('Einwand;Antwort\n"Zu teuer"x;Gut\n', encoding="utf-8")
    text = _import(window, qtbot, fake_prompts, source)
    assert text == (
        "Die Datei kann nicht importiert werden, denn Zeile 2 ist kein gültiges CSV "
        '(nach «"» wird «;» erwartet).'
    )


def test_a_file_that_is_not_there_is_named_in_german(
    german: None,
    make_window: WindowFactory,
    qtbot: QtBot,
    fake_prompts: FakePrompts,
    tmp_path: Path,
) -> None:
    window = make_window(language="de")
    missing = tmp_path / "weg.json"
    assert _import(window, qtbot, fake_prompts, missing) == f"Die Datei {missing} gibt es nicht."


def _foreign_database(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
        db.execute("INSERT INTO notes VALUES ('not a library')")


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database at all" * 100)


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (_foreign_database, "die Datei ist keine Einwandfrei-Bibliothek"),
        (_garbage, "die Datei ist keine Datenbank"),
    ],
)
def test_a_damaged_library_at_start_is_explained_in_german(
    german: None,
    make_window: WindowFactory,
    data_dir: Path,
    spoil: Callable[[Path], None],
    reason: str,
) -> None:
    data_dir.mkdir(parents=True)
    spoil(data_dir / "library.sqlite3")
    prompts = FakePrompts()
    with pytest.raises(StartupRefused):
        make_window(language="de", prompts=prompts)
    assert prompts.kinds() == ["warn"]
    _, title, text = prompts.asked[0]
    assert title == "Die Bibliothek ist beschädigt"
    assert text == (
        f"Die Bibliothek {data_dir / 'library.sqlite3'} ist beschädigt und kann nicht gelesen "
        f"werden ({reason}), und es gibt keine Sicherung, die an ihre Stelle treten könnte. "
        "Die Datei blieb unberührt."
    )


def test_an_empty_backup_is_refused_in_german(
    german: None, make_window: WindowFactory, fake_prompts: FakePrompts, qtbot: QtBot
) -> None:
    window = make_window(language="de")
    window.features.files.wait_for_background()
    folder = window.data_dir / "backups"
    folder.mkdir(exist_ok=True)
    for backup in folder.iterdir():
        backup.unlink()
    empty = folder / "library-20990101-000000-000000.sqlite3"
    sqlite3.connect(empty).close()
    fake_prompts.item_answer = 0
    with qtbot.waitSignal(window.features.files.taskFinished, timeout=20000):
        window.actions_.restore_backup.trigger()
    kind, title, text = fake_prompts.asked[-1]
    assert (kind, title) == ("warn", "Die Sicherung kann nicht wiederhergestellt werden")
    assert text == f"{empty} ist keine Einwandfrei-Sicherung."


# Malformed files: whatever the readers refuse, the German sentence is complete. ------------------

_ANYTHING = st.recursive(
    st.none() | st.booleans() | st.integers(-2, 3) | st.text(max_size=6),
    lambda children: (
        st.lists(children, max_size=2)
        | st.dictionaries(st.sampled_from(["text", "name"]), children, max_size=2)
    ),
    max_leaves=6,
)
_WORDS = st.text(max_size=50) | st.sampled_from(["{text}", "Zu teuer", "  "])


def _mostly(valid: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """Usually a valid value, now and then anything at all."""
    return st.one_of(valid, valid, valid, valid, _ANYTHING)


_RESPONSES = st.fixed_dictionaries(
    {"text": _mostly(_WORDS)},
    optional={
        "technique": _mostly(_WORDS),
        "follow_up": _mostly(_WORDS),
        "times_used": _mostly(st.integers(0, 3)),
        "times_worked": _mostly(st.integers(0, 3)),
    },
)
_OBJECTIONS = st.fixed_dictionaries(
    {"text": _mostly(_WORDS), "responses": _mostly(st.lists(_mostly(_RESPONSES), max_size=3))},
    optional={
        "category": _mostly(_WORDS),
        "tags": _mostly(st.lists(_mostly(_WORDS), max_size=2)),
        "concern": _mostly(_WORDS),
        "probing_questions": _mostly(st.lists(_mostly(_WORDS), max_size=2)),
        "kind": _mostly(st.sampled_from(["real", "unknown", "smoke_screen", "odd"])),
        "language": _mostly(st.sampled_from(["de", "en"])),
        "favorite": _mostly(st.booleans()),
    },
)
_CATEGORIES = st.fixed_dictionaries(
    {"name": _mostly(_WORDS)},
    optional={
        "colour": _mostly(st.sampled_from(["", "#00ff00", "rot"])),
        "position": _mostly(st.integers(-1, 3)),
    },
)
_TEXT_ITEMS = st.lists(
    _mostly(_WORDS | st.fixed_dictionaries({"text": _mostly(_WORDS)})), max_size=2
)
_DOCUMENTS = st.fixed_dictionaries(
    {
        "format": st.just("einwandfrei-library"),
        "version": st.sampled_from([1] * 8 + [2, 0, "1"]),
        "objections": _mostly(st.lists(_mostly(_OBJECTIONS), max_size=3)),
    },
    optional={
        "language": _mostly(st.sampled_from(["de", "en"])),
        "categories": _mostly(st.lists(_mostly(_CATEGORIES), max_size=2)),
        "techniques": _mostly(st.lists(_mostly(_WORDS), max_size=2)),
        "questions": _mostly(_TEXT_ITEMS),
        "checklist": _mostly(_TEXT_ITEMS),
    },
)


@st.composite
def _json_files(draw: st.DrawFn) -> str | bytes:
    text = json.dumps(draw(_DOCUMENTS), ensure_ascii=draw(st.booleans()))
    cut = draw(st.integers(0, len(text) + 1))
    match draw(st.sampled_from(["whole"] * 5 + ["cut", "drop", "bytes"])):
        case "cut":
            return text[:cut]
        case "drop":
            return text[:cut] + text[cut + 1 :]
        case "bytes":
            return draw(st.binary(max_size=40))
    return text


_CSV_FILES = st.binary(max_size=60) | st.text(alphabet='ab;,"\n\t {}é', max_size=60).map(
    lambda text: ("Einwand;Antwort;Technik\n" if len(text) % 3 else "") + text
)


def _check_german(error: InterchangeError, raw: str | bytes, catalogue: QTranslator) -> None:
    text = error_text(error)
    assert text.strip() and "\n" not in text and text.endswith(".")
    assert text != str(error)
    given_text = raw if isinstance(raw, str) else raw.decode("cp1252", errors="replace")
    assert set(PLACEHOLDER.findall(text)) <= set(PLACEHOLDER.findall(given_text))
    for template in error.message.templates():
        assert catalogue.translate(CONTEXT, template), f"no German for {template!r}"


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=_json_files())
def test_every_refused_json_file_gets_a_german_sentence(
    messages_de: QTranslator, raw: str | bytes
) -> None:
    try:
        parse_library_json(raw)
    except InterchangeError as error:
        _check_german(error, raw, messages_de)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=_CSV_FILES)
def test_every_refused_csv_file_gets_a_german_sentence(
    messages_de: QTranslator, raw: str | bytes
) -> None:
    try:
        parse_library_csv(raw)
    except InterchangeError as error:
        _check_german(error, raw, messages_de)
