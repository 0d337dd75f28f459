"""Every sentence the team package writes is marked and translated to German in team_de.ts
(loaded with every other *_de.qm; context "Messages", like the store's)."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from einwandfrei.messages import CONTEXT, placeholders

SOURCE = Path(__file__).parents[2] / "src" / "einwandfrei"
CATALOGUE = SOURCE / "resources" / "translations" / "team_de.ts"


def _marked() -> dict[str, str]:
    templates = {}
    for path in sorted((SOURCE / "team").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, text = node.args
                assert isinstance(context, ast.Constant) and context.value == CONTEXT
                assert isinstance(text, ast.Constant) and isinstance(text.value, str)
                templates[text.value] = f"{path.name}:{node.lineno}"
    return templates


def test_every_team_sentence_has_its_german() -> None:
    german: dict[str, str] = {}
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        assert context.findtext("name") == CONTEXT
        for message in context.iter("message"):
            element = message.find("translation")
            assert element is not None and element.get("type") is None
            german[message.findtext("source") or ""] = "".join(element.itertext())
    marked = _marked()
    assert len(marked) > 25
    assert set(german) == set(marked), "run pyside6-lupdate on src/einwandfrei/team"
    for template, translation in german.items():
        assert translation.strip(), template
        assert placeholders(translation) == placeholders(template), template
        assert "ß" not in translation, template
    assert (SOURCE / "resources" / "translations" / "team_de.qm").stat().st_size > 0
