"""The German interface: the window speaks German, and every German catalogue is loaded.

The catalogues themselves (complete, compiled from their sources) are checked in
tests/resources/test_translations.py.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from einwandfrei.i18n import install_translators, interface_language, translation_files
from einwandfrei.ui.shell.main_window import MainWindow
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory
from tools.build_resources import BUILT_TRANSLATIONS, TRANSLATIONS

pytestmark = OFFSCREEN_SIZE_HINTS


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def _english_sources() -> set[str]:
    """Source texts of the library window whose German differs from the English."""
    tree = ET.parse(TRANSLATIONS / "library_de.ts")
    sources = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        german = "".join(translation.itertext()) if translation is not None else ""
        if german != source:
            sources.add(source.replace("&", ""))
    return sources


def _visible_texts(window: MainWindow) -> list[str]:
    texts = [action.text() for action in window.findChildren(QAction)]
    texts += [label.text() for label in window.findChildren(QLabel)]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    texts += [field.placeholderText() for field in window.findChildren(QLineEdit)]
    texts += [field.placeholderText() for field in window.findChildren(QPlainTextEdit)]
    for box in window.findChildren(QComboBox):
        texts += [box.itemText(i) for i in range(box.count())]
    model = window.library_page.model
    texts += [str(model.headerData(column, Qt.Orientation.Horizontal)) for column in range(5)]
    sidebar = window.library_page.sidebar.sidebar_model
    for section in range(sidebar.rowCount()):
        heading = sidebar.index(section, 0)
        texts.append(str(heading.data()))
        texts += [str(sidebar.index(row, 0, heading).data()) for row in range(4)]
    texts += [widget.toolTip() for widget in window.findChildren(QAbstractButton)]
    return [text.replace("&", "") for text in texts if text]


def test_the_german_interface(german: None, make_window: WindowFactory) -> None:
    window = make_window(language="de")
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles == ["Datei", "Bearbeiten", "Ansicht", "Gespräche", "Üben", "Hilfe"]
    assert window.search.placeholderText() == "Einwände und Antworten suchen…"
    assert window.library_page.sidebar.sidebar_model.index(
        0, 0, window.library_page.sidebar.sidebar_model.index(0, 0)
    ).data() == ("Alle Einwände")
    assert window.library_page.model.headerData(1, Qt.Orientation.Horizontal) == "Einwand"
    assert window.library_page.editor.add_button.text() == "+ Antwort hinzufügen"
    # The library itself is German too (the German starter library).
    assert window.library_page.editor.text.toPlainText() == "Das ist zu teuer."
    english = _english_sources()
    left = sorted({text for text in _visible_texts(window) if text in english})
    assert left == []
    # Qt's own buttons speak German as well.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_the_language_comes_from_the_preferences_or_the_system(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setenv("LANG", "de_CH.UTF-8")
    assert interface_language(settings) == "de"
    settings.setValue("interface/language", "en")
    assert interface_language(settings) == "en"
    settings.setValue("interface/language", "xx")
    assert interface_language(settings) == "de"


def test_every_german_translation_is_loaded() -> None:
    names = translation_files("de")
    assert "library_de.qm" in names
    assert names == sorted(path.name for path in BUILT_TRANSLATIONS.glob("*_de.qm"))
    assert translation_files("en") == []
