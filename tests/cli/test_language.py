"""The command line in German: under a German locale or with --language de, everything it says —
help (argparse's own words too), messages, errors, plural forms, plan states, Markdown headings."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from einwandfrei.cli import build_parser
from einwandfrei.cli.language import requested_language
from einwandfrei.library_folder import open_data_folder
from einwandfrei.planning.plan import CustomerInfo, PlanStatus
from einwandfrei.store.calls.plans import save_plan
from tests.store.plan_fixtures import logged, ready_plan
from tools import build_cli_catalogue as catalogue

GERMAN = {"LANG": "de_CH.UTF-8"}
ENGLISH = {"LANG": "C.UTF-8"}


def run(
    *args: str, env: dict[str, str], check_exit: int | None = 0
) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")
    }
    environment.update(env, PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "einwandfrei", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )
    if check_exit is not None:
        assert result.returncode == check_exit, result.stderr
    return result


def parsers(
    parser: argparse.ArgumentParser, path: str = "einwandfrei"
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """The parser and every subcommand's parser, with the command that reaches it."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from parsers(child, f"{path} {name}")


def test_every_command_and_option_has_help() -> None:
    missing = []
    for path, parser in parsers(build_parser()):
        if not (parser.description or "").strip() and path != "einwandfrei":
            missing.append(f"{path}: no description")
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                helped = {choice.dest for choice in action._choices_actions if choice.help}
                missing += [f"{path} {name}" for name in action.choices if name not in helped]
            if not action.help or action.help == argparse.SUPPRESS:
                missing.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
    assert missing == []


def test_the_walk_finds_a_missing_help() -> None:
    parser = build_parser()
    parser.add_argument("--undocumented")
    found = [
        action for _path, each in parsers(parser) for action in each._actions if not action.help
    ]
    assert [action.dest for action in found] == ["undocumented"]


@pytest.mark.parametrize(
    ("argv", "environment", "expected"),
    [
        (["--language", "de", "plans"], "C.UTF-8", "de"),
        (["plans", "--language=de"], "C.UTF-8", "de"),
        (["plans", "--", "--language", "de"], "C.UTF-8", "en"),
        (["plans"], "de_CH.UTF-8", "de"),
        (["--language", "en", "plans"], "de_CH.UTF-8", "en"),
        (["plans"], "en_GB.UTF-8", "en"),
    ],
)
def test_the_language_comes_from_the_arguments_then_the_locale(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], environment: str, expected: str
) -> None:
    monkeypatch.setenv("LANG", environment)
    assert requested_language(argv) == expected


def test_the_catalogue_is_complete_and_compiled() -> None:
    current = catalogue.read_catalogue()
    assert catalogue.PO.read_bytes() == catalogue.po_bytes(
        catalogue.updated(catalogue.read_catalogue())
    ), "run: .venv/bin/python tools/build_cli_catalogue.py --update"
    assert catalogue.MO.read_bytes() == catalogue.mo_bytes(current), (
        "run: .venv/bin/python tools/build_cli_catalogue.py"
    )
    placeholder = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)[rsd]|%[rsd]")
    for message in current:
        if not message.id:
            continue
        sources = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = message.string
        translations = [strings] if isinstance(strings, str) else list(strings or [""])
        assert all(translations), sources[0]
        for source, translation in zip(sources, translations, strict=True):
            assert "ß" not in translation, translation  # Swiss spelling
            assert sorted(placeholder.findall(source)) == sorted(placeholder.findall(translation))


@pytest.mark.skipif(
    f"{sys.version_info.major}.{sys.version_info.minor}" != catalogue.ARGPARSE_PYTHON,
    reason="the catalogue holds the argparse words of another Python version",
)
def test_argparses_own_words_are_in_the_catalogue() -> None:
    ids = {message.id for message in catalogue.read_catalogue()}
    words = [
        message for path, _line, message in catalogue.extracted() if path.name == "argparse.py"
    ]
    assert {"usage: ", "positional arguments", "options", "show this help message and exit"} <= set(
        words
    )
    assert [word for word in words if word not in ids] == []


