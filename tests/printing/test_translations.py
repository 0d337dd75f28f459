"""The German printing strings: complete, and compiled."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from einwandfrei.resources import resource
from tools.build_resources import TRANSLATIONS


def test_every_printing_string_has_a_german_translation() -> None:
    root = ET.parse(TRANSLATIONS / "printing_de.ts").getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 80
    for message in messages:
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation is not None and translation.get("type") is None, source
        assert (translation.text or "").strip(), source
        assert "ß" not in (translation.text or ""), "Swiss spelling: ss"
    assert resource("translations", "printing_de.qm").is_file()
