"""The German of the calendar, contacts and deck dialogs: Swiss spelling, the app's ellipsis and
mnemonics, and the compiled catalogue loads (tests/resources checks it is complete and current)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from einwandfrei.resources import resource
from tools.build_resources import TRANSLATIONS

TS = TRANSLATIONS / "exchange_de.ts"


def test_swiss_spelling_ellipses_and_mnemonics() -> None:
    messages = ET.parse(TS).getroot().findall("context/message")
    assert len(messages) > 40
    for message in messages:
        source = message.findtext("source") or ""
        text = message.findtext("translation") or ""
        assert "ß" not in text and " …" not in text and "..." not in text, text
        for marker in ("%1", "%2", "%3"):
            assert (marker in source) == (marker in text), (source, text)
        assert ("&" in source) == ("&" in text), (source, text)


def test_the_compiled_catalogue_translates(qtbot: QtBot) -> None:
    del qtbot  # a QApplication exists
    translator = QTranslator()
    assert translator.load(resource("translations", "exchange_de.qm").read_bytes())
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert (
            QCoreApplication.translate("ExchangeActions", "Import C&ontacts…")
            == "K&ontakte importieren…"
        )
        assert QCoreApplication.translate("CalendarImportDialog", "Create Drafts") == (
            "Entwürfe anlegen"
        )
    finally:
        app.removeTranslator(translator)