def test_the_help_speaks_german_under_a_german_locale() -> None:
    text = run("--help", env=GERMAN).stdout
    for german in (
        "Aufruf: einwandfrei",
        "Positionsargumente:",
        "Optionen:",
        "diese Hilfe zeigen und beenden",
        "die Version zeigen und beenden",
        "Gesprächspläne auflisten",
    ):
        assert german in text, german
    for english in ("usage:", "positional arguments", "show this help message"):
        assert english not in text
    sheet = run("sheet", "--help", env=GERMAN).stdout
    assert "Aufruf: einwandfrei sheet" in sheet and "der Gesprächsplan mit dieser Nummer" in sheet
    assert "usage: einwandfrei" in run("--help", env=ENGLISH).stdout


def test_usage_errors_and_failures_are_german(data_dir: Path) -> None:
    missing = run("search", env=GERMAN, check_exit=2)
    assert missing.stderr.endswith("einwandfrei search: Fehler: diese Argumente fehlen: SUCHE\n")
    choice = run("export", "--format", "pdf", env=GERMAN, check_exit=2)
    assert "ungültige Wahl: 'pdf'" in choice.stderr
    number = run("search", "x", "--limit", "null", env=GERMAN, check_exit=2)
    assert "erwartet wird eine ganze Zahl ab 1, nicht 'null'" in number.stderr
    # A sentence from the store (a Message), in German, one line, exit 1.
    absent = run("import", str(data_dir / "nowhere.json"), env=GERMAN, check_exit=1)
    assert absent.stderr == f"einwandfrei: Die Datei {data_dir / 'nowhere.json'} gibt es nicht.\n"
    # --language de under an English locale
    english = run("--language", "de", "search", env=ENGLISH, check_exit=2)
    assert "Fehler: diese Argumente fehlen" in english.stderr


def test_plural_forms_and_plan_states(data_dir: Path, tmp_path: Path) -> None:
    with open_data_folder(data_dir, language="en") as library:
        save_plan(library, ready_plan(library))
        save_plan(library, logged(ready_plan(library, CustomerInfo("Ben Frei")), worked=True))
        draft = ready_plan(library, CustomerInfo("Clara Sommer"))
        save_plan(library, replace(draft, status=PlanStatus.DRAFT))
    german = run("plans", env=GERMAN).stdout
    assert {"geplant", "erledigt", "Entwurf"} <= set(german.split())
    english = run("plans", env=ENGLISH).stdout
    assert {"planned", "done", "draft"} <= set(english.split())

    one = {
        "format": "einwandfrei-library",
        "version": 1,
        "objections": [{"text": "Too pricey for a pilot", "responses": [{"text": "Compared to?"}]}],
    }
    single = tmp_path / "one.json"
    single.write_text(json.dumps(one), encoding="utf-8")
    said = run("import", str(single), "--dry-run", env=ENGLISH).stdout
    assert said.startswith("Would add 1 objection and 1 response; 0 objections were already")
    assert "1 objections" not in said and "1 responses" not in said
    gesagt = run("import", str(single), "--dry-run", env=GERMAN).stdout
    assert gesagt.startswith("Würde 1 Einwand und 1 Antwort hinzufügen; 0 Einwände waren schon")
    assert "0 neue Kategorien, 0 neue Schlagwörter" in gesagt


def test_the_markdown_export_has_german_headings(data_dir: Path) -> None:
    text = run("--language", "de", "export", "--format", "md", env=GERMAN).stdout
    assert text.startswith("# Einwandbibliothek\n")
    assert "*Dahinter:*" in text and "*Dann fragen:*" in text
    english = run("export", "--format", "md", "--data-dir", str(data_dir / "en"), env=ENGLISH)
    assert english.stdout.startswith("# Objection library\n")
    assert "*Behind it:*" in english.stdout
