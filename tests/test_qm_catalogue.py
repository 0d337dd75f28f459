"""The Qt-free reader of compiled catalogues answers as Qt's own translator does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from einwandfrei.qm_catalogue import QmFormatError, QmTranslations, read_qm
from einwandfrei.resources import resource

CATALOGUES = sorted(
    Path(str(path)) for path in resource("translations").iterdir() if path.name.endswith(".qm")
)


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.name)
def test_every_message_reads_as_qt_translates_it(path: Path) -> None:
    messages = read_qm(path.read_bytes())
    assert len(messages) > 5
    translator = QTranslator()
    assert translator.load(str(path))
    for (context, source, comment), forms in messages.items():
        assert translator.translate(context, source, comment or None) == forms[0], source
    catalogue = QmTranslations(path)
    for (context, source, comment), forms in messages.items():
        if not comment:
            assert catalogue.pgettext(context, source) == forms[0]


def test_what_is_not_in_the_catalogue_stays_as_it_is() -> None:
    catalogue = QmTranslations(Path(str(resource("translations", "messages_de.qm"))))
    assert catalogue.pgettext("Messages", "No such sentence.") == "No such sentence."
    assert catalogue.pgettext("Elsewhere", "A category needs a name.") == "A category needs a name."
    assert catalogue.pgettext("Messages", "A category needs a name.") == (
        "Eine Kategorie braucht einen Namen."
    )


def test_other_files_are_refused() -> None:
    with pytest.raises(QmFormatError):
        read_qm(b"%PDF-1.7 not a catalogue at all")
    whole = Path(str(resource("translations", "messages_de.qm"))).read_bytes()
    with pytest.raises(QmFormatError):
        read_qm(whole[:200])  # cut short
