"""Every sentence `store` and `interchange` write for the user is marked, and translated to German.

The templates are found in the source the way `pyside6-lupdate` finds them: string literals inside
`QT_TRANSLATE_NOOP("Messages", …)`. Their German lives in `messages_de.ts`.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from einwandfrei.messages import CONTEXT, placeholders
from tools.build_resources import TRANSLATIONS, source_files

CATALOGUE = TRANSLATIONS / "messages_de.ts"
PROGRAMMING_ERRORS = ("ValueError", "TypeError", "RuntimeError")


def _modules() -> list[Path]:
    """The sources of messages_de.ts (resources/translations/catalogues.toml), less the
    migrations: their errors are for developers."""
    return [path for path in source_files("messages") if "migrations" not in path.parts]


def _calls(path: Path) -> Iterator[ast.Call]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            yield node


def _name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    return function.attr if isinstance(function, ast.Attribute) else ""


def _marked() -> dict[str, str]:
    """Each marked template, with where it is written."""
    templates = {}
    for path in _modules():
        for call in _calls(path):
            if _name(call) != "QT_TRANSLATE_NOOP":
                continue
            context, text = call.args
            assert isinstance(context, ast.Constant) and context.value == CONTEXT, path
            assert isinstance(text, ast.Constant) and isinstance(text.value, str), (
                f"{path.name}:{call.lineno}: lupdate reads only a plain string here"
            )
            templates[text.value] = f"{path.name}:{call.lineno}"
    return templates


def _german() -> dict[str, tuple[str, str | None]]:
    """Each source text of the catalogue: its German, and its state (None when finished)."""
    root = ET.parse(CATALOGUE).getroot()
    entries = {}
    for context in root.iter("context"):
        assert context.findtext("name") == CONTEXT
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            entries[message.findtext("source") or ""] = (
                "".join(translation.itertext()),
                translation.get("type"),
            )
    return entries


def test_the_sources_mark_their_templates() -> None:
    marked = _marked()
    assert len(marked) > 100
    assert "The file cannot be imported: {where} {problem}." in marked
    assert "The library {path} is busy in another program; close it there or try again." in marked


def test_every_template_has_a_german_translation_with_its_placeholders() -> None:
    german = _german()
    problems = []
    for template, where in _marked().items():
        if template not in german:
            problems.append(f"{where}: {template!r} is not in messages_de.ts (run lupdate)")
            continue
        translation, state = german[template]
        if state is not None or not translation.strip():
            problems.append(f"{where}: {template!r} is not translated")
        elif placeholders(translation) != placeholders(template):
            problems.append(f"{where}: the German of {template!r} changes its placeholders")
        elif "ß" in translation:
            problems.append(f"{where}: the German of {template!r} has ß (Swiss German writes ss)")
    assert problems == []
    assert set(german) == set(_marked()), "messages_de.ts has texts no source marks any more"


def _unmarked(path: Path) -> list[str]:
    problems = []
    for call in _calls(path):
        name = _name(call)
        if name == "Message" and call.args:
            if isinstance(call.args[0], ast.Constant | ast.JoinedStr | ast.BinOp):
                problems.append(f"line {call.lineno}: Message() of a template lupdate cannot see")
        elif (name.endswith("Error") or name == "refused_file") and name not in PROGRAMMING_ERRORS:
            for argument in call.args:
                if isinstance(argument, ast.JoinedStr | ast.BinOp) or (
                    isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                ):
                    problems.append(f"line {call.lineno}: {name}() of a plain sentence")
    return problems


@pytest.mark.parametrize("path", _modules(), ids=lambda path: path.name)
def test_no_error_is_raised_with_an_unmarked_sentence(path: Path) -> None:
    """An error built from a literal or an f-string would reach the window in English."""
    assert _unmarked(path) == []


def test_an_unmarked_sentence_is_noticed(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text(
        "raise NotFoundError(f'The objection {number} is gone.')\n"
        "raise InterchangeError('The file is empty.')\n"
        "raise LibraryError(Message('it is empty'))\n"
        "raise ConflictError(Message(QT_TRANSLATE_NOOP('Messages', 'A name is needed.')))\n"
        "raise ValueError(f'not a colour: {colour!r}')\n",
        encoding="utf-8",
    )
    assert _unmarked(module) == [
        "line 1: NotFoundError() of a plain sentence",
        "line 2: InterchangeError() of a plain sentence",
        "line 3: Message() of a template lupdate cannot see",
    ]
