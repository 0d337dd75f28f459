"""The German translation of the wizard and the Calls view is complete and loads.

That planning_de.ts holds exactly the strings of its sources is checked for every catalogue in
tests/resources/test_translations.py.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from einwandfrei.resources import resource
from tools.build_resources import TRANSLATIONS

TS = TRANSLATIONS / "planning_de.ts"


def test_every_string_is_translated() -> None:
    root = ET.parse(TS).getroot()
    messages = root.findall("context/message")
    assert len(messages) > 200
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, message.findtext(
            "source"
        )
        assert (translation.text or "").strip(), message.findtext("source")
        text = translation.text or ""
        assert "ß" not in text, text  # Swiss spelling
        # One ellipsis character, straight after the word, as in the app's other catalogues.
        assert " …" not in text and "..." not in text, text
        source = message.findtext("source") or ""
        for marker in ("%1", "%2"):
            assert (marker in source) == (marker in text), (source, text)


def test_the_compiled_catalogue_translates(qtbot: QtBot) -> None:
    del qtbot  # a QApplication exists
    data = resource("translations", "planning_de.qm").read_bytes()
    translator = QTranslator()
    assert translator.load(data)
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("GoalPage", "&Minimum goal:") == "&Mindestziel:"
        assert QCoreApplication.translate("PlanWording", "Today") == "Heute"
        prepare = QCoreApplication.translate("CallsActions", "&Prepare a Call…")
        assert prepare == "Gespräch &vorbereiten…"
    finally:
        app.removeTranslator(translator)
